import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../domain/errors.js';
import { vendorKey, vendorKeyArg } from './ids.js';

describe('vendorKeyArg', () => {
  it('reads every Ameyo call global id back to its key, also those whose base64 has the shape of an Ameyo key', () => {
    // Unpadded base64 (a multiple of 3 bytes) is letters and digits only: a valid Ameyo key shape.
    const keys = Array.from({ length: 30 }, (_, index) => `c${'7'.repeat(index % 5)}-${1_733_000 + index}`);
    const unpadded = keys.map((key) => encodeGlobalID('Call', vendorKey('ameyo', key))).filter((id) => /^[A-Za-z0-9]+$/.test(id));
    expect(unpadded.length).toBeGreaterThan(0);
    for (const key of keys) expect(vendorKeyArg(encodeGlobalID('Call', vendorKey('ameyo', key)), 'Call', 'ameyo', 'callId')).toBe(key);
  });

  it("takes the vendor's own key as it is", () => {
    expect(vendorKeyArg('12345', 'Ticket', 'zendesk', 'id')).toBe('12345');
    expect(vendorKeyArg('call-77.a', 'Call', 'ameyo', 'callId')).toBe('call-77.a');
  });

  it('refuses a global id of another type or vendor, naming the field', () => {
    expect(() => vendorKeyArg(encodeGlobalID('Ticket', 'zendesk:12'), 'Call', 'ameyo', 'callId')).toThrow(InputError);
    expect(() => vendorKeyArg('%%%%', 'Call', 'ameyo', 'callId')).toThrow(/must be a Call id/);
  });
});
