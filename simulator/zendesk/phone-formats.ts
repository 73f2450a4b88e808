import type { Prng } from '../core/prng.js';

/** A fictional phone number: US 555-01xx numbers or the UK 020 7946 0xxx drama range. */
export type PhoneNumber = { country: 'US'; area: string; line: string } | { country: 'GB'; line: string };

/** Ways people write the same number; the simulator stores whichever one a record was given. */
const US_FORMATS: readonly ((area: string, line: string) => string)[] = [
  (a, l) => `+1${a}555${l}`, // +14155550123
  (a, l) => `(${a}) 555-${l}`, // (415) 555-0123
  (a, l) => `${a}-555-${l}`, // 415-555-0123
  (a, l) => `${a}.555.${l}`, // 415.555.0123
  (a, l) => `+1 ${a} 555 ${l}`, // +1 415 555 0123
  (a, l) => `1-${a}-555-${l}`, // 1-415-555-0123
];
const GB_FORMATS: readonly ((line: string) => string)[] = [
  (l) => `+44 20 7946 ${l}`, // +44 20 7946 0958
  (l) => `00442079460${l.slice(1)}`, // 00442079460958
  (l) => `+44207946${l}`, // +442079460958
  (l) => `020 7946 ${l}`, // 020 7946 0958
];

const US_AREA_CODES = ['415', '212', '312', '617', '206', '303'] as const;

/** A number not in `taken` (canonical E.164 strings), added to it. */
export function drawPhoneNumber(random: Prng, taken: Set<string>): PhoneNumber {
  for (;;) {
    const phone: PhoneNumber = random.chance(0.75)
      ? { country: 'US', area: random.pick(US_AREA_CODES), line: `01${String(random.int(0, 99)).padStart(2, '0')}` }
      : { country: 'GB', line: `0${String(random.int(0, 999)).padStart(3, '0')}` };
    const e164 = toE164(phone);
    if (!taken.has(e164)) {
      taken.add(e164);
      return phone;
    }
  }
}

export function toE164(phone: PhoneNumber): string {
  return phone.country === 'US' ? `+1${phone.area}555${phone.line}` : `+44207946${phone.line}`;
}

/** The number written in one of the formats people use for its country. */
export function formatPhone(random: Prng, phone: PhoneNumber): string {
  return phone.country === 'US' ? random.pick(US_FORMATS)(phone.area, phone.line) : random.pick(GB_FORMATS)(phone.line);
}
