import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../transport/json.js';
import { readSession } from './session-reader.js';

const listed = parseJson(readFileSync(new URL('../../../adapters/gotoassist/fixtures/sessions.json', import.meta.url), 'utf8')) as { sessions: unknown[] };

const base = {
  sessionId: 1400045353,
  status: 'complete',
  startedAt: '2025-11-02T22:33:07.+0000',
  expertUserKey: '9300000000000529211',
  portalKey: 9300000087,
  customerName: '',
  rating: 4,
  resolution: 'resolved',
  accountKey: '4000000000000170271',
};

describe('readSession', () => {
  it('reads every record of a recorded listing, keys as exact strings and times in UTC', () => {
    expect(listed.sessions.length).toBeGreaterThan(0);
    for (const record of listed.sessions) {
      const read = readSession(record);
      if (!('session' in read)) throw new Error(`refused ${JSON.stringify(read.issue)}`);
      expect(read.session.sessionId).toMatch(/^\d+$/);
      for (const key of [read.session.expertUserKey, read.session.portalKey]) if (key !== null) expect(key).toMatch(/^\d+$/);
      for (const time of [read.session.startedAt, read.session.endedAt]) if (time !== null) expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
  });

  it('normalises keys, times and empty texts, and drops fields it does not know', () => {
    expect(readSession(base)).toEqual({
      session: {
        sessionId: '1400045353',
        status: 'complete',
        customerJoinUrl: null,
        partnerObject: null,
        partnerObjectUrl: null,
        startedAt: '2025-11-02T22:33:07Z',
        customerJoinedAt: null,
        endedAt: null,
        expertName: null,
        expertEmail: null,
        expertUserKey: '9300000000000529211',
        customerName: null,
        customerEmail: null,
        sessionRecordingUrl: null,
        portalKey: '9300000087',
        portalName: null,
        rating: 4,
        feedback: null,
        resolution: 'resolved',
      },
    });
    expect(readSession({ ...base, notes: 'n', collaborators: ['a'] })).toMatchObject({ session: { notes: 'n', collaborators: ['a'] } });
  });

  it.each([
    ['sessionId', { sessionId: 'S-1' }],
    ['sessionId', { sessionId: undefined }],
    ['status', { status: 'exploded' }],
    ['startedAt', { startedAt: 1762120810 }],
    ['expertUserKey', { expertUserKey: -1 }],
    ['partnerObject', { partnerObject: 42 }],
    ['rating', { rating: 6 }],
    ['resolution', { resolution: 'maybe' }],
    ['collaborators', { collaborators: [1] }],
  ])('names %s when it is malformed', (field, change) => {
    expect(readSession({ ...base, ...change })).toMatchObject({ issue: { field } });
  });

  it('refuses what is not a record', () => {
    for (const value of [null, 'x', [base]]) expect(readSession(value)).toEqual({ issue: { field: '', message: 'expected an object' } });
  });
});
