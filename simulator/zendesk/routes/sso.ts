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
}

const SESSION_COOKIE = '_zendesk_shared_session';

/** JWT SSO (`GET|POST /access/jwt`) and a small `/agent` page that shows who is signed in. */
export function registerSsoRoutes(router: Router<WebContext>): void {
  const signIn = (req: SimRequest, _params: unknown, ctx: WebContext): VendorReply => {
    const form = isObject(req.body) ? req.body : {};
    const field = (name: string): string | undefined => {
      const value = req.query.get(name) ?? form[name];
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const token = field('jwt');
    if (token === undefined) return textReply(400, 'Missing jwt parameter: send the signed token as ?jwt=... or as the form field jwt.');
    const check = verifySsoJwt(token, ctx.ssoSecret, Math.floor(ctx.state.clock.nowMs() / 1000), ctx.state.usedJwtIds);
    if (!check.ok) return textReply(check.status, check.message);

    const { claims } = check;
    const email = String(claims.email);
    const externalId = typeof claims.external_id === 'string' || typeof claims.external_id === 'number' ? String(claims.external_id) : undefined;
    const name = typeof claims.name === 'string' && claims.name !== '' ? claims.name : undefined;
    let user = ctx.state.userByEmail(email) ?? (externalId === undefined ? undefined : ctx.state.userByExternalId(externalId));
    if (user?.suspended) return textReply(403, 'This user is suspended and cannot sign in.');
    if (user) {
      if (name !== undefined) user.name = name;
      if (externalId !== undefined) user.externalId = externalId;
      user.updatedAt = ctx.state.now();
    } else {
      if (name === undefined) return textReply(400, 'Invalid JWT: the name claim is required to create a new user.');
      user = createEndUser(ctx.state, { name, email, externalId: externalId ?? null });
    }
    const session = randomBytes(16).toString('hex');
    ctx.state.sessions.set(session, user.id);
    const returnTo = field('return_to');
    const location = returnTo === undefined ? `${req.baseUrl}/agent` : returnTo.startsWith('/') ? `${req.baseUrl}${returnTo}` : returnTo;
    return {
      status: 302,
      headers: { Location: location, 'Set-Cookie': `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax`, 'Content-Type': 'text/html; charset=utf-8' },
      body: `<html><body>You are being <a href="${escapeHtml(location)}">redirected</a>.</body></html>`,
    };
  };
  router
    .add('GET', '/access/jwt', signIn)
    .add('POST', '/access/jwt', signIn)
    .add('GET', '/agent', (req, _params, { state }) => {
      const session = /(?:^|;\s*)_zendesk_shared_session=([0-9a-f]+)/.exec(req.headers.cookie ?? '')?.[1];
      const user = session === undefined ? undefined : state.users.get(state.sessions.get(session) ?? -1);
      const text = user ? `Signed in to the Zendesk simulator as ${user.name} <${user.email ?? 'no email'}> (${user.role}).` : 'Not signed in. Sign in through /access/jwt.';
      return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: `<!doctype html><html><body><p>${escapeHtml(text)}</p></body></html>` };
    });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
