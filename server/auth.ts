import { timingSafeEqual } from 'node:crypto';
import { looksLikeJwt, type VerifyJwt } from './jwt.js';
import type { Role } from '../domain/roles.js';
import type { Caller } from '../domain/caller.js';
import { secretDigest } from './secrets.js';

/** Why a request has no caller; `unavailable` is the gateway's problem (the JWKS could not be fetched), not the caller's. */
export type AuthFailure = 'missing' | 'unrecognised' | 'expired' | 'invalid' | 'unavailable';

export type AuthOutcome =
  | { ok: true; caller: Caller }
  /** `message` is safe to show the client; `detail` (JWT failures) is for the operator's log only. */
  | { ok: false; reason: AuthFailure; message: string; detail?: string };

/** The one way in, for HTTP and WebSocket alike: the Authorization header (or connection param) → a caller. */
export type Authenticate = (authorization: string | null | undefined) => Promise<AuthOutcome>;

const MESSAGES: Record<AuthFailure, string> = {
  missing: 'Send an API key or a JWT as Authorization: Bearer <credential>',
  unrecognised: 'The API key is not recognised',
  expired: 'The token has expired',
  invalid: 'The token is not valid',
  unavailable: 'Tokens cannot be verified right now; try again shortly',
};

const refuse = (reason: AuthFailure, detail?: string): AuthOutcome => ({ ok: false, reason, message: MESSAGES[reason], detail });

/** A JWT subject as a log-safe label: printable ASCII, bounded. */
function jwtLabel(subject: string): string {
  return `jwt:${subject.replace(/[^\x21-\x7e]/g, '?').slice(0, 128)}`;
}

/**
 * Maps `Authorization: Bearer <credential>` to a caller. API keys are compared by their SHA-256
 * digests in constant time, so neither the lookup nor the comparison leaks a key's prefix
 * through timing. A credential that is no key and looks like a JWT is verified as one when JWT
 * sign-in is configured (`verifyJwt`).
 */
export function createAuthenticator(keys: ReadonlyMap<string, Role>, verifyJwt?: VerifyJwt): Authenticate {
  const known = [...keys].map(([key, role]) => ({ hash: secretDigest(key), role }));
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) return refuse(authorization ? 'unrecognised' : 'missing');
    const presented = secretDigest(match[1]);
    let found: (typeof known)[number] | undefined;
    for (const candidate of known) {
      if (timingSafeEqual(candidate.hash, presented)) found = candidate;
    }
    if (found) return { ok: true, caller: { role: found.role, label: `${found.role}#${found.hash.subarray(0, 3).toString('hex')}` } };
    if (!looksLikeJwt(match[1])) return refuse('unrecognised');
    if (!verifyJwt) return refuse('invalid', 'JWT sign-in is not configured (JWT_SECRET or JWT_JWKS_URL)');
    const verdict = await verifyJwt(match[1]);
    if (!verdict.ok) return refuse(verdict.reason, verdict.detail);
    return { ok: true, caller: { role: verdict.role, label: jwtLabel(verdict.subject) } };
  };
}
