import { describe, expect, it } from 'vitest';
import { computeKpis, dayBefore, todaySoFar, type KpiContact } from './kpis.js';

const contact = (over: Partial<KpiContact>): KpiContact => ({ channel: 'SESSION', inbound: true, answered: true, abandoned: false, waitSeconds: null, handleSeconds: null, rating: null, ...over });

describe('computeKpis', () => {
  it('works out every figure as defined', () => {
    const contacts = [
      contact({ waitSeconds: 10, handleSeconds: 600, rating: 5 }),
      contact({ waitSeconds: 60, handleSeconds: 300, rating: 4 }),
      contact({ waitSeconds: 120, handleSeconds: 900, rating: 2 }),
      // Answered, wait unknown: in the abandon rate and handle time, not in service level or speed of answer.
      contact({ waitSeconds: null, handleSeconds: 1200 }),
      contact({ answered: false, abandoned: true }),
      contact({ channel: 'CALL', waitSeconds: 5, handleSeconds: 180, rating: 3 }),
      contact({ channel: 'CALL', answered: false, abandoned: true }),
      // Outbound: counted among calls only (its talk still counts as handle time).
      contact({ channel: 'CALL', inbound: false, waitSeconds: 30, handleSeconds: 120 }),
    ];
    // Known waits of answered inbound: 10 60 120 5 → within 60 s: 3; abandoned 2 → 3/6.
    // Abandon: 2 of (5 answered inbound + 2) = 2/7 = 0.2857. Speed: (10+60+120+5)/4 = 48.75.
    // Handle: (600+300+900+1200+180+120)/6 = 550. Ratings 5 4 2 3: CSAT 2/4, mean 3.5.
    expect(computeKpis(contacts, 60)).toEqual({
      serviceLevelSeconds: 60,
      serviceLevel: 0.5,
      abandonRate: 0.2857,
      averageSpeedOfAnswerSeconds: 48.75,
      averageHandleSeconds: 550,
      sessions: 5,
      calls: 3,
      rated: 4,
      csat: 0.5,
      averageRating: 3.5,
    });
  });

  it('moves the service level with its threshold', () => {
    const contacts = [contact({ waitSeconds: 10 }), contact({ waitSeconds: 45 }), contact({ waitSeconds: 90 })];
    expect(computeKpis(contacts, 20).serviceLevel).toBe(0.3333);
    expect(computeKpis(contacts, 45).serviceLevel).toBe(0.6667);
    expect(computeKpis(contacts).serviceLevel).toBe(0.6667);
  });

  it('says null, not zero, when there is nothing to measure', () => {
    expect(computeKpis([])).toMatchObject({ serviceLevel: null, abandonRate: null, averageSpeedOfAnswerSeconds: null, averageHandleSeconds: null, csat: null, averageRating: null, sessions: 0, calls: 0, rated: 0 });
  });
});

describe('windows', () => {
  it('covers today from UTC midnight, and the same span a day earlier', () => {
    const today = todaySoFar(new Date('2026-03-10T14:30:00Z'));
    expect(today).toEqual({ from: new Date('2026-03-10T00:00:00Z'), to: new Date('2026-03-10T14:30:00Z') });
    expect(dayBefore(today)).toEqual({ from: new Date('2026-03-09T00:00:00Z'), to: new Date('2026-03-09T14:30:00Z') });
  });
});
