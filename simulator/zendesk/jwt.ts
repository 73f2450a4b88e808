import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far `iat` may be from the virtual clock, in seconds (Zendesk allows a few minutes of skew). */
export const IAT_TOLERANCE_SECONDS = 180;

export type JwtCheck = { ok: true; claims: Record<string, unknown> } | { ok: false; message: string };

/**
 * Verifies a Zendesk SSO JWT: HS256 with the shared secret (timing-safe comparison), `iat`
 * within ±180 s of `nowSeconds`, a `jti` not seen before, and an `email`. A token that passes is
 * recorded in `usedJwtIds` so it cannot be replayed.
 */
export function verifySsoJwt(token: string, secret: string, nowSeconds: number, usedJwtIds: Set<string>): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, message: 'Invalid JWT: a token has three dot-separated parts.' };
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = decodeJson(headerPart);
  const claims = decodeJson(payloadPart);
  if (!header || !claims) return { ok: false, message: 'Invalid JWT: the header and payload must be base64url-encoded JSON objects.' };
  if (header.alg !== 'HS256') return { ok: false, message: `Invalid JWT: unsupported algorithm ${String(header.alg)} (use HS256).` };

  const expected = createHmac('sha256', secret).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, message: 'JWT signature invalid. The signature cannot be verified, check that your shared secret matches.' };
  }
  if (typeof claims.iat !== 'number' || !Number.isFinite(claims.iat)) return { ok: false, message: 'Invalid JWT: the iat claim (issued at, in seconds) is required.' };
  if (Math.abs(claims.iat - nowSeconds) > IAT_TOLERANCE_SECONDS) {
    return { ok: false, message: `JWT has expired or is not yet valid: iat is more than ${IAT_TOLERANCE_SECONDS} seconds from the server time. Please make sure your server clock is in sync.` };
  }
  if (typeof claims.jti !== 'string' || claims.jti === '') return { ok: false, message: 'Invalid JWT: the jti claim (a unique token id) is required.' };
  if (usedJwtIds.has(claims.jti)) return { ok: false, message: 'JWT has already been used: the jti claim must be unique for every sign-in.' };
  if (typeof claims.email !== 'string' || !claims.email.includes('@')) return { ok: false, message: 'Invalid JWT: the email claim is required.' };
  usedJwtIds.add(claims.jti);
  return { ok: true, claims };
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
