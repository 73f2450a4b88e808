import { describe, expect, it } from 'vitest';
import { callerExternalId } from './inbound.js';

describe('callerExternalId', () => {
  it('is the E.164 number under tel:, so each creation of the contact is the same upsert', () => {
    expect(callerExternalId('+442079460958')).toBe('tel:+442079460958');
  });
});
