import { UpstreamError, type UpstreamErrorInit } from './errors.js';
import { parseJson } from './json.js';
import { classifyNetworkFailure } from './network-error.js';
import type { AuthRejectedEvent, CallOutcome, HttpMethod, ResolvedTransportOptions } from './options.js';
import { parseRetryAfter } from './retry-after.js';
import type { SecretSet } from './secrets.js';
import type { VendorErrorInfo } from './vendor-error.js';

export type ParseMode = 'json' | 'text' | 'xml-text' | 'none';

/** A request with everything decided except the auth headers, which each attempt fetches afresh. */
export interface PreparedRequest {
  method: HttpMethod;
  url: URL;
  headers: Record<string, string>;
  body: string | undefined;
  parse: ParseMode;
  idempotent: boolean;
  acceptStatus: ReadonlySet<number>;
  redirect: 'error' | 'return';
  timeoutMs: number;
  signal: AbortSignal | undefined;
  secrets: SecretSet;
}

export type AttemptOutcome =
  | { kind: 'response'; status: number; headers: Headers; body: unknown }
  | {
      kind: 'failure';
      error: UpstreamError;
      /** May the retry policy repeat this call? */
      retryable: boolean;
      /** Does this failure count against the circuit breaker? */
      tripsBreaker: boolean;
      /** The vendor's `Retry-After`, in ms, when it sent one we are willing to honour. */
      retryAfterMs?: number;
      /** Set on 401/403 so the transport can offer `onAuthRejected` a refresh. */
      authRejected?: AuthRejectedEvent;
    };

export type FailureOutcome = Extract<AttemptOutcome, { kind: 'failure' }>;

/** Statuses worth repeating for an idempotent call: transient server or gateway trouble. 501/505 are not transient. */
const RETRYABLE_5XX = new Set([500, 502, 503, 504]);

const ACCEPT: Record<ParseMode, string> = {
  json: 'application/json',
  'xml-text': 'application/xml, text/xml;q=0.9, */*;q=0.1',
  text: '*/*',
  none: '*/*',
};

export function acceptHeaderFor(parse: ParseMode): string {
  return ACCEPT[parse];
}

function tryParseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return parseJson(trimmed);
  } catch {
    return undefined;
  }
}

/** Thrown when the caller's signal aborted: not an upstream failure, so not an UpstreamError. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * One HTTP exchange, turned into an outcome the retry and breaker policies can judge.
 * Never throws except when the caller aborted.
 */
export async function runAttempt(
  options: ResolvedTransportOptions,
  request: PreparedRequest,
  attempt: number,
): Promise<AttemptOutcome> {
  const { vendor } = options;
  const { method, secrets } = request;
  const started = performance.now();
  const path = () => secrets.scrub(request.url.pathname);

  const report = (outcome: CallOutcome, status?: number): void => {
    if (!options.onCall) return;
    const event = { vendor, method, path: path(), durationMs: performance.now() - started, attempt, outcome };
    try {
      options.onCall(status === undefined ? event : { ...event, status });
    } catch {
      // A metrics hook must never break a call.
    }
  };

  const failure = (
    init: Omit<UpstreamErrorInit, 'vendor' | 'method' | 'path' | 'attempts'>,
    flags: Omit<FailureOutcome, 'kind' | 'error'>,
  ): FailureOutcome => ({
    kind: 'failure',
    error: new UpstreamError({
      ...init,
      message: secrets.scrub(init.message),
      vendor,
      method,
      path: path(),
      attempts: attempt,
    }),
    ...flags,
  });

  if (request.signal?.aborted) {
    report('aborted');
    throw abortReason(request.signal);
  }

  let authHeaders: Record<string, string> = {};
  if (options.auth) {
    try {
      authHeaders = await options.auth({ method, url: new URL(request.url) });
    } catch (error) {
      report('refused');
      if (error instanceof UpstreamError) return { kind: 'failure', error, retryable: false, tripsBreaker: false };
      // The provider's own message may quote what it was given: keep only the error's type.
      const name = error instanceof Error ? error.name : typeof error;
      return failure(
        { code: 'UPSTREAM_UNAVAILABLE', message: `${vendor}: could not obtain credentials for ${method} ${path()} (${name})` },
        { retryable: false, tripsBreaker: false },
      );
    }
    secrets.addHeaders(authHeaders);
  }

  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, {
      method,
      headers: { ...request.headers, ...authHeaders },
      body: request.body,
      signal,
      redirect: 'manual',
    });
    // The body is read under the same timeout: a vendor that stalls mid-body times out too.
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) {
      report('aborted');
      throw abortReason(request.signal);
    }
    if (timeout.aborted) {
      report('timeout');
      return failure(
        { code: 'UPSTREAM_TIMEOUT', message: `${vendor} did not answer ${method} ${path()} within ${request.timeoutMs} ms` },
        { retryable: request.idempotent, tripsBreaker: true },
      );
    }
    const network = classifyNetworkFailure(error);
    if (network.kind === 'connection') {
      report('connection_error');
      return failure(
        { code: 'UPSTREAM_UNAVAILABLE', message: `${vendor}: connection failed for ${method} ${path()} (${network.code})` },
        // A call that never reached the server may be repeated whatever its method.
        { retryable: request.idempotent || network.neverSent, tripsBreaker: true },
      );
    }
    report('refused');
    return failure(
      { code: 'UPSTREAM_UNAVAILABLE', message: `${vendor}: ${method} ${path()} could not be sent (${network.message})` },
      { retryable: false, tripsBreaker: false },
    );
  }

  const { status, headers } = response;
  const is2xx = status >= 200 && status < 300;

  if (is2xx || request.acceptStatus.has(status)) {
    let body: unknown = null;
    if (request.parse === 'text' || request.parse === 'xml-text') {
      body = text;
    } else if (request.parse === 'json' && text.trim() !== '') {
      try {
        body = parseJson(text);
      } catch {
        if (is2xx) {
          report('malformed', status);
          return failure(
            {
              code: 'UPSTREAM_UNAVAILABLE',
              status,
              message: `${vendor} answered ${method} ${path()} with ${status} but a body that is not valid JSON`,
            },
            { retryable: request.idempotent, tripsBreaker: true },
          );
        }
        body = null;
      }
    }
    report('success', status);
    return { kind: 'response', status, headers, body };
  }

  if (status >= 300 && status < 400) {
    if (request.redirect === 'return') {
      report('redirect', status);
      return { kind: 'response', status, headers, body: text };
    }
    report('redirect', status);
    // The Location is not quoted: it may carry a token.
    return failure(
      { code: 'UPSTREAM_UNAVAILABLE', status, message: `${vendor} answered ${method} ${path()} with an unexpected redirect (${status})` },
      { retryable: false, tripsBreaker: false },
    );
  }

  const info = decodeVendorError(options, status, text, secrets);
  const said = info.message ? `: ${info.message}` : '';
  const vendorFields = {
    status,
    ...(info.message !== undefined && { vendorMessage: info.message }),
    ...(info.code !== undefined && { vendorCode: info.code }),
    ...(info.details !== undefined && { details: info.details }),
  };
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
  const retryAfter =
    retryAfterMs === undefined ? {} : { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
  const overCap = retryAfterMs !== undefined && retryAfterMs > options.maxRetryAfterMs;
  const honoured = retryAfterMs !== undefined && !overCap ? { retryAfterMs } : {};

  if (status === 429) {
    report('rate_limited', status);
    const wait = retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(retryAfterMs / 1000)} s`;
    return failure(
      { code: 'UPSTREAM_RATE_LIMITED', ...vendorFields, ...retryAfter, message: `${vendor} rate-limited ${method} ${path()} (429)${wait}` },
      // A rate limit means the vendor is healthy: it does not trip the breaker.
      { retryable: request.idempotent && !overCap, tripsBreaker: false, ...honoured },
    );
  }

  if (status >= 500) {
    report('server_error', status);
    return failure(
      { code: 'UPSTREAM_UNAVAILABLE', ...vendorFields, ...retryAfter, message: `${vendor} failed ${method} ${path()} with ${status}${said}` },
      { retryable: request.idempotent && RETRYABLE_5XX.has(status) && !overCap, tripsBreaker: true, ...honoured },
    );
  }

  report('rejected', status);
  const authRejected =
    status === 401 || status === 403
      ? {
          authRejected: {
            status,
            ...(info.code !== undefined && { vendorCode: info.code }),
            ...(info.message !== undefined && { vendorMessage: info.message }),
          },
        }
      : {};
  return failure(
    { code: 'UPSTREAM_REJECTED', ...vendorFields, message: `${vendor} rejected ${method} ${path()} with ${status}${said}` },
    // The vendor answered and is healthy; repeating a refused call would be refused again.
    { retryable: false, tripsBreaker: false, ...authRejected },
  );
}

function decodeVendorError(
  options: ResolvedTransportOptions,
  status: number,
  text: string,
  secrets: SecretSet,
): VendorErrorInfo {
  let info: VendorErrorInfo;
  try {
    info = options.decodeError(status, tryParseJson(text), text);
  } catch {
    info = {};
  }
  const clean: VendorErrorInfo = {};
  if (info.message !== undefined) clean.message = secrets.scrub(info.message);
  if (info.code !== undefined) clean.code = secrets.scrub(info.code);
  const details = secrets.scrubDetails(info.details);
  if (details !== undefined) clean.details = details;
  return clean;
}
