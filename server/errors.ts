import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { PothosValidationError } from '@pothos/core';
import { UpstreamError } from '../clients/transport/errors.js';
import { upstreamMessages } from '../resolvers/upstream-messages.js';
import { IdempotencyKeyInUseError, IdempotentOutcomeUnknownError } from '../resolvers/idempotency/errors.js';
import { InputError, NotFoundError, VendorDisabledError } from '../domain/errors.js';
import { currentRequest, reportVendorFailure } from '../resolvers/request-scope.js';
import { errorWithRequestId } from './observability/request-id.js';
import { activeTraceIds } from './observability/tracing/trace-ids.js';
import { errorWithExtension } from './observability/error-with-extension.js';

/**
 * Turns what a resolver threw into what a client may see. Known domain and upstream
 * errors keep a typed `extensions.code` (and, for upstreams, the vendor); anything else is
 * masked by yoga (its message and stack only in development). Every error leaves with an
 * `extensions.code` (see `withCode`) and without the request's parser detail, and carries the
 * request's `extensions.requestId`, so a client's report finds the server's log lines.
 * Yoga passes it every error it answers with: request parsing, parse and validation, execution.
 */
export function createErrorMasker(isDev: boolean, options: ErrorMaskerOptions = {}) {
  if (!options.traceIds) return (error: unknown, message: string): Error => withRequestId(withCode(mask(error, message, isDev)));
  return (error: unknown, message: string): Error => withTraceId(withRequestId(withCode(mask(error, message, isDev))));
}

export interface ErrorMaskerOptions {
  /** Tracing is on: every error also carries the active trace's `extensions.traceId`. Default false. */
  traceIds?: boolean;
}

/**
 * An error as a graphql-ws message carries it: with a code and none of yoga's internal
 * extensions (`http`, `unexpected`, which yoga drops itself only from HTTP answers).
 */
export function socketError(error: GraphQLError): GraphQLFormattedError {
  const json = withCode(error).toJSON();
  const { http: _http, unexpected: _unexpected, ...extensions } = json.extensions ?? {};
  return { ...json, extensions };
}

function mask(error: unknown, message: string, isDev: boolean): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const located = error instanceof GraphQLError ? error : undefined;
  const extensions = translate(original, isDev);
  if (extensions) {
    if (original instanceof UpstreamError) reportVendorFailure(original.vendor, original.code);
    if (original instanceof IdempotentOutcomeUnknownError && original.vendor) reportVendorFailure(original.vendor, 'UPSTREAM_OUTCOME_UNKNOWN');
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

function withTraceId(error: Error): Error {
  const traceId = activeTraceIds()?.traceId;
  return traceId && error instanceof GraphQLError ? errorWithExtension(error, 'traceId', traceId) : error;
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
  if (error instanceof IdempotentOutcomeUnknownError) {
    return {
      message: error.message,
      extensions: { code: 'UPSTREAM_OUTCOME_UNKNOWN', ...(error.vendor && { vendor: error.vendor }), idempotencyKey: error.idempotencyKey },
    };
  }
  if (error instanceof IdempotencyKeyInUseError) {
    return {
      message: error.message,
      extensions: { code: 'IDEMPOTENCY_KEY_IN_USE', idempotencyKey: error.idempotencyKey, retryAfterSeconds: error.retryAfterSeconds },
    };
  }
  return undefined;
}

/**
 * The error with an `extensions.code` (itself when it has one), and without the parser detail
 * yoga adds to an invalid JSON body (`extensions.originalError`: the SyntaxError, whose message
 * quotes the body, so a 1 MB body answered with megabytes), in every mode. Yoga, graphql-js and
 * Pothos raise some errors with no code; each gets the customary one:
 * - Pothos's input checks (`Invalid global ID: …`) and graphql-js's coercion of variables
 *   (`Variable "$a" got invalid value …`) and arguments (`Argument "first" …`): BAD_USER_INPUT;
 * - graphql-js's syntax errors: GRAPHQL_PARSE_FAILED; other errors located in the document
 *   outside execution: GRAPHQL_VALIDATION_FAILED (yoga codes both, but only over HTTP);
 * - a request error with an HTTP status (yoga's CSRF check: 403 FORBIDDEN; 413 REQUEST_TOO_LARGE);
 * - any other error outside execution (no path: yoga's multipart parser, a malformed request):
 *   BAD_REQUEST, answered 400 (yoga would answer 200);
 * - inside execution (a non-null field that resolved null, a value its type cannot serialise):
 *   INTERNAL_SERVER_ERROR.
 */
export function withCode<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError)) return error;
  const { originalError: detail, ...extensions } = error.extensions;
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : codeFor(error);
  // Development's masked bug keeps its original error (message and stack) for the developer.
  const keepDetail = code === 'INTERNAL_SERVER_ERROR' && detail !== undefined;
  if (code === extensions['code'] && (detail === undefined || keepDetail)) return error;
  const invalidJson = !keepDetail && isSyntaxError(detail);
  // 400 for every media type: yoga told a body that is not JSON by the detail it carried (spec: true aside).
  const http = invalidJson ? { status: 400 } : (extensions['http'] ?? REQUEST_ERROR_HTTP[code]);
  return new GraphQLError(invalidJson ? `The request body is not valid JSON${positionIn(detail.message)}` : error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...extensions, code, ...(http !== undefined && { http }), ...(keepDetail && { originalError: detail }) },
  });
}

/** How yoga answers each request error over HTTP (`spec`: 200 for a legacy `application/json` client). */
const REQUEST_ERROR_HTTP: Record<string, { status: number; spec?: boolean } | undefined> = {
  BAD_REQUEST: { status: 400 },
  GRAPHQL_PARSE_FAILED: { status: 400, spec: true },
  GRAPHQL_VALIDATION_FAILED: { status: 400, spec: true },
};

function codeFor(error: GraphQLError): string {
  if (error instanceof PothosValidationError || error.originalError instanceof PothosValidationError) return 'BAD_USER_INPUT';
  // graphql-js's coercion of the request's variables (before execution) and of a field's arguments (in it).
  if (!error.path && /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type|expected value)/.test(error.message)) return 'BAD_USER_INPUT';
  if (error.path && error.message.startsWith('Argument "')) return 'BAD_USER_INPUT';
  // Yoga codes these only on HTTP; its document cache may hand one that graphql-ws parsed first to HTTP, uncoded.
  if (error.message.startsWith('Syntax Error:')) return 'GRAPHQL_PARSE_FAILED';
  const status = (error.extensions['http'] as { status?: number } | undefined)?.status;
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'REQUEST_TOO_LARGE';
  if (error.path) return 'INTERNAL_SERVER_ERROR';
  // Located in the document but not in execution: a validation rule's.
  return error.locations ? 'GRAPHQL_VALIDATION_FAILED' : 'BAD_REQUEST';
}

function isSyntaxError(detail: unknown): detail is { name: 'SyntaxError'; message: string } {
  return typeof detail === 'object' && detail !== null && (detail as { name?: unknown }).name === 'SyntaxError' && typeof (detail as { message?: unknown }).message === 'string';
}

/** ` (at character 25)` from V8's JSON.parse message, which may go on to quote the text; '' when it names none. */
function positionIn(message: string): string {
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? '' : ` (at character ${position})`;
}
