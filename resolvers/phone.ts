import { z } from 'zod';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** A number in E.164 (`+14155550123`), or null when it is not a plausible phone number. */
export function toE164(raw: string, defaultRegion: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim().replace(/^00/, '+'), defaultRegion);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * The spellings a helpdesk may have stored one number in. Zendesk matches a user's phone
 * as text, so finding "+1 415 555 0123" means asking for each way people write it.
 */
export function phoneSpellings(raw: string, defaultRegion: CountryCode): string[] {
  const parsed = parsePhoneNumberFromString(raw.trim().replace(/^00/, '+'), defaultRegion);
  if (!parsed?.isPossible()) return [raw.trim()];
  const national = parsed.formatNational();
  const nationalDigits = parsed.nationalNumber;
  const international = parsed.formatInternational();
  const spellings = [
    raw.trim(),
    parsed.number,
    international,
    international.replace(/ /g, '-'),
    national,
    nationalDigits,
    national.replace(/[()]/g, '').replace(/ /g, '-'),
    `00${parsed.countryCallingCode}${nationalDigits}`,
    `${parsed.countryCallingCode}${nationalDigits}`,
  ];
  return [...new Set(spellings)];
}

/** Text that could be a phone number as people type one: digits, spaces, + ( ) . - */
export const phoneText = z.string().trim().regex(/^[+()\d\s.\-]{5,25}$/, 'must be a phone number');
