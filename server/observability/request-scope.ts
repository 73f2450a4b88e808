import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';

/**
 * What the gateway knows about the request being served, wherever in its async call tree
 * code runs: the logger adds `requestId` to every line from it, and vendor failures are
 * logged once per request.
 */
export interface RequestScope {
  requestId: string;
  /** The app's logger (the scope may outlive nothing: it is dropped with the request). */
  logger: Logger;
  /** `vendor code` pairs already logged for this request. */
  reported: Set<string>;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it starts) inside the request's scope. */
export function runInRequestScope<T>(scope: Omit<RequestScope, 'reported'>, work: () => T): T {
  return storage.run({ ...scope, reported: new Set() }, work);
}

/** The scope of the request this code runs for, if any. */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/**
 * Logs, at warn and once per request, that a vendor failed it (a null field or an
 * `unavailableVendors` entry): vendor and typed code only, never the vendor's message.
 */
export function reportVendorFailure(vendor: string, code: string): void {
  const scope = storage.getStore();
  if (!scope) return;
  const key = `${vendor} ${code}`;
  if (scope.reported.has(key)) return;
  scope.reported.add(key);
  scope.logger.warn({ vendor, code }, `${vendor} failed this request (${code})`);
}

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
