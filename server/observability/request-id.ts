import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { errorWithExtension } from './error-with-extension.js';
import { runInRequestScope } from '../../resolvers/request-scope.js';
import type { Logger } from '../logger.js';

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
  return errorWithExtension(error, 'requestId', requestId);
}

/** Runs `work`, and everything it starts (timers, promises), in one scope: its log lines carry that scope's id. */
export type ScopeRunner = <T>(work: () => T) => T;

/** A new id for background work: `<kind>:<uuid>` (`live:…`, `poll:ameyo:…`), told apart from request ids at a glance. */
export function backgroundId(kind: string): string {
  return `${kind}:${randomUUID()}`;
}

/**
 * A scope for long-lived background work (the live engine: its pollers' timers and the early polls
 * vendor pushes ask for): what runs through it logs with the scope's own id. Timers and promises
 * keep the scope they were made in, so work a request sets going that outlives it (a poll a
 * webhook asked for) must be started through such a scope, or every later line of it would carry
 * that request's id.
 */
export function backgroundScope(kind: string, logger: Logger): ScopeRunner {
  return runInRequestScope({ requestId: backgroundId(kind), logger }, () => AsyncLocalStorage.snapshot());
}

/** Runs one piece of background work (one live poll's read) in a scope with an id of its own. */
export function inBackground<T>(kind: string, logger: Logger, work: () => T): T {
  return runInRequestScope({ requestId: backgroundId(kind), logger }, work);
}
