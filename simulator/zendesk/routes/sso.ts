import { randomBytes } from 'node:crypto';
import { textReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import { isObject } from '../json-input.js';
import { verifySsoJwt } from '../jwt.js';
import type { ZendeskState } from '../state.js';
import { createEndUser } from '../user-input.js';

export interface WebContext {
  state: ZendeskState;
  ssoSecret: string;
  /** The account's remote logout URL; undefined: this simulator's own `/access/logout` page. */
  logoutUrl: string | undefined;
}

const SESSION_COOKIE = '_zendesk_shared_session';

/**
 * JWT SSO (`GET|POST /access/jwt`), the simulator's own remote-logout page (`/access/logout`) and
 * a small `/agent` page that shows who is signed in.
 */
export function registerSsoRoutes(router: Router<WebContext>): void {
  const signIn = (req: SimRequest, _params: unknown, ctx: WebContext): VendorReply => {
    const form = isObject(req.body) ? req.body : {};
    const field = (name: string): string | undefined => {
      const value = req.query.get(name) ?? form[name];
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const token = field('jwt');
    if (token === undefined) return textReply(400, 'Missing jwt parameter: send the signed token as ?jwt=... or as the form field jwt.');
    // A refused sign-in goes to the remote logout URL with kind=error and the reason, as Zendesk does.
    const refuse = (message: string): VendorReply => redirect(errorLocation(ctx.logoutUrl ?? `${req.baseUrl}/access/logout`, message));
    const check = verifySsoJwt(token, ctx.ssoSecret, Math.floor(ctx.state.clock.nowMs() / 1000), ctx.state.usedJwtIds);
    if (!check.ok) return refuse(check.message);

    const { claims } = check;
    const email = String(claims.email);
    const externalId = typeof claims.external_id === 'string' || typeof claims.external_id === 'number' ? String(claims.external_id) : undefined;
    const name = typeof claims.name === 'string' && claims.name !== '' ? claims.name : undefined;
    let user = ctx.state.userByEmail(email) ?? (externalId === undefined ? undefined : ctx.state.userByExternalId(externalId));
    if (user?.suspended) return refuse('This user is suspended and cannot sign in.');
    if (user) {
      if (name !== undefined) user.name = name;
      if (externalId !== undefined) user.externalId = externalId;
      user.updatedAt = ctx.state.now();
    } else {
      if (name === undefined) return refuse('Invalid JWT: the name claim is required to create a new user.');
      user = createEndUser(ctx.state, { name, email, externalId: externalId ?? null });
    }
    const session = randomBytes(16).toString('hex');
    ctx.state.sessions.set(session, user.id);
    const returnTo = field('return_to');
    const location = returnTo === undefined ? `${req.baseUrl}/agent` : returnTo.startsWith('/') ? `${req.baseUrl}${returnTo}` : returnTo;
    return redirect(location, { 'Set-Cookie': `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax` });
  };
  router
    .add('GET', '/access/jwt', signIn)
    .add('POST', '/access/jwt', signIn)
    .add('GET', '/access/logout', (req, _params, { state }) => {
      // Modeled stand-in for a customer's logout page: ends the session, shows Zendesk's message.
      const session = sessionOf(req);
      if (session !== undefined) state.sessions.delete(session);
      const message = req.query.get('message');
      const text = req.query.get('kind') === 'error' && message !== null ? `Sign-in failed: ${message}` : 'You have been signed out.';
      return {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` },
        body: page(text),
      };
    })
    .add('GET', '/agent', (req, _params, { state }) => {
      const session = sessionOf(req);
      const user = session === undefined ? undefined : state.users.get(state.sessions.get(session) ?? -1);
      const text = user ? `Signed in to the Zendesk simulator as ${user.name} <${user.email ?? 'no email'}> (${user.role}).` : 'Not signed in. Sign in through /access/jwt.';
      return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: page(text) };
    });
}

/** `<logout URL>?kind=error&message=<reason>` (kept query parameters come first). */
function errorLocation(logoutUrl: string, message: string): string {
  const separator = logoutUrl.includes('?') ? '&' : '?';
  return `${logoutUrl}${separator}kind=error&message=${encodeURIComponent(message)}`;
}

function redirect(location: string, headers: Record<string, string> = {}): VendorReply {
  return {
    status: 302,
    headers: { Location: location, 'Content-Type': 'text/html; charset=utf-8', ...headers },
    body: `<html><body>You are being <a href="${escapeHtml(location)}">redirected</a>.</body></html>`,
  };
}

/** The SSO session id of the request's cookie, if any. */
export function sessionOf(req: SimRequest): string | undefined {
  return /(?:^|;\s*)_zendesk_shared_session=([0-9a-f]+)/.exec(req.headers.cookie ?? '')?.[1];
}

function page(text: string): string {
  return `<!doctype html><html><body><p>${escapeHtml(text)}</p></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
