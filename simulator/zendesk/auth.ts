import { timingSafeEqual } from 'node:crypto';
import { CREDENTIALS } from './constants.js';
import type { ZendeskUser } from './model.js';
import type { ZendeskState } from './state.js';

/**
 * The agent or admin a request authenticates as, or undefined. Accepted (see simulator/README.md):
 * Basic `email/token:simulator-token`, Basic `email:simulator-password` (any active agent or admin
 * email of the seed), and `Bearer simulator-oauth-token` (acts as agent@switchboard.test).
 */
export function authenticate(authorization: string | undefined, state: ZendeskState): ZendeskUser | undefined {
  if (!authorization) return undefined;
  const [scheme, credentials = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') {
    return sameText(credentials, CREDENTIALS.oauthToken) ? staffByEmail(CREDENTIALS.oauthUserEmail, state) : undefined;
  }
  if (scheme?.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const login = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (login.endsWith('/token')) {
    return sameText(secret, CREDENTIALS.apiToken) ? staffByEmail(login.slice(0, -'/token'.length), state) : undefined;
  }
  return sameText(secret, CREDENTIALS.password) ? staffByEmail(login, state) : undefined;
}

function staffByEmail(email: string, state: ZendeskState): ZendeskUser | undefined {
  const user = state.userByEmail(email);
  return user && user.role !== 'end-user' && user.active && !user.suspended ? user : undefined;
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
