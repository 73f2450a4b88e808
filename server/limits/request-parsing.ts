import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The media types yoga reads GraphQL requests from. */
const ACCEPTED = ['application/json', 'application/graphql+json', 'application/graphql', 'multipart/form-data', 'application/x-www-form-urlencoded'];

/**
 * Makes every request yoga cannot read a 4xx with a message, never a 500 or an empty answer:
 * - a body in a media type no parser reads gets 415 naming the accepted types (yoga's own 415
 *   has no body); the fallback is set only when no parser matched, so a later plugin may still
 *   claim the request;
 * - a parser that fails with a plain error (GET's `variables=` or `extensions=` that are not
 *   JSON throw a SyntaxError, which yoga would answer with 500) gets 400.
 */
export function useReadableRequestErrors(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!requestParser) {
        const type = request.headers.get('content-type');
        setRequestParser(() => {
          throw new GraphQLError(`${type ? `Content-Type "${type.slice(0, 100)}" is not supported` : 'The request has no Content-Type'}: send ${ACCEPTED.join(', ')}`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 415, headers: { accept: ACCEPTED.join(', ') } } },
          });
        });
        return;
      }
      setRequestParser(async (req) => {
        try {
          return await requestParser(req);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          const what = req.method === 'GET' ? 'The query string\'s variables or extensions are not valid JSON' : 'The request body could not be read';
          throw new GraphQLError(what, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      });
    },
  };
}
