import { describe, expect, it } from 'vitest';
import { duplicateRegistrantKey } from './registration.js';

describe('duplicateRegistrantKey', () => {
  it("reads the existing registration's key from GoTo's 409 body, as a number or a digit string", () => {
    expect(duplicateRegistrantKey({ errorCode: 'DuplicateRegistrant', description: 'Registration failed, email address already in use.', incident: 1, registrantKey: 3019527 })).toBe('3019527');
    // Above 2^53 the transport has kept the number exact as a digit string.
    expect(duplicateRegistrantKey({ errorCode: 'DuplicateRegistrant', registrantKey: '3019527584166801154' })).toBe('3019527584166801154');
  });

  it('is null when the body names no usable key', () => {
    expect(duplicateRegistrantKey({ errorCode: 'DuplicateRegistrant', description: 'The user is already registered' })).toBeNull();
    expect(duplicateRegistrantKey({ registrantKey: 'abc' })).toBeNull();
    expect(duplicateRegistrantKey({ registrantKey: -4 })).toBeNull();
    expect(duplicateRegistrantKey([{ registrantKey: 1 }])).toBeNull();
    expect(duplicateRegistrantKey(null)).toBeNull();
  });
});
