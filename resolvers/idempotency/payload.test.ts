import { describe, expect, it } from 'vitest';
import { fromPayload, toPayload } from './payload.js';

describe('a mutation result as its idempotency key keeps it', () => {
  it('comes back as it went, dates and big integers included', () => {
    const started = { vendor: 'gotoassist', code: '123-456-789', expiresAt: new Date('2026-01-05T09:30:00.000Z'), sessionId: null, size: 2n ** 64n, tags: ['a'] };
    const back = fromPayload(toPayload(started));
    expect(back).toEqual(started);
    expect((back as typeof started).expiresAt).toBeInstanceOf(Date);
  });

  it('leaves objects that only look tagged alone when they have more keys', () => {
    expect(fromPayload(toPayload({ note: { $date: 'not a date', other: 1 } }))).toEqual({ note: { $date: 'not a date', other: 1 } });
  });
});
