import { timingSafeEqual } from 'node:crypto';

/** Compares a presented credential with the expected one in constant time (for equal lengths). */
export function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
