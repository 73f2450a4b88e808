import { timingSafeEqual } from 'node:crypto';
import type { Role } from './roles.js';
import { secretDigest } from './secrets.js';

/** Who is calling: the role their key maps to and a label safe to log (never the key itself). */
export interface Caller {
  role: Role;
  /** `admin#3f2a1c`: the role and the first hex digits of the key's hash. */
  label: string;
}

export type Authenticate = (authorization: string | null | undefined) => Caller | null;

/**
 * Maps `Authorization: Bearer <key>` to a caller. Keys are compared by their SHA-256
 * digests in constant time, so neither the map lookup nor the comparison leaks a key's
 * prefix through timing.
 */
export function createAuthenticator(keys: ReadonlyMap<string, Role>): Authenticate {
  const known = [...keys].map(([key, role]) => ({ hash: secretDigest(key), role }));
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) return null;
    const presented = secretDigest(match[1]);
    let found: (typeof known)[number] | undefined;
    for (const candidate of known) {
      if (timingSafeEqual(candidate.hash, presented)) found = candidate;
    }
    return found ? { role: found.role, label: `${found.role}#${found.hash.subarray(0, 3).toString('hex')}` } : null;
  };
}
