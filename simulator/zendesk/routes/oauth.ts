import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { bodyObject, pathId, type ApiContext } from '../api-context.js';
import { OAUTH_CLIENT } from '../constants.js';
import { forbidden, recordInvalid, recordNotFound } from '../errors.js';
import { readId } from '../json-input.js';
import type { ZendeskOAuthToken } from '../model.js';
import { pagedList } from '../paged-list.js';
import { isoSeconds } from '../time.js';

/**
 * The OAuth Tokens and OAuth Clients APIs: an admin creates a token for the account's client
 * (`POST /oauth/tokens` `{"token":{"client_id","scopes"}}` → 201, the whole token once as
 * `full_token`), lists, shows and revokes tokens; `GET /oauth/tokens/current` shows the token the
 * request came with. Tokens show only their first 10 characters afterwards (docs: "for security
 * reasons"). The grant flows (`/oauth/tokens` outside `/api/v2`) are in oauth-grants.ts.
 */
export function registerOAuthRoutes(router: Router<ApiContext>): void {
  router
    .add('GET', '/api/v2/oauth/clients', (req) => pagedList(req, 'clients', [OAUTH_CLIENT], { key: (c) => c.id, toJson: () => clientJson(req.baseUrl) }))
    .add('GET', '/api/v2/oauth/clients/:id', (req, params) => (pathId(params.id) === OAUTH_CLIENT.id ? jsonReply(200, { client: clientJson(req.baseUrl) }) : recordNotFound()))
    .add('POST', '/api/v2/oauth/tokens', (req, _params, { state, actor }) => {
      if (actor.role !== 'admin') return forbidden();
      const body = bodyObject(req, 'token');
      if ('reply' in body) return body.reply;
      const clientId = readId(body.input.client_id);
      if (clientId !== OAUTH_CLIENT.id) return recordInvalid({ client_id: [{ description: 'Client: is invalid', error: 'InvalidValue' }] });
      const scopes = Array.isArray(body.input.scopes) ? body.input.scopes.filter((s): s is string => typeof s === 'string') : [];
      if (scopes.length === 0) return recordInvalid({ scopes: [{ description: 'Scopes: cannot be blank', error: 'BlankValue' }] });
      const token = state.oauth.issue({ clientId, userId: actor.id, scopes, createdAt: state.now(), expiresAtMs: null, refreshExpiresAtMs: null, withRefreshToken: false });
      return jsonReply(201, { token: { ...tokenJson(token, req.baseUrl), full_token: token.token } });
    })
    .add('GET', '/api/v2/oauth/tokens', (req, _params, { state, actor }) => {
      // An admin's `all=true` lists every user's tokens; otherwise one's own.
      const all = actor.role === 'admin' && req.query.get('all') === 'true';
      const tokens = state.oauth.list().filter((t) => all || t.userId === actor.id);
      return pagedList(req, 'tokens', tokens, { key: (t) => t.id, toJson: (t) => tokenJson(t, req.baseUrl) });
    })
    .add('GET', '/api/v2/oauth/tokens/current', (req, _params, { oauthToken }) =>
      oauthToken ? jsonReply(200, { token: tokenJson(oauthToken, req.baseUrl) }) : recordNotFound(),
    )
    .add('GET', '/api/v2/oauth/tokens/:id', (req, params, { state, actor }) => {
      const token = state.oauth.get(pathId(params.id) ?? -1);
      return token && (token.userId === actor.id || actor.role === 'admin') ? jsonReply(200, { token: tokenJson(token, req.baseUrl) }) : recordNotFound();
    })
    .add('DELETE', '/api/v2/oauth/tokens/:id', (_req, params, { state, actor, oauthToken }): VendorReply => {
      // `current` revokes the token the request came with.
      const token = params.id === 'current' ? oauthToken : state.oauth.get(pathId(params.id) ?? -1);
      if (!token || (token.userId !== actor.id && actor.role !== 'admin')) return recordNotFound();
      state.oauth.revoke(token.id);
      return { status: 204 };
    });
}

/** The OpenAPI `OauthTokenObject`; `token` holds the first 10 characters only. */
export function tokenJson(t: ZendeskOAuthToken, baseUrl: string): Record<string, unknown> {
  return {
    id: t.id,
    url: `${baseUrl}/api/v2/oauth/tokens/${t.id}.json`,
    token: t.token.slice(0, 10),
    client_id: t.clientId,
    user_id: t.userId,
    scopes: t.scopes,
    created_at: t.createdAt,
    expires_at: t.expiresAtMs === null ? null : isoSeconds(t.expiresAtMs),
    used_at: t.usedAt,
    refresh_token: t.refreshToken === null ? null : t.refreshToken.slice(0, 10),
    refresh_token_expires_at: t.refreshExpiresAtMs === null ? null : isoSeconds(t.refreshExpiresAtMs),
  };
}

function clientJson(baseUrl: string): Record<string, unknown> {
  return {
    id: OAUTH_CLIENT.id,
    url: `${baseUrl}/api/v2/oauth/clients/${OAUTH_CLIENT.id}.json`,
    name: OAUTH_CLIENT.name,
    identifier: OAUTH_CLIENT.identifier,
    company: OAUTH_CLIENT.company,
    kind: 'confidential',
    redirect_uri: [],
    user_id: null,
    created_at: '2024-03-04T10:00:00Z',
    updated_at: '2024-03-04T10:00:00Z',
  };
}
