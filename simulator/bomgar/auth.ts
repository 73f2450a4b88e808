import { sameText } from '../core/same-text.js';
import { jsonReply, type VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import { BOMGAR_CREDENTIALS, type Site } from './constants.js';
import type { BomgarState } from './state.js';

/** `POST /oauth2/token`: Basic client id and secret, form `grant_type=client_credentials` (confirmed shape). */
export function issueToken(req: SimRequest, state: BomgarState): VendorReply {
  if (req.method !== 'POST') return jsonReply(405, { error: 'invalid_request', error_description: 'POST required' }, { Allow: 'POST' });
  const [scheme, encoded = ''] = (req.headers.authorization ?? '').trim().split(/\s+/, 2);
  const decoded = scheme?.toLowerCase() === 'basic' ? Buffer.from(encoded, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const id = colon < 0 ? '' : decoded.slice(0, colon);
  const secret = colon < 0 ? '' : decoded.slice(colon + 1);
  if (!sameText(id, BOMGAR_CREDENTIALS.clientId) || !sameText(secret, BOMGAR_CREDENTIALS.clientSecret)) {
    return jsonReply(401, { error: 'invalid_client' });
  }
  const form = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, string>) : {};
  if (form.grant_type !== 'client_credentials') return jsonReply(400, { error: 'unsupported_grant_type' });
  const { token, expiresIn } = state.issueToken();
  return jsonReply(200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn }, { 'Cache-Control': 'no-store' });
}

/**
 * Whether an API request is authenticated for this site: a current site takes an OAuth bearer
 * token, the legacy site the `username`/`password` parameters of an API account; a current site
 * takes those parameters too on the `.ns` URLs (`legacyUrl`), where integrations send them.
 */
export function authorised(req: SimRequest, params: URLSearchParams, site: Site, state: BomgarState, legacyUrl = false): boolean {
  if (site.oauth) {
    const [scheme, token = ''] = (req.headers.authorization ?? '').trim().split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'bearer' && state.tokenValid(token)) return true;
  }
  if (site.legacyParams || legacyUrl) {
    return sameText(params.get('username') ?? '', BOMGAR_CREDENTIALS.username) && sameText(params.get('password') ?? '', BOMGAR_CREDENTIALS.password);
  }
  return false;
}
