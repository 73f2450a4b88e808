import { describe, expect, it } from 'vitest';
import type { Context } from '../context.js';
import { ameyoPhoneToE164, callerExternalId } from './inbound.js';

const inRegion = (phoneRegion: string) => ({ phoneRegion }) as unknown as Context;

describe('ameyoPhoneToE164', () => {
  it("reads Ameyo's digits with the country code but no +", () => {
    expect(ameyoPhoneToE164('442079460958', inRegion('US'))).toBe('+442079460958');
    expect(ameyoPhoneToE164('14155550123', inRegion('GB'))).toBe('+14155550123');
  });

  it("reads a national number in the gateway's region", () => {
    expect(ameyoPhoneToE164('4155550123', inRegion('US'))).toBe('+14155550123');
    expect(ameyoPhoneToE164('02079460958', inRegion('GB'))).toBe('+442079460958');
  });

  it('reads a number with + or 00 as it is', () => {
    expect(ameyoPhoneToE164('+442079460958', inRegion('US'))).toBe('+442079460958');
    expect(ameyoPhoneToE164('00442079460958', inRegion('US'))).toBe('+442079460958');
  });

  it('gives null for what reads as no number', () => {
    expect(ameyoPhoneToE164('anonymous', inRegion('US'))).toBeNull();
    expect(ameyoPhoneToE164('', inRegion('US'))).toBeNull();
    expect(ameyoPhoneToE164('12', inRegion('US'))).toBeNull();
    expect(ameyoPhoneToE164('1234567890123456789', inRegion('US'))).toBeNull();
  });

  it('does not read fewer than 8 digits as carrying a country code, though +290 2345 would be a number', () => {
    expect(ameyoPhoneToE164('2902345', inRegion('US'))).toBeNull();
    expect(ameyoPhoneToE164('+2902345', inRegion('US'))).toBe('+2902345');
  });
});

describe('callerExternalId', () => {
  it('is the E.164 number under tel:, so each creation of the contact is the same upsert', () => {
    expect(callerExternalId('+442079460958')).toBe('tel:+442079460958');
  });
});
