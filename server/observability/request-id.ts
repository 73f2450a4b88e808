import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';

const requestIds = new WeakMap<Request, string>();

/**
 * The request's id: the caller's `X-Request-Id` when it is a sane token (so logs line up
 * across systems), else a new UUID. The same for every asker of the same request.
 */
export function requestIdFor(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

/** The error with `extensions.requestId` (itself when it has one already). */
export function errorWithRequestId(error: GraphQLError, requestId: string): GraphQLError {
  if (error.extensions['requestId'] !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, requestId },
  });
}
