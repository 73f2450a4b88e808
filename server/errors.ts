import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { UpstreamError } from '../clients/transport/errors.js';
import { upstreamMessages } from '../resolvers/upstream-messages.js';
import { InputError, NotFoundError, VendorDisabledError } from '../domain/errors.js';
import { currentRequest, reportVendorFailure } from '../resolvers/request-scope.js';
import { errorWithRequestId } from './observability/request-id.js';

/**
 * Turns what a resolver threw into what a client may see. Known domain and upstream
 * errors keep a typed `extensions.code` (and, for upstreams, the vendor); anything else is
 * masked by yoga (its message and stack only in development). Every error carries the
 * request's `extensions.requestId`, so a client's report finds the server's log lines.
 */
export function createErrorMasker(isDev: boolean) {
  return (error: unknown, message: string): Error => withRequestId(mask(error, message, isDev));
}

function mask(error: unknown, message: string, isDev: boolean): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const located = error instanceof GraphQLError ? error : undefined;
  const extensions = translate(original, isDev);
  if (extensions) {
    if (original instanceof UpstreamError) reportVendorFailure(original.vendor, original.code);
    return new GraphQLError(extensions.message, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: extensions.extensions,
    });
  }
  return yogaMaskError(error, message, isDev);
}

/** True for the errors the gateway means to show (typed codes), as opposed to bugs. */
export function isExpectedError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return original instanceof GraphQLError || translate(original, false) !== undefined;
}

function withRequestId(error: Error): Error {
  const requestId = currentRequest()?.requestId;
  return requestId && error instanceof GraphQLError ? errorWithRequestId(error, requestId) : error;
}

/**
 * Statuses whose vendor message is about the gateway's own credentials or the vendor's
 * internals, not the caller's input: production keeps the code and status, drops the text.
 */
const INTERNAL_REJECTIONS = new Set([401, 403, 407]);

function translate(error: unknown, isDev: boolean): { message: string; extensions: Record<string, unknown> } | undefined {
  if (error instanceof UpstreamError) {
    const internal = !isDev && error.status !== undefined && INTERNAL_REJECTIONS.has(error.status);
    const detail = error.code === 'UPSTREAM_REJECTED' && error.vendorMessage && !internal ? `: ${error.vendorMessage}` : '';
    return {
      message: `${error.vendor} ${upstreamMessages[error.code]}${detail}`,
      extensions: {
        code: error.code,
        vendor: error.vendor,
        ...(error.status !== undefined && { status: error.status }),
        ...(error.retryAfterSeconds !== undefined && { retryAfterSeconds: error.retryAfterSeconds }),
      },
    };
  }
  if (error instanceof NotFoundError) {
    return { message: error.message, extensions: { code: 'NOT_FOUND', resource: error.resource, id: error.id } };
  }
  if (error instanceof VendorDisabledError) {
    return { message: error.message, extensions: { code: 'VENDOR_DISABLED', vendor: error.vendor } };
  }
  if (error instanceof InputError) {
    return { message: error.message, extensions: { code: 'BAD_USER_INPUT', issues: error.issues } };
  }
  return undefined;
}
