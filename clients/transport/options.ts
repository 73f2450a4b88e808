import type { VendorErrorInfo } from './vendor-error.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Headers to add to one request; the function may refresh a token first. */
export type AuthProvider = (request: { method: HttpMethod; url: URL }) =>
  | Record<string, string>
  | Promise<Record<string, string>>;

/** What the vendor said when it refused our credentials (401 or 403). */
export interface AuthRejectedEvent {
  status: number;
  vendorCode?: string;
  vendorMessage?: string;
}

/** How one attempt ended, as reported to {@link TransportOptions.onCall}. */
export type CallOutcome =
  | 'success'
  | 'rejected'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'connection_error'
  | 'malformed'
  | 'redirect'
  | 'aborted'
  /** Stopped before sending: another origin, credentials unavailable, or a request that could not be built. */
  | 'refused'
  /** Stopped by the open circuit breaker, without a request. */
  | 'breaker_open';

/** One attempt (one HTTP exchange, or one refusal without a request), for metrics and logs. */
export interface CallEvent {
  vendor: string;
  method: HttpMethod;
  /** URL path only: never the query string, which may carry credentials for some vendors. */
  path: string;
  /** HTTP status, when a response arrived. */
  status?: number;
  durationMs: number;
  /** 1 for the first attempt. */
  attempt: number;
  outcome: CallOutcome;
}

/** Turns a vendor's error body into message, code and field details. */
export type VendorErrorDecoder = (status: number, body: unknown, text: string) => VendorErrorInfo;

export interface TransportOptions {
  /** Vendor name used in errors and call events, e.g. `"zendesk"`. Required. */
  vendor: string;
  /** Base URL every relative `path` is appended to, e.g. `https://acme.zendesk.com/api/v2`. Required. */
  baseUrl: string;
  /** Returns the auth headers for each attempt (called again on every retry). Default: none. */
  auth?: AuthProvider;
  /**
   * Called when the vendor answers 401/403. Return `true` after refreshing credentials to
   * have the transport repeat the call once (with fresh `auth` headers), whatever its method:
   * a call refused for its credentials was not carried out. Default: never repeat.
   */
  onAuthRejected?: (event: AuthRejectedEvent) => boolean | Promise<boolean>;
  /** Timeout per attempt, covering headers and body, in ms. Default 5000. */
  timeoutMs?: number;
  /**
   * Longest one call may take, in ms: all its attempts and the backoff or `Retry-After` waits
   * between them. No attempt starts after it; an attempt in flight is cut at it (its timeout is
   * min(`timeoutMs`, time left)) and fails `UPSTREAM_TIMEOUT`; a wait that would end at or past
   * it is not taken: the call fails at once with the last attempt's error. Keep it under the
   * gateway's proxy timeout. `Infinity` turns it off. Default 15000.
   */
  deadlineMs?: number;
  /** Retries after the first attempt, for calls that may be retried. Default 3. */
  retries?: number;
  /** Exponential backoff with full jitter: delay = random(0, min(capMs, baseMs * 2^n)). Defaults 100 / 5000 ms. */
  backoff?: { baseMs?: number; capMs?: number };
  /**
   * Longest `Retry-After` the transport will wait, in ms. A longer one fails the call at once
   * (`UPSTREAM_RATE_LIMITED` with `retryAfterSeconds`) instead of holding the caller. Default 30000.
   */
  maxRetryAfterMs?: number;
  /** Circuit breaker: opens after `consecutiveFailures` failures in a row; lets one probe through after `halfOpenAfterMs`. Defaults 5 / 10000 ms. */
  breaker?: { consecutiveFailures?: number; halfOpenAfterMs?: number };
  /** `User-Agent` header. Default `switchboard/0.1`. */
  userAgent?: string;
  /** Called after every attempt; exceptions it throws are ignored. Default: none. */
  onCall?: (event: CallEvent) => void;
  /** Reads the vendor's error bodies. Default: {@link defaultVendorErrorDecoder}. */
  decodeError?: VendorErrorDecoder;
  /**
   * Every credential the gateway is configured with, any vendor's: scrubbed from this
   * transport's errors too, since a vendor may echo another's (a 422 quoting a password). Default none.
   */
  credentials?: readonly string[];
}

/** {@link TransportOptions} with every default filled in. */
export interface ResolvedTransportOptions {
  vendor: string;
  baseUrl: URL;
  auth: AuthProvider | undefined;
  onAuthRejected: TransportOptions['onAuthRejected'];
  timeoutMs: number;
  deadlineMs: number;
  retries: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  maxRetryAfterMs: number;
  breakerFailures: number;
  breakerHalfOpenAfterMs: number;
  userAgent: string;
  onCall: TransportOptions['onCall'];
  decodeError: VendorErrorDecoder;
  credentials: readonly string[];
}

export const TRANSPORT_DEFAULTS = {
  timeoutMs: 5000,
  deadlineMs: 15_000,
  retries: 3,
  backoffBaseMs: 100,
  backoffCapMs: 5000,
  maxRetryAfterMs: 30_000,
  breakerFailures: 5,
  breakerHalfOpenAfterMs: 10_000,
  userAgent: 'switchboard/0.1',
} as const;

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`transport option ${name} must be a non-negative number`);
  return value;
}

/** A deadline: a positive number of ms, or `Infinity` for none. */
export function validDeadline(name: string, value: number): number {
  if (Number.isNaN(value) || value <= 0) throw new RangeError(`transport option ${name} must be a positive number of ms (or Infinity)`);
  return value;
}

export function resolveTransportOptions(
  options: TransportOptions,
  defaultDecoder: VendorErrorDecoder,
): ResolvedTransportOptions {
  if (!options.vendor) throw new TypeError('transport option vendor is required');
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl);
  } catch {
    // Do not echo the value: a misconfigured URL may hold credentials.
    throw new TypeError(`transport option baseUrl for ${options.vendor} is not a valid URL`);
  }
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
    throw new TypeError(`transport option baseUrl for ${options.vendor} must be http or https`);
  }
  if (baseUrl.username || baseUrl.password) {
    throw new TypeError(`transport option baseUrl for ${options.vendor} must not carry credentials; use auth`);
  }
  baseUrl.search = '';
  baseUrl.hash = '';
  const d = TRANSPORT_DEFAULTS;
  return {
    vendor: options.vendor,
    baseUrl,
    auth: options.auth,
    onAuthRejected: options.onAuthRejected,
    timeoutMs: nonNegative('timeoutMs', options.timeoutMs ?? d.timeoutMs),
    deadlineMs: validDeadline('deadlineMs', options.deadlineMs ?? d.deadlineMs),
    retries: Math.floor(nonNegative('retries', options.retries ?? d.retries)),
    backoffBaseMs: nonNegative('backoff.baseMs', options.backoff?.baseMs ?? d.backoffBaseMs),
    backoffCapMs: nonNegative('backoff.capMs', options.backoff?.capMs ?? d.backoffCapMs),
    maxRetryAfterMs: nonNegative('maxRetryAfterMs', options.maxRetryAfterMs ?? d.maxRetryAfterMs),
    breakerFailures: Math.max(1, Math.floor(options.breaker?.consecutiveFailures ?? d.breakerFailures)),
    breakerHalfOpenAfterMs: nonNegative('breaker.halfOpenAfterMs', options.breaker?.halfOpenAfterMs ?? d.breakerHalfOpenAfterMs),
    userAgent: options.userAgent ?? d.userAgent,
    onCall: options.onCall,
    decodeError: options.decodeError ?? defaultDecoder,
    credentials: options.credentials ?? [],
  };
}
