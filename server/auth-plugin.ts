import { shouldRenderGraphiQL, type Plugin } from 'graphql-yoga';
import type { Authenticate, Caller } from './auth.js';

/**
 * Refuses any GraphQL request without a known API key with HTTP 401, before parsing.
 * The one exception is a browser asking for the GraphiQL page itself: the page holds no
 * data, and every request it then sends carries the key from its header editor.
 */
export function useApiKeyAuth(authenticate: Authenticate, callers: WeakMap<Request, Caller>, endpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      if (shouldRenderGraphiQL(request)) return;
      const caller = authenticate(request.headers.get('authorization'));
      if (caller) {
        callers.set(request, caller);
        return;
      }
      const presented = request.headers.has('authorization');
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: presented ? 'The API key is not recognised' : 'Send an API key as Authorization: Bearer <key>',
                extensions: { code: 'UNAUTHENTICATED' },
              },
            ],
          }),
          {
            status: 401,
            headers: {
              'content-type': 'application/json; charset=utf-8',
              'www-authenticate': 'Bearer realm="switchboard"',
            },
          },
        ),
      );
    },
  };
}
