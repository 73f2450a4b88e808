import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ROLES, roleAtLeast, type Role } from '../domain/roles.js';

/** JWT sign-in beside API keys (JWT_*). At least one of `secret` and `jwksUrl` is set. */
export interface JwtConfig {
  /** JWT_SECRET: the HS256 shared secret (at least 32 bytes). */
  secret?: string;
  /** JWT_JWKS_URL: the identity provider's key set, for RS256 and ES256 tokens. */
  jwksUrl?: string;
  /** JWT_ISSUER: the `iss` every token must carry (required with a JWKS URL). */
  issuer?: string;
  /** JWT_AUDIENCE: `aud` values, one of which every token must carry (required with a JWKS URL). */
  audience?: string[];
  /** JWT_ROLE_CLAIM: the claim holding the role; a dotted path reaches into objects; default `role`. */
  roleClaim: string;
  /** JWT_CLOCK_TOLERANCE_SECONDS: leeway on exp and nbf for clocks that disagree; default 30. */
  clockToleranceSeconds: number;
}

export type JwtVerdict =
  | { ok: true; role: Role; subject: string }
  /** `detail` says why, for the operator's log only: a client learns no more than expired or invalid. */
  | { ok: false; reason: 'expired' | 'invalid' | 'unavailable'; detail: string };

export type VerifyJwt = (token: string) => Promise<JwtVerdict>;

const ASYMMETRIC = ['RS256', 'ES256'];

/** Three base64url segments whose first decodes to a JOSE header: what a JWT looks like, signed or not. */
export function looksLikeJwt(token: string): boolean {
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) return false;
  try {
    return typeof decodeProtectedHeader(token).alg === 'string';
  } catch {
    return false;
  }
}

/**
 * The role a token's claim names: the claim by its exact name (namespaced claims such as
 * `https://acme.com/role` contain dots), else by dotted path (`realm_access.roles`). A list of
 * roles (as Keycloak and Azure AD send) gives the highest of the four it holds.
 */
export function roleFromClaims(payload: JWTPayload, claim: string): Role | undefined {
  let value: unknown = payload[claim];
  if (value === undefined) {
    value = claim.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), payload);
  }
  const named = (Array.isArray(value) ? value : [value]).filter((item): item is Role => (ROLES as readonly unknown[]).includes(item));
  return named.reduce<Role | undefined>((best, role) => (best && roleAtLeast(best, role) ? best : role), undefined);
}

/** Failures of the key set's endpoint, as opposed to the token: the gateway cannot judge the token. */
function isKeySetUnavailable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  // jose's generic error is what a non-200 or non-JSON key set answer throws; fetch throws TypeError.
  if (error instanceof errors.JOSEError) return error.code === 'ERR_JOSE_GENERIC';
  return error instanceof TypeError;
}

/**
 * Verifies a JWT: its signature (HS256 with the shared secret, RS256/ES256 with the key set,
 * fetched and cached by jose and refetched for an unknown `kid`), `exp` (required), `nbf`,
 * `iss` and `aud` when configured, `sub` (required: rate limits and logs name the caller by it)
 * and the role claim. The algorithm is pinned per key, so an HS256 token cannot be "signed"
 * with a public key.
 */
export function createJwtVerifier(config: JwtConfig): VerifyJwt {
  const secret = config.secret ? new TextEncoder().encode(config.secret) : undefined;
  const jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 }) : undefined;
  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ASYMMETRIC : [])];
  const key: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (jwks) return jwks(header, token);
    throw new errors.JOSEAlgNotAllowed(`"alg" (Algorithm) Header Parameter value not allowed`);
  };

  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: config.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      });
      const role = roleFromClaims(payload, config.roleClaim);
      if (!role) return { ok: false, reason: 'invalid', detail: `claim ${config.roleClaim} names none of ${ROLES.join(', ')}` };
      return { ok: true, role, subject: payload.sub! };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired', detail: 'exp is past' };
      const detail = error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : String(error);
      return { ok: false, reason: isKeySetUnavailable(error) ? 'unavailable' : 'invalid', detail };
    }
  };
}
