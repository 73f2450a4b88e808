import { UpstreamError } from './errors.js';
import type { HttpMethod } from './options.js';

/** Methods a transport repeats unless told otherwise: repeating them cannot do the thing twice. */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE']);

/** May this call be repeated? `idempotent` when the caller said so; otherwise by method (POST and PATCH may not). */
export function isIdempotentCall(method: string, idempotent?: boolean): boolean {
  return idempotent ?? IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** A call as a client's decoder names it in errors. */
export interface DecodedCall {
  method: string;
  /** URL path, never the query. */
  path: string;
  /** As the call was sent (`TransportRequest.idempotent`); omitted: by method. */
  idempotent?: boolean | undefined;
}

/**
 * The error for a 2xx whose body is not what the call answers (a missing id, the wrong root
 * element). For a read, the vendor failed: UPSTREAM_UNAVAILABLE. For a call that may not be
 * repeated, the vendor answered with success, so it may well have carried it out:
 * UPSTREAM_OUTCOME_UNKNOWN, so that nobody repeats it blindly.
 * @param answered what came back, never the body itself: `an unexpected body (ticket.id: expected a record with an id)`
 */
export function unexpectedBodyError(vendor: string, call: DecodedCall, answered: string, status?: number): UpstreamError {
  const write = !isIdempotentCall(call.method, call.idempotent);
  return new UpstreamError({
    code: write ? 'UPSTREAM_OUTCOME_UNKNOWN' : 'UPSTREAM_UNAVAILABLE',
    vendor,
    method: call.method,
    path: call.path,
    ...(status !== undefined && { status }),
    message: `${vendor} answered ${call.method} ${call.path} with ${answered}${write ? `; ${vendor} may have carried it out` : ''}`,
  });
}
