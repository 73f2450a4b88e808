import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

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
