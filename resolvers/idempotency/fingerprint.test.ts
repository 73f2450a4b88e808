import { describe, expect, it } from 'vitest';
import { requestFingerprint } from './fingerprint.js';

describe('requestFingerprint', () => {
  const base = { input: { subject: 'Printer', requester: { email: 'a@example.com' }, tags: ['x', 'y'] } };

  it('is the same for the same request however it was written', () => {
    const same = { input: { tags: ['x', 'y'], requester: { email: 'a@example.com', name: null }, subject: 'Printer', priority: undefined } };
    expect(requestFingerprint('createTicket', same)).toBe(requestFingerprint('createTicket', base));
    expect(requestFingerprint('scheduleCallback', { at: new Date('2026-01-05T09:00:00Z') })).toBe(requestFingerprint('scheduleCallback', { at: new Date(Date.UTC(2026, 0, 5, 9)) }));
  });

  it('differs for another value, another order of a list, or another mutation', () => {
    const fingerprint = requestFingerprint('createTicket', base);
    expect(requestFingerprint('createTicket', { input: { ...base.input, subject: 'Scanner' } })).not.toBe(fingerprint);
    expect(requestFingerprint('createTicket', { input: { ...base.input, tags: ['y', 'x'] } })).not.toBe(fingerprint);
    expect(requestFingerprint('createContact', base)).not.toBe(fingerprint);
  });
});
