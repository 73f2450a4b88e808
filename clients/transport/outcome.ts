import type { Span } from '@opentelemetry/api';
import { noteAttempt } from './call-span.js';
import type { Deadline } from './deadline.js';
import { UpstreamError, type UpstreamErrorInit } from './errors.js';
import type { AuthRejectedEvent, CallOutcome, HttpMethod, ResolvedTransportOptions } from './options.js';
import type { SecretSet } from './secrets.js';

/**
 * How a successful body is read. `'stream'`: not read at all: the response's `body` is the web
 * `ReadableStream` (empty when there is none), which the caller must read to its end or cancel; its
 * reading is still bounded by the attempt's timeout and the call's signal, and a failure while it is
 * read reaches the caller as the stream's error (not retried, not counted by the breaker).
 */
export type ParseMode = 'json' | 'text' | 'xml-text' | 'none' | 'stream';

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
  /** Per-attempt timeout; the deadline may cut it shorter. */
  timeoutMs: number;
  /** The whole call's budget, started when the request was prepared. */
  deadline: Deadline;
  signal: AbortSignal | undefined;
  secrets: SecretSet;
  /** The call's span (the API's no-op while tracing is off): each attempt is an event on it. */
  span: Span;
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
      /** The wait before the next attempt, chosen once the attempt failed (see policies.ts `planRetry`). */
      retryDelayMs?: number;
      /** Set on 401/403 so the transport can offer `onAuthRejected` a refresh. */
      authRejected?: AuthRejectedEvent;
    };

export type FailureOutcome = Extract<AttemptOutcome, { kind: 'failure' }>;

/** One attempt's bookkeeping: its call event and the errors it builds, all scrubbed of secrets. */
export class AttemptContext {
  private readonly started = performance.now();

  constructor(
    readonly options: ResolvedTransportOptions,
    readonly request: PreparedRequest,
    readonly attempt: number,
  ) {}

  /** The URL path for messages and events: never the query, secrets scrubbed. */
  get path(): string {
    return this.request.secrets.scrub(this.request.url.pathname);
  }

  /** `GET /api/v2/tickets.json`, for messages. */
  get call(): string {
    return `${this.request.method} ${this.path}`;
  }

  report(outcome: CallOutcome, status?: number): void {
    const { onCall, vendor } = this.options;
    if (!onCall && !this.request.span.isRecording()) return;
    const event = {
      vendor,
      method: this.request.method,
      path: this.path,
      durationMs: performance.now() - this.started,
      attempt: this.attempt,
      outcome,
    };
    const reported = status === undefined ? event : { ...event, status };
    noteAttempt(this.request.span, reported);
    try {
      onCall?.(reported);
    } catch {
      // A metrics hook must never break a call.
    }
  }

  failure(
    init: Omit<UpstreamErrorInit, 'vendor' | 'method' | 'path' | 'attempts'>,
    flags: Omit<FailureOutcome, 'kind' | 'error'>,
  ): FailureOutcome {
    const error = new UpstreamError({
      ...init,
      message: this.request.secrets.scrub(init.message),
      vendor: this.options.vendor,
      method: this.request.method,
      path: this.path,
      attempts: this.attempt,
    });
    return { kind: 'failure', error, ...flags };
  }
}
