import { sameText } from '../core/same-text.js';
import { CREDENTIALS } from './constants.js';
import type { ZendeskOAuthToken, ZendeskUser } from './model.js';
import type { ZendeskState } from './state.js';

/**
 * How a request authenticated: the agent or admin it acts as, or which kind of credential failed.
 * `/users/me` answers differently by kind (see index.ts): a refused API token or OAuth token is a
 * 401 there too, a wrong password or no credentials the anonymous user.
 */
export type AuthResult = { user: ZendeskUser; oauthToken?: ZendeskOAuthToken } | { failed: 'none' | 'password' | 'token' | 'bearer' };

/**
 * Accepted (see simulator/README.md): Basic `email/token:simulator-token`, Basic
 * `email:simulator-password` (any active agent or admin email of the seed), and
 * `Bearer simulator-oauth-token` (acts as agent@switchboard.test), and `Bearer <token>` for a live
 * token the account issued (API-created or from a grant flow; refused once expired or revoked).
 */
export function authenticate(authorization: string | undefined, state: ZendeskState): AuthResult {
  if (!authorization) return { failed: 'none' };
  const [scheme, credentials = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') {
    if (sameText(credentials, CREDENTIALS.oauthToken)) {
      const user = staffByEmail(CREDENTIALS.oauthUserEmail, state);
      return user ? { user } : { failed: 'bearer' };
    }
    const oauthToken = state.oauth.byAccessToken(credentials, state.clock.nowMs());
    const owner = oauthToken ? state.users.get(oauthToken.userId) : undefined;
    if (!oauthToken || !owner || !owner.active || owner.suspended) return { failed: 'bearer' };
    oauthToken.usedAt = state.now();
    return { user: owner, oauthToken };
  }
  if (scheme?.toLowerCase() !== 'basic') return { failed: 'none' };
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { failed: 'none' };
  const login = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (login.endsWith('/token')) {
    const user = sameText(secret, CREDENTIALS.apiToken) ? staffByEmail(login.slice(0, -'/token'.length), state) : undefined;
    return user ? { user } : { failed: 'token' };
  }
  const user = sameText(secret, CREDENTIALS.password) ? staffByEmail(login, state) : undefined;
  return user ? { user } : { failed: 'password' };
}

function staffByEmail(email: string, state: ZendeskState): ZendeskUser | undefined {
  const user = state.userByEmail(email);
  return user && user.role !== 'end-user' && user.active && !user.suspended ? user : undefined;
}
