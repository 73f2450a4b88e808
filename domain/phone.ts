import { z } from 'zod';
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';

/**
 * The one reading of a phone number, whoever wrote it: a caller's argument, a number Zendesk
 * stored, Ameyo's push. A national number is read in `defaultRegion`; `+` and `00` start an
 * international one; and digits that are no national number but read as one after a `+` are
 * the country code without it, as Ameyo writes numbers (`442079460958`). Fewer than 8 digits
 * are never read that way (`2902345` is no St Helena number). Undefined when no reading is a
 * possible number.
 */
export function parsePhone(raw: string, defaultRegion: CountryCode): PhoneNumber | undefined {
  const text = raw.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(text, defaultRegion);
  if (parsed?.isPossible()) return parsed;
  const withPlus = /^\d{8,15}$/.test(text) ? parsePhoneNumberFromString(`+${text}`) : undefined;
  return withPlus?.isPossible() ? withPlus : undefined;
}

/** A number in E.164 (`+14155550123`), or null when it is not a plausible phone number (see {@link parsePhone}). */
export function toE164(raw: string, defaultRegion: CountryCode): string | null {
  return parsePhone(raw, defaultRegion)?.number ?? null;
}

/**
 * The spellings a helpdesk may have stored one number in. Zendesk matches a user's phone
 * as text, so finding "+1 415 555 0123" means asking for each way people write it:
 * E.164, international and national formats, their digit groups joined by spaces, dashes
 * or dots, and the trunk and international-access prefixes.
 */
export function phoneSpellings(raw: string, defaultRegion: CountryCode): string[] {
  const parsed = parsePhone(raw, defaultRegion);
  if (!parsed) return [raw.trim()];
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
  return parsePhone(raw, defaultRegion)?.country ?? defaultRegion;
}

/** Text that could be a phone number as people type one: digits, spaces, + ( ) . - */
export const phoneText = z.string().trim().regex(/^[+()\d\s.\-]{5,25}$/, 'must be a phone number');
