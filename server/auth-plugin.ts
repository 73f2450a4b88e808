import { shouldRenderGraphiQL, type Plugin } from 'graphql-yoga';
import type { AuthOutcome, Authenticate } from './auth.js';
import type { Caller } from '../domain/caller.js';
import { refusalResponse } from './refusal-response.js';

/** Where refusals go for the operator (why a token failed); default nowhere. */
export type AuthLog = (outcome: Extract<AuthOutcome, { ok: false }>) => void;

/**
 * Refuses any GraphQL request without a known API key or a valid JWT with HTTP 401 (503 when
 * tokens cannot be verified for want of the identity provider's keys), before parsing.
 * The one exception is a browser asking for the GraphiQL page itself: the page holds no
 * data, and every request it then sends carries the key from its header editor.
 */
export function useApiKeyAuth(authenticate: Authenticate, callers: WeakMap<Request, Caller>, endpoint: string, log?: AuthLog): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      if (shouldRenderGraphiQL(request)) return;
      const outcome = await authenticate(request.headers.get('authorization'));
      if (outcome.ok) {
        callers.set(request, outcome.caller);
        return;
      }
      if (outcome.detail) log?.(outcome);
      endResponse(authRefusal(outcome, fetchAPI.Response));
    },
  };
}

/**
 * The HTTP answer to a refused credential: 401 with the Bearer challenge, or 503 with
 * retry-after when tokens cannot be verified. Every authenticated HTTP route answers with it.
 */
export function authRefusal(outcome: Extract<AuthOutcome, { ok: false }>, ResponseClass: typeof Response): Response {
  const unavailable = outcome.reason === 'unavailable';
  // RFC 6750: a token that was presented and failed is an invalid_token.
  const challenge =
    outcome.reason === 'expired' || outcome.reason === 'invalid'
      ? `Bearer realm="switchboard", error="invalid_token", error_description="${outcome.message}"`
      : 'Bearer realm="switchboard"';
  return refusalResponse(
    { Response: ResponseClass },
    unavailable ? 503 : 401,
    { message: outcome.message, extensions: { code: unavailable ? 'AUTH_UNAVAILABLE' : 'UNAUTHENTICATED' } },
    unavailable ? { 'retry-after': '5' } : { 'www-authenticate': challenge },
  );
}
