import { createHash } from 'node:crypto';
import { jsonReply, textReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import { sameText } from '../../core/same-text.js';
import { CREDENTIALS, OAUTH_CLIENT } from '../constants.js';
import { isObject } from '../json-input.js';
import type { ZendeskState } from '../state.js';
import { sessionOf, type WebContext } from './sso.js';

/** An authorization code is good for 120 s (docs, "Create Token for Grant Type"). */
const CODE_TTL_MS = 120_000;
/** `expires_in` bounds (docs): more than 5 minutes, less than 2 days. */
const EXPIRES_IN = { min: 300, max: 172_800 };
/** `refresh_token_expires_in`: 7 to 90 days, 30 by default (docs). */
const REFRESH_EXPIRES_IN = { min: 604_800, max: 7_776_000, default: 2_592_000 };

/**
 * The OAuth grant flows outside `/api/v2` (developer.zendesk.com "Create Token for Grant Type",
 * support.zendesk.com "Using OAuth authentication with your application"):
 *
 * - `GET /oauth/authorizations/new?response_type=code&client_id=&redirect_uri=&scope=&state=
 *   [&code_challenge=&code_challenge_method=S256]` → 302 to `redirect_uri?code=...&state=...`.
 *   Modeled: no consent page; the signed-in SSO user (or agent@switchboard.test) approves at once.
 * - `POST /oauth/tokens` (JSON or form) with `grant_type` `authorization_code` (`code`,
 *   `client_id`, `client_secret` or the PKCE `code_verifier`, the same `redirect_uri`) or
 *   `refresh_token` (`refresh_token`, `client_id`, `client_secret`) → 201
 *   `{access_token, token_type:"bearer", scope, expires_in, refresh_token, refresh_token_expires_in}`.
 *   A refresh rotates: the old token and refresh token stop working (modeled). Errors are
 *   RFC 6749 bodies `{"error","error_description"}` (modeled; Zendesk documents none).
 */
export function registerOAuthGrantRoutes(router: Router<WebContext>): void {
  router
    .add('GET', '/oauth/authorizations/new', (req, _params, { state }) => {
      const q = (name: string): string => req.query.get(name) ?? '';
      const redirectUri = q('redirect_uri');
      if (q('client_id') !== OAUTH_CLIENT.identifier || !/^https?:\/\//.test(redirectUri)) {
        return textReply(400, 'Invalid OAuth request: unknown client_id or missing redirect_uri');
      }
      const target = new URL(redirectUri);
      if (q('response_type') !== 'code') {
        target.searchParams.set('error', 'unsupported_response_type');
      } else {
        const code = state.oauth.newCode({
          clientId: OAUTH_CLIENT.id,
          userId: approver(req, state),
          scopes: scopesOf(q('scope')),
          redirectUri,
          codeChallenge: req.query.get('code_challenge'),
          expiresAtMs: state.clock.nowMs() + CODE_TTL_MS,
        });
        target.searchParams.set('code', code);
      }
      if (req.query.has('state')) target.searchParams.set('state', q('state'));
      return { status: 302, headers: { Location: target.toString() } };
    })
    .add('POST', '/oauth/tokens', (req, _params, { state }) => {
      const form = isObject(req.body) ? req.body : {};
      const field = (name: string): string => {
        const value = form[name];
        return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
      };
      if (field('client_id') !== OAUTH_CLIENT.identifier) return oauthError(401, 'invalid_client', 'Client authentication failed due to unknown client.');
      const secretOk = sameText(field('client_secret'), OAUTH_CLIENT.secret);
      const lifetimes = readLifetimes(field('expires_in'), field('refresh_token_expires_in'));
      if (typeof lifetimes === 'string') return oauthError(400, 'invalid_request', lifetimes);
      const nowMs = state.clock.nowMs();
      const issue = (userId: number, scopes: string[]): VendorReply => {
        const token = state.oauth.issue({
          clientId: OAUTH_CLIENT.id,
          userId,
          scopes,
          createdAt: state.now(),
          expiresAtMs: lifetimes.expiresIn === null ? null : nowMs + lifetimes.expiresIn * 1000,
          refreshExpiresAtMs: nowMs + lifetimes.refreshExpiresIn * 1000,
          withRefreshToken: true,
        });
        return jsonReply(201, {
          access_token: token.token,
          token_type: 'bearer',
          scope: scopes.join(' '),
          expires_in: lifetimes.expiresIn,
          refresh_token: token.refreshToken,
          refresh_token_expires_in: lifetimes.refreshExpiresIn,
        });
      };
      switch (field('grant_type')) {
        case 'authorization_code': {
          const code = state.oauth.takeCode(field('code'), nowMs);
          if (!code || code.redirectUri !== field('redirect_uri')) return oauthError(400, 'invalid_grant', 'The provided authorization grant is invalid, expired, revoked, or was issued to another client.');
          const verifier = field('code_verifier');
          const pkceOk = code.codeChallenge !== null && verifier !== '' && challengeOf(verifier) === code.codeChallenge;
          if (!secretOk && !pkceOk) return oauthError(401, 'invalid_client', 'Client authentication failed.');
          const requested = field('scope');
          return issue(code.userId, requested === '' ? code.scopes : scopesOf(requested));
        }
        case 'refresh_token': {
          if (!secretOk) return oauthError(401, 'invalid_client', 'Client authentication failed.');
          const previous = state.oauth.byRefreshToken(field('refresh_token'), nowMs);
          if (!previous) return oauthError(400, 'invalid_grant', 'The refresh token is invalid, expired or revoked.');
          state.oauth.revoke(previous.id);
          const requested = field('scope') || field('scopes');
          return issue(previous.userId, requested === '' ? previous.scopes : scopesOf(requested));
        }
        default:
          // The password grant is deprecated and the implicit flow retired (docs); neither is modeled.
          return oauthError(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.');
      }
    });
}

function approver(req: SimRequest, state: ZendeskState): number {
  const session = sessionOf(req);
  const signedIn = session === undefined ? undefined : state.sessions.get(session);
  return signedIn ?? (state.userByEmail(CREDENTIALS.oauthUserEmail)?.id as number);
}

function scopesOf(scope: string): string[] {
  return scope.split(/\s+/).filter((s) => s !== '');
}

/** PKCE S256: base64url(sha256(verifier)). */
function challengeOf(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function readLifetimes(expiresIn: string, refreshExpiresIn: string): { expiresIn: number | null; refreshExpiresIn: number } | string {
  const access = expiresIn === '' ? null : Number(expiresIn);
  if (access !== null && (!Number.isInteger(access) || access <= EXPIRES_IN.min || access >= EXPIRES_IN.max)) {
    return `expires_in must be more than ${EXPIRES_IN.min} and less than ${EXPIRES_IN.max} seconds`;
  }
  const refresh = refreshExpiresIn === '' ? REFRESH_EXPIRES_IN.default : Number(refreshExpiresIn);
  if (!Number.isInteger(refresh) || refresh < REFRESH_EXPIRES_IN.min || refresh >= REFRESH_EXPIRES_IN.max || (access !== null && refresh < access)) {
    return `refresh_token_expires_in must be at least ${REFRESH_EXPIRES_IN.min} (and expires_in) and less than ${REFRESH_EXPIRES_IN.max} seconds`;
  }
  return { expiresIn: access, refreshExpiresIn: refresh };
}

function oauthError(status: number, error: string, description: string): VendorReply {
  return jsonReply(status, { error, error_description: description });
}
