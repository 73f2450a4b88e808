import { z } from 'zod';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** A number in E.164 (`+14155550123`), or null when it is not a plausible phone number. */
export function toE164(raw: string, defaultRegion: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim().replace(/^00/, '+'), defaultRegion);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * The spellings a helpdesk may have stored one number in. Zendesk matches a user's phone
 * as text, so finding "+1 415 555 0123" means asking for each way people write it:
 * E.164, international and national formats, their digit groups joined by spaces, dashes
 * or dots, and the trunk and international-access prefixes.
 */
export function phoneSpellings(raw: string, defaultRegion: CountryCode): string[] {
  const parsed = parsePhoneNumberFromString(raw.trim().replace(/^00/, '+'), defaultRegion);
  if (!parsed?.isPossible()) return [raw.trim()];
  const code = parsed.countryCallingCode;
  const digits = parsed.nationalNumber;
  const national = parsed.formatNational();
  const international = parsed.formatInternational();
  const groups = international.split(' ').slice(1);
  const spellings = [
    raw.trim(),
    parsed.number,
    international,
    `+${code}-${groups.join('-')}`,
    national,
    digits,
    groups.join('-'),
    groups.join('.'),
    `${code}-${groups.join('-')}`,
    `00${code}${digits}`,
  ];
  return [...new Set(spellings)];
}

/** The region a number belongs to, so a stored national number is read in that country. */
export function regionOf(raw: string, defaultRegion: CountryCode): CountryCode {
  return parsePhoneNumberFromString(raw.trim().replace(/^00/, '+'), defaultRegion)?.country ?? defaultRegion;
}

/** Text that could be a phone number as people type one: digits, spaces, + ( ) . - */
export const phoneText = z.string().trim().regex(/^[+()\d\s.\-]{5,25}$/, 'must be a phone number');
