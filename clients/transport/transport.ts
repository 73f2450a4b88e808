import { BrokenCircuitError } from 'cockatiel';
import { SpanKind, type Span } from '@opentelemetry/api';
import { describeCall, noteAttempt, noteBreaker, noteRetryWait } from './call-span.js';
import { inSpan } from './in-span.js';
import { abortReason, acceptHeaderFor, runAttempt } from './attempt.js';
import { Deadline } from './deadline.js';
import { budgetRemainingMs } from './request-budget.js';
import { UpstreamError } from './errors.js';
import type { AttemptOutcome, FailureOutcome, ParseMode, PreparedRequest } from './outcome.js';
import { stringifyJson } from './json.js';
import {
  resolveTransportOptions,
  validDeadline,
  type HttpMethod,
  type ResolvedTransportOptions,
  type TransportOptions,
} from './options.js';
import { createBreakerPolicy, createRetryPolicy, planRetry, toBreakerState, type BreakerState } from './policies.js';
import { buildRequestUrl, CrossOriginRequestError, type QueryParams } from './request-url.js';
import { SecretSet } from './secrets.js';
import { isIdempotentCall } from './unexpected-body.js';
import { defaultVendorErrorDecoder } from './vendor-error.js';

export interface TransportRequest {
  method: HttpMethod;
  /** Appended to the base URL (`/tickets.json`), or an absolute URL on the base URL's origin (a `next` link). */
  path: string;
  query?: QueryParams;
  /** JSON body; `bigint` values are written as JSON numbers. */
  json?: unknown;
  /** Form body (`application/x-www-form-urlencoded`). */
  form?: Record<string, string | number | boolean | undefined> | URLSearchParams;
  headers?: Record<string, string>;
  /**
   * May this call be repeated? Default: true for GET, HEAD, PUT, DELETE; false for POST, PATCH.
   * Mark a POST idempotent only when repeating it cannot do the thing twice.
   */
  idempotent?: boolean;
  /** How to read a successful body. Default `'json'` (empty body → null). */
  parse?: ParseMode;
  /** Non-2xx statuses to return instead of throwing, e.g. `[404]` for "not found → null". */
  acceptStatus?: readonly number[];
  /** `'error'` (default): a 3xx fails the call. `'return'`: the 3xx is returned (body as text). Redirects are never followed. */
  redirect?: 'error' | 'return';
  /**
   * Cancels the call and its retries; the call then rejects with the signal's reason. A signal
   * carrying an operation's budget (withRequestBudget) also bounds the call to what is left of it.
   */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call. Default: the transport's `timeoutMs`. */
  timeoutMs?: number;
  /** Budget for this whole call (attempts and waits), e.g. longer for a background sync. Default: the transport's `deadlineMs`. */
  deadlineMs?: number;
  /** Further strings to scrub from errors (e.g. a refresh token sent in a form body). */
  secrets?: readonly string[];
}

export interface TransportResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Transport {
  readonly vendor: string;
  /** The normalised base URL (no query, no trailing slash kept by requests). */
  readonly baseUrl: string;
  /**
   * Sends one call with timeout, retries and the circuit breaker.
   * @throws UpstreamError for every vendor-side failure; the signal's reason when aborted.
   */
  request<T = unknown>(request: TransportRequest): Promise<TransportResponse<T>>;
  /** The circuit breaker's state, for readiness checks. */
  breakerState(): BreakerState;
  /** Subscribes to breaker state changes; returns an unsubscribe function. */
  onBreakerStateChange(listener: (state: BreakerState) => void): () => void;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/** Rejects as soon as the signal aborts, even while the retry policy is sleeping between attempts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  // The retry loop stops by itself at its next attempt; keep its late rejection from being reported as unhandled.
  promise.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function prepare(
  options: ResolvedTransportOptions,
  request: TransportRequest,
  url: URL,
  knownSecrets: SecretSet,
  span: Span,
): PreparedRequest {
  if (request.json !== undefined && request.form !== undefined) {
    throw new TypeError('a transport request takes json or form, not both');
  }
  const parse = request.parse ?? 'json';
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: acceptHeaderFor(parse),
    ...request.headers,
  };
  let body: string | undefined;
  if (request.json !== undefined) {
    body = stringifyJson(request.json);
    if (!hasHeader(headers, 'content-type')) headers['content-type'] = 'application/json';
  } else if (request.form !== undefined) {
    const form =
      request.form instanceof URLSearchParams
        ? request.form
        : new URLSearchParams(
            Object.entries(request.form).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
          );
    body = form.toString();
    if (!hasHeader(headers, 'content-type')) headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  return {
    method: request.method,
    url,
    headers,
    body,
    parse,
    idempotent: isIdempotentCall(request.method, request.idempotent),
    acceptStatus: new Set(request.acceptStatus ?? []),
    redirect: request.redirect ?? 'error',
    timeoutMs: request.timeoutMs ?? options.timeoutMs,
    // The call's own budget, cut to what is left of its operation's (REQUEST_DEADLINE_MS) when the signal carries one.
    deadline: new Deadline(
      Math.min(
        request.deadlineMs === undefined ? options.deadlineMs : validDeadline('deadlineMs', request.deadlineMs),
        budgetRemainingMs(request.signal) ?? Infinity,
      ),
    ),
    signal: request.signal,
    secrets: new SecretSet(knownSecrets).addHeaders(request.headers ?? {}).add(...(request.secrets ?? [])),
    span,
  };
}

/**
 * The HTTP transport every vendor client sits on: one per vendor, so the circuit breaker is
 * per vendor. See clients/transport/README.md for the retry and breaker rules.
 */
export function createTransport(transportOptions: TransportOptions): Transport {
  const options = resolveTransportOptions(transportOptions, defaultVendorErrorDecoder);
  const retryPolicy = createRetryPolicy(options);
  const breakerPolicy = createBreakerPolicy(options);
  /** Every credential this transport has sent lately, scrubbed from all its errors. */
  const knownSecrets = new SecretSet(undefined, undefined, options.credentials);

  /** A call stopped before any request: reported like an attempt, failed as UNAVAILABLE. */
  const refuse = (
    method: HttpMethod,
    path: string,
    message: string,
    attempts: number,
    outcome: 'refused' | 'breaker_open',
    span?: Span,
  ): UpstreamError => {
    const event = { vendor: options.vendor, method, path, durationMs: 0, attempt: attempts + 1, outcome };
    if (span) noteAttempt(span, event);
    try {
      options.onCall?.(event);
    } catch {
      // A metrics hook must never break a call.
    }
    return new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: options.vendor, message, method, path, attempts });
  };

  /**
   * Runs the call through retry (outer) and breaker (inner): every attempt counts in the
   * breaker. The call's deadline is checked around each attempt: none starts once it has
   * passed (the last failure stands), and `planRetry` drops a wait that would outlast it.
   * `previous` is the failure that led to this run (the auth rejection before a refresh).
   */
  async function runWithPolicies(prepared: PreparedRequest, previous?: FailureOutcome): Promise<AttemptOutcome> {
    let attempts = 0;
    let lastFailure = previous;
    try {
      return await raceAbort(
        retryPolicy.execute(async (retryContext): Promise<AttemptOutcome> => {
          // A wait timer that fired late, or a slow refresh, may have used up the budget.
          if (lastFailure && prepared.deadline.passed) return { ...lastFailure, retryable: false };
          const outcome = await breakerPolicy.execute(() => {
            attempts = retryContext.attempt + 1;
            return runAttempt(options, prepared, attempts);
          });
          const planned = planRetry(outcome, attempts, options, prepared.deadline);
          if (planned.kind === 'failure') lastFailure = planned;
          if (planned.kind === 'failure' && planned.retryDelayMs !== undefined) noteRetryWait(prepared.span, attempts, planned.retryDelayMs);
          return planned;
        }, prepared.signal),
        prepared.signal,
      );
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        const path = prepared.secrets.scrub(prepared.url.pathname);
        throw refuse(
          prepared.method,
          path,
          `${options.vendor} is unavailable: circuit breaker open after repeated failures; ${prepared.method} ${path} was not sent`,
          attempts,
          'breaker_open',
          prepared.span,
        );
      }
      throw error;
    }
  }

  /** The call through the policies, with one refresh-and-repeat on an auth rejection. */
  async function send<T>(prepared: PreparedRequest): Promise<TransportResponse<T>> {
    let outcome = await runWithPolicies(prepared);
    if (outcome.kind === 'failure' && outcome.authRejected && options.onAuthRejected) {
      // One refresh-and-repeat per call, so a vendor that keeps refusing cannot loop us.
      let refreshed = false;
      try {
        // A refresh others share is waited for only as long as this call's deadline.
        const answer = await Promise.race([
          options.onAuthRejected(outcome.authRejected),
          new Promise<'deadline'>((resolve) => setTimeout(resolve, prepared.deadline.remainingMs(), 'deadline').unref()),
        ]);
        if (answer === 'deadline') {
          const path = prepared.secrets.scrub(prepared.url.pathname);
          throw new UpstreamError({
            code: 'UPSTREAM_TIMEOUT',
            vendor: options.vendor,
            method: prepared.method,
            path,
            message: `${options.vendor}: the ${prepared.deadline.budgetMs} ms deadline for ${prepared.method} ${path} passed while its credentials were being renewed`,
          });
        }
        refreshed = answer;
      } catch (error) {
        if (error instanceof UpstreamError) throw error;
        refreshed = false;
      }
      if (refreshed) outcome = await runWithPolicies(prepared, outcome);
    }
    if (outcome.kind === 'failure') throw outcome.error;
    return { status: outcome.status, headers: outcome.headers, body: outcome.body as T };
  }

  return {
    vendor: options.vendor,
    baseUrl: options.baseUrl.href.replace(/\/+$/, ''),

    async request<T = unknown>(request: TransportRequest): Promise<TransportResponse<T>> {
      let url: URL;
      try {
        url = buildRequestUrl(options.baseUrl, request.path, request.query);
      } catch (error) {
        if (error instanceof CrossOriginRequestError) {
          throw refuse(request.method, '(other origin)', `${options.vendor}: ${error.message}`, 0, 'refused');
        }
        throw error;
      }
      // One span per call (attempts are its events), a child of the operation, poll, page or push that made it.
      return inSpan('vendor call', { kind: SpanKind.CLIENT }, async (span) => {
        const prepared = prepare(options, request, url, knownSecrets, span);
        describeCall(span, options.vendor, request.method, url, prepared.secrets.scrub(url.pathname));
        try {
          return await send<T>(prepared);
        } finally {
          noteBreaker(span, toBreakerState(breakerPolicy.state));
        }
      });
    },

    breakerState: () => toBreakerState(breakerPolicy.state),

    onBreakerStateChange(listener) {
      const subscription = breakerPolicy.onStateChange((state) => listener(toBreakerState(state)));
      return () => subscription.dispose();
    },
  };
}
