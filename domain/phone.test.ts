import { describe, expect, it } from 'vitest';
import { parsePhone, phoneSpellings, phoneText, regionOf, toE164 } from './phone.js';

describe('toE164', () => {
  it('writes international, national and 00-prefixed numbers in E.164', () => {
    expect(toE164('+1 415 555 0123', 'US')).toBe('+14155550123');
    expect(toE164('(415) 555-0123', 'US')).toBe('+14155550123');
    expect(toE164('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(toE164('0044 20 7946 0958', 'US')).toBe('+442079460958');
    expect(toE164('  +14155550123 ', 'GB')).toBe('+14155550123');
  });

  it('reads a national number in the default region first', () => {
    expect(toE164('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(toE164('02079460958', 'GB')).toBe('+442079460958');
    expect(toE164('4155550123', 'US')).toBe('+14155550123');
    expect(toE164('(415) 555-0123', 'GB')).toBe('+444155550123');
  });

  it("reads digits that are no national number with the country code Ameyo writes without +", () => {
    expect(toE164('442079460958', 'US')).toBe('+442079460958');
    expect(toE164('14155550123', 'GB')).toBe('+14155550123');
    // Fewer than 8 digits never are, though +290 2345 would be a number.
    expect(toE164('2902345', 'US')).toBeNull();
    expect(toE164('+2902345', 'US')).toBe('+2902345');
  });

  it('is null for text that is not a plausible number, however long', () => {
    for (const text of ['hello', '123', '', '1234567890123456789']) expect(toE164(text, 'US'), text).toBeNull();
  });

  it("finds a number stored nationally from Ameyo's spelling of it: the same number, in its own country", () => {
    expect(regionOf('442079460888', 'US')).toBe('GB');
    expect(phoneSpellings('442079460888', 'US')).toContain('020 7946 0888');
    expect(toE164('020 7946 0888', regionOf('442079460888', 'US'))).toBe(toE164('442079460888', 'US'));
    expect(parsePhone('442079460888', 'US')?.formatInternational()).toBe('+44 20 7946 0888');
  });
});

describe('phoneSpellings', () => {
  it('lists every way a helpdesk may have stored one number, the input first, without repeats', () => {
    expect(phoneSpellings('+1 415 555 0123', 'US')).toEqual([
      '+1 415 555 0123',
      '+14155550123',
      '+1-415-555-0123',
      '(415) 555-0123',
      '4155550123',
      '415-555-0123',
      '415.555.0123',
      '1-415-555-0123',
      '0014155550123',
    ]);
  });

  it('spells a 00-prefixed foreign number in its own country’s formats', () => {
    expect(phoneSpellings('0044 20 7946 0958', 'US')).toEqual([
      '0044 20 7946 0958',
      '+442079460958',
      '+44 20 7946 0958',
      '+44-20-7946-0958',
      '020 7946 0958',
      '2079460958',
      '20-7946-0958',
      '20.7946.0958',
      '44-20-7946-0958',
      '00442079460958',
    ]);
  });

  it('gives back only the trimmed text for something that is not a number', () => {
    expect(phoneSpellings('  hello ', 'US')).toEqual(['hello']);
  });
});

describe('regionOf', () => {
  it('is the country the number belongs to, else the default', () => {
    expect(regionOf('+44 20 7946 0958', 'US')).toBe('GB');
    expect(regionOf('+91 98765 43210', 'US')).toBe('IN');
    expect(regionOf('(415) 555-0123', 'US')).toBe('US');
    expect(regionOf('garbage', 'DE')).toBe('DE');
  });
});

describe('phoneText', () => {
  it('takes what people type as a number, trimmed', () => {
    expect(phoneText.parse(' +1 (415) 555-0123 ')).toBe('+1 (415) 555-0123');
    expect(phoneText.parse('020.7946.0958')).toBe('020.7946.0958');
  });

  it('refuses letters, too short and too long', () => {
    for (const text of ['call me', '1234', '+1 415 555 0123 ext 4', '1'.repeat(26)]) {
      const result = phoneText.safeParse(text);
      expect(result.success, text).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('must be a phone number');
    }
  });
});
