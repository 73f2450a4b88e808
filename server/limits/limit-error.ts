import { GraphQLError } from 'graphql';

/** The `extensions.code` of each refusal, so clients can tell which limit they hit. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_TOKENS' | 'QUERY_TOO_COMPLEX';

/**
 * A request refused by an operation limit, before anything ran: the message names the limit
 * and what was measured, and `extensions` carry both as numbers (`limit`, `measured`).
 * A request error in GraphQL over HTTP's terms: HTTP 400 for `application/graphql-response+json`,
 * 200 for a legacy `application/json` client (`spec: true`), as yoga answers syntax errors.
 */
export function limitError(code: LimitCode, message: string, limit: number, measured: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, limit, measured, http: { status: 400, spec: true } },
  });
}
