import { randomBytes } from 'node:crypto';
import { sameText } from '../core/same-text.js';
import type { VirtualClock } from '../core/clock.js';
import { jsonReply, type VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import { organizerByKey, type GoToAccount } from './account.js';
import { ACCESS_TOKEN_TTL_SECONDS, GOTO_CREDENTIALS } from './credentials.js';

/** Who an access token acts for: what every product handler gets as `caller`. */
export interface GoToCaller {
  organizerKey: string;
  accountKey: string;
  email: string;
}

interface IssuedToken {
  caller: GoToCaller;
  expiresAtMs: number;
}

/**
 * Access tokens issued by `POST /oauth/v2/token`, each valid for an hour of virtual time.
 * Tokens are random (not derived from the seed): they are secrets, not data.
 */
export class TokenStore {
  readonly #tokens = new Map<string, IssuedToken>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly account: GoToAccount,
  ) {}

  issue(caller: GoToCaller): { accessToken: string; expiresIn: number } {
    const accessToken = `sim-goto-${randomBytes(18).toString('base64url')}`;
    this.#tokens.set(accessToken, { caller, expiresAtMs: this.clock.nowMs() + ACCESS_TOKEN_TTL_SECONDS * 1000 });
    return { accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }

  /** The caller of a `Bearer` header, or undefined for a missing, unknown or expired token. */
  verify(authorization: string | undefined): GoToCaller | undefined {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    const issued = match ? this.#tokens.get(match[1]!) : undefined;
    if (!issued) return undefined;
    if (this.clock.nowMs() >= issued.expiresAtMs) {
      this.#tokens.delete(match![1]!);
      return undefined;
    }
    // An organizer deleted or suspended since the token was issued loses access.
    const organizer = organizerByKey(this.account, issued.caller.organizerKey);
    return organizer && organizer.status === 'active' ? issued.caller : undefined;
  }
}

/** OAuth errors follow RFC 6749 (`{"error": "invalid_grant", ...}`), as GoTo's token endpoint does. */
function oauthError(status: number, error: string, description: string): VendorReply {
  return jsonReply(status, { error, error_description: description });
}

function clientAuthenticated(authorization: string | undefined): boolean {
  const match = /^Basic\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && sameText(decoded.slice(0, colon), GOTO_CREDENTIALS.clientId) && sameText(decoded.slice(colon + 1), GOTO_CREDENTIALS.clientSecret);
}

/** Which token server answers: the legacy `api.getgo.com/oauth/v2/token` or the current `authentication.logmeininc.com/oauth/token`. */
export type TokenShape = 'legacy' | 'current';

/**
 * `POST /oauth/v2/token` (legacy) and `POST /oauth/token` (current), form body
 * `grant_type=authorization_code&code=` or `grant_type=refresh_token&refresh_token=`, client
 * authenticated with HTTP Basic. The refresh token stays valid (it is returned again), so a gateway
 * configured with it keeps working. The legacy answer names the organizer and account; the current
 * one only `scope` and `principal` (the user's email): the keys come from `GET /admin/rest/v1/me`.
 */
export function tokenEndpoint(req: SimRequest, tokens: TokenStore, account: GoToAccount, shape: TokenShape = 'legacy'): VendorReply {
  if (!clientAuthenticated(req.headers.authorization)) return oauthError(401, 'invalid_client', 'Client authentication failed');
  const form = req.body !== null && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
  const grant = form.grant_type;
  const valid =
    (grant === 'refresh_token' && typeof form.refresh_token === 'string' && sameText(form.refresh_token, GOTO_CREDENTIALS.refreshToken)) ||
    (grant === 'authorization_code' && typeof form.code === 'string' && sameText(form.code, GOTO_CREDENTIALS.authorizationCode));
  if (grant !== 'refresh_token' && grant !== 'authorization_code') return oauthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
  if (!valid) return oauthError(400, 'invalid_grant', 'The refresh token or authorization code is invalid or expired');
  const admin = account.organizers.find((organizer) => organizer.email === GOTO_CREDENTIALS.adminEmail);
  if (!admin || admin.status !== 'active') return oauthError(400, 'invalid_grant', 'The user is not active');
  const caller: GoToCaller = { organizerKey: admin.organizerKey, accountKey: account.accountKey, email: admin.email };
  const { accessToken, expiresIn } = tokens.issue(caller);
  if (shape === 'current') {
    return jsonReply(200, { access_token: accessToken, token_type: 'Bearer', refresh_token: GOTO_CREDENTIALS.refreshToken, expires_in: expiresIn, scope: 'collab: identity:', principal: admin.email });
  }
  // organizer_key and account_key are strings here, numbers elsewhere (the GoTo docs show both).
  return jsonReply(200, {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: expiresIn,
    refresh_token: GOTO_CREDENTIALS.refreshToken,
    organizer_key: admin.organizerKey,
    account_key: account.accountKey,
    account_type: 'corporate',
    firstName: admin.firstName,
    lastName: admin.lastName,
    email: admin.email,
    version: '3',
  });
}
