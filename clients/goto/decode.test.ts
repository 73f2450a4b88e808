import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../transport/errors.js';
import { parseJson } from '../transport/json.js';
import type { Transport } from '../transport/index.js';
import { sessionListSchema } from './assist/schemas.js';
import { decode, normalizeTime } from './decode.js';

describe('normalizeTime', () => {
  it('keeps canonical UTC times as they are and rewrites every other rendering', () => {
    expect(normalizeTime('2026-01-05T09:00:00Z')).toBe('2026-01-05T09:00:00Z');
    expect(normalizeTime('2026-01-05T09:00:00.+0000')).toBe('2026-01-05T09:00:00Z');
    expect(normalizeTime('2026-01-05T10:00:00+01:00')).toBe('2026-01-05T09:00:00Z');
    expect(normalizeTime('2026-01-05T09:00:00.250Z')).toBe('2026-01-05T09:00:00.250Z');
    expect(normalizeTime('not a time')).toBe('not a time');
  });
});

describe('decode of a GoToAssist listing', () => {
  const transport = { vendor: 'gotoassist' } as Transport;
  const call = { method: 'GET', path: '/G2A/rest/v1/sessions' };
  const session = (fields: string) =>
    `{"sessionId":"1400045353","status":"complete","partnerObject":"19856122753534","startedAt":"2025-11-02T22:33:07Z",` +
    `"expertUserKey":9300000000000529211,"portalKey":9300000000000087770,"accountKey":4000000000000170271${fields}}`;

  it('keeps int64 keys exact as strings', () => {
    const body = parseJson(`{"totalNumSessions":1,"sessions":[${session('')}]}`);
    const [listed] = decode(transport, sessionListSchema, body, call).sessions;
    expect(listed).toMatchObject({ sessionId: '1400045353', expertUserKey: '9300000000000529211', portalKey: '9300000000000087770', startedAt: '2025-11-02T22:33:07Z' });
  });

  it('fails a malformed record as UPSTREAM_UNAVAILABLE naming the vendor field', () => {
    const body = parseJson(`{"totalNumSessions":2,"sessions":[${session('')},${session(',"status":"exploded"')}]}`);
    let error: unknown;
    try {
      decode(transport, sessionListSchema, body, call);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'gotoassist' });
    expect((error as Error).message).toContain('sessions.1.status');
  });
});
