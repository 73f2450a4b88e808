import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import type { CorsOrigins } from '../config.js';

/** What a cross-origin page may send and read. */
const METHODS = 'GET, POST';
const ALLOWED_HEADERS = 'authorization, content-type, accept, x-request-id, x-graphql-yoga-csrf';
const EXPOSED_HEADERS = 'x-request-id, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset, ratelimit-policy';

/**
 * Which browser pages may call the gateway from another origin (CORS_ORIGINS). Yoga's own CORS
 * (turned off in app.ts) reflected any origin with credentials; here:
 * - none listed (the default): no CORS headers at all, so only same-origin pages (the dashboard,
 *   GraphiQL) can read an answer;
 * - listed origins get their own origin back, with credentials, and nothing is sent to others
 *   (never `null`, which sandboxed pages send and would match);
 * - `*`: any origin, without credentials.
 * Once any origin is opened, yoga's CSRF prevention refuses requests a browser sends without a
 * preflight (a GET, or a form's content type) unless they carry `x-graphql-yoga-csrf` (403).
 * Goes before the auth plugin: a preflight carries no credentials.
 */
export function useCrossOrigin(origins: CorsOrigins): Plugin {
  const allowed = (origin: string | null): origin is string =>
    origin !== null && origin !== 'null' && (origins === '*' || origins.includes(origin));
  const opened = origins === '*' || origins.length > 0;

  const grant = (headers: Headers, origin: string) => {
    headers.set('access-control-allow-origin', origin);
    if (origins !== '*') headers.set('access-control-allow-credentials', 'true');
  };

  return {
    onPluginInit({ addPlugin }) {
      if (opened) addPlugin(useCSRFPrevention());
    },
    onRequest({ request, endResponse, fetchAPI }) {
      const origin = request.headers.get('origin');
      if (request.method !== 'OPTIONS' || !origin || !request.headers.has('access-control-request-method')) return;
      // A preflight: answered here, granted or not (without grant headers the browser stops).
      const headers = new fetchAPI.Headers({ 'content-length': '0', vary: 'Origin' });
      if (allowed(origin)) {
        grant(headers, origin);
        headers.set('access-control-allow-methods', METHODS);
        headers.set('access-control-allow-headers', ALLOWED_HEADERS);
        headers.set('access-control-max-age', '600');
      }
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse({ request, response }) {
      if (!opened) return;
      // Answers differ by origin: caches must keep them apart.
      response.headers.append('vary', 'Origin');
      const origin = request.headers.get('origin');
      if (!allowed(origin)) return;
      grant(response.headers, origin);
      response.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
    },
  };
}
