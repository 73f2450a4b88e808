import { createHash, timingSafeEqual } from 'node:crypto';

/** A secret's SHA-256 digest: compared instead of the secret, so lengths and prefixes do not leak through timing. */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Compares a presented secret with the expected one in constant time (by their digests). */
export function sameSecret(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  return timingSafeEqual(secretDigest(presented), secretDigest(expected));
}
