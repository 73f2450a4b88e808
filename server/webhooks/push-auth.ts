import { sameSecret } from '../secrets.js';
import { jsonResponse } from './json-response.js';

/**
 * The checks every token-authenticated vendor push shares: POST only, the webhook configured,
 * the shared secret in `?token=` (or an `X-Switchboard-Token` header) compared in constant time.
 * Returns the refusal to send, or null to go on.
 */
export function refusePush(request: Request, secret: string | undefined, vendor: string): Response | null {
  if (request.method !== 'POST') return jsonResponse(Response, 405, { status: 'error', reason: 'use POST' });
  if (!secret) return jsonResponse(Response, 404, { status: 'error', reason: `the ${vendor} webhook is not configured` });
  const token = new URL(request.url).searchParams.get('token') ?? request.headers.get('x-switchboard-token');
  if (!sameSecret(token, secret)) return jsonResponse(Response, 401, { status: 'error', reason: 'a valid token is required' });
  return null;
}
