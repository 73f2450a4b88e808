import { describe, expect, it } from 'vitest';
import { isOpen, parseCampaignHours, type CampaignHours } from './campaign-hours.js';

function only(raw: string): CampaignHours {
  const hours = parseCampaignHours(raw);
  expect(hours.size).toBe(1);
  return [...hours.values()][0]!;
}

const at = (iso: string) => new Date(iso);

describe('parseCampaignHours', () => {
  it('reads each campaign’s days, minutes and time zone', () => {
    const hours = parseCampaignHours('3=Mon-Fri 09:00-18:00 Europe/London; 5=Mon,Wed,Fri 08:30-17:00 Asia/Kolkata;');
    expect([...hours.keys()]).toEqual(['3', '5']);
    expect(hours.get('3')).toEqual({ days: new Set([1, 2, 3, 4, 5]), openMinute: 540, closeMinute: 1080, timeZone: 'Europe/London' });
    expect(hours.get('5')).toEqual({ days: new Set([1, 3, 5]), openMinute: 510, closeMinute: 1020, timeZone: 'Asia/Kolkata' });
  });

  it('is empty for an empty variable', () => {
    expect(parseCampaignHours('').size).toBe(0);
    expect(parseCampaignHours(' ; ').size).toBe(0);
  });

  it('takes day names in any case, and a range that wraps round the week', () => {
    expect(only('7=fri-MON 10:00-12:00 UTC').days).toEqual(new Set([5, 6, 0, 1]));
    expect(only('7=Sun 00:00-24:00 UTC')).toMatchObject({ days: new Set([0]), openMinute: 0, closeMinute: 1440 });
  });

  it.each([
    ['Mon-Fri 09:00-18:00 Europe/London', '"Mon-Fri 09:00-18:00 Europe/London" must look like 3=Mon-Fri 09:00-18:00 Europe/London'],
    ['3=Mon-Fri 9:00-18:00 UTC', '"3=Mon-Fri 9:00-18:00 UTC" must look like 3=Mon-Fri 09:00-18:00 Europe/London'],
    ['3=Mon-Fri 09:60-18:00 UTC', '"3=Mon-Fri 09:60-18:00 UTC" has an invalid time'],
    ['3=Mon-Fri 09:00-24:30 UTC', '"3=Mon-Fri 09:00-24:30 UTC" has an invalid time'],
    ['3=Mon-Fri 09:00-09:00 UTC', '"3=Mon-Fri 09:00-09:00 UTC" opens and closes at the same time'],
    ['3=Mon-Fri 09:00-18:00 Mars/Olympus', '"3=Mon-Fri 09:00-18:00 Mars/Olympus" names an unknown time zone Mars/Olympus'],
    ['3=Mon-Fry 09:00-18:00 UTC', '"3=Mon-Fry 09:00-18:00 UTC" has an unknown day in Mon-Fry (use Mon, Tue, … Sun)'],
    ['3=Mon 09:00-10:00 UTC; 3=Tue 09:00-10:00 UTC', 'campaign 3 is listed twice'],
  ])('refuses %j, naming the bad part', (raw, message) => {
    expect(() => parseCampaignHours(raw)).toThrow(new Error(message));
  });
});

describe('isOpen', () => {
  it('reads the hours in the campaign’s time zone, opening inclusive and closing exclusive', () => {
    const london = only('3=Mon-Fri 09:00-18:00 Europe/London');
    // 2026-01-05 is a Monday; London is on UTC in winter and UTC+1 in summer.
    expect(isOpen(london, at('2026-01-05T08:59:00Z'))).toBe(false);
    expect(isOpen(london, at('2026-01-05T09:00:00Z'))).toBe(true);
    expect(isOpen(london, at('2026-01-05T17:59:00Z'))).toBe(true);
    expect(isOpen(london, at('2026-01-05T18:00:00Z'))).toBe(false);
    expect(isOpen(london, at('2026-01-10T12:00:00Z'))).toBe(false); // Saturday
    expect(isOpen(london, at('2026-07-06T08:30:00Z'))).toBe(true); // 09:30 BST
    expect(isOpen(london, at('2026-07-06T17:30:00Z'))).toBe(false); // 18:30 BST
  });

  it('takes the local weekday, not the UTC one', () => {
    const kolkata = only('5=Mon,Wed,Fri 08:30-17:00 Asia/Kolkata');
    expect(isOpen(kolkata, at('2026-01-05T03:00:00Z'))).toBe(true); // Mon 08:30 IST
    expect(isOpen(kolkata, at('2026-01-05T11:29:00Z'))).toBe(true); // Mon 16:59 IST
    expect(isOpen(kolkata, at('2026-01-05T11:30:00Z'))).toBe(false); // Mon 17:00 IST
    expect(isOpen(kolkata, at('2026-01-06T05:00:00Z'))).toBe(false); // Tue
    expect(isOpen(kolkata, at('2026-01-08T22:00:00Z'))).toBe(false); // Fri 03:30 IST, before opening
    expect(isOpen(kolkata, at('2026-01-09T04:00:00Z'))).toBe(true); // Fri 09:30 IST
  });

  it('gives a window that crosses midnight to the day it starts on', () => {
    const night = only('7=Fri 22:00-06:00 UTC');
    expect(isOpen(night, at('2026-01-09T21:59:00Z'))).toBe(false);
    expect(isOpen(night, at('2026-01-09T22:00:00Z'))).toBe(true); // Fri
    expect(isOpen(night, at('2026-01-10T05:59:00Z'))).toBe(true); // the Saturday morning after
    expect(isOpen(night, at('2026-01-10T06:00:00Z'))).toBe(false);
    expect(isOpen(night, at('2026-01-09T05:00:00Z'))).toBe(false); // Fri morning: Thursday is closed
    expect(isOpen(night, at('2026-01-10T22:00:00Z'))).toBe(false); // Sat night
  });

  it('treats 00:00-24:00 as the whole day', () => {
    const sunday = only('1=Sun 00:00-24:00 UTC');
    expect(isOpen(sunday, at('2026-01-04T00:00:00Z'))).toBe(true);
    expect(isOpen(sunday, at('2026-01-04T23:59:59Z'))).toBe(true);
    expect(isOpen(sunday, at('2026-01-05T00:00:00Z'))).toBe(false);
    expect(isOpen(sunday, at('2026-01-03T23:59:00Z'))).toBe(false);
  });
});
