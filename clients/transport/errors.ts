/**
 * The one error type every vendor client throws. Resolvers map `code` onto the GraphQL
 * error's `extensions.code` and `vendor` onto `extensions.vendor`.
 *
 * Built only from values the transport chose to keep: never a request header, a URL query
 * string or a raw network error (undici's `cause` objects can carry request details), so it
 * is safe to log, serialise or show.
 */
export type UpstreamErrorCode =
  /** The vendor failed: 5xx, connection error, malformed body, or the circuit breaker is open (for a write: it was not carried out, or the vendor said it failed). */
  | 'UPSTREAM_UNAVAILABLE'
  /** The vendor did not answer within the timeout (after any retries). */
  | 'UPSTREAM_TIMEOUT'
  /** The vendor answered 429 and kept doing so, or asked us to wait longer than we are willing to. */
  | 'UPSTREAM_RATE_LIMITED'
  /** The vendor answered a 4xx (other than 429): it understood the call and refused it. */
  | 'UPSTREAM_REJECTED'
  /**
   * A call that may not be repeated (a POST or PATCH not marked idempotent, a PUT adding a comment)
   * may have been carried out, but its answer was lost: cut by a timeout or a dropped connection
   * after the request was sent, or a 2xx whose body could not be read. Repeating it may do it twice.
   */
  | 'UPSTREAM_OUTCOME_UNKNOWN';

export interface UpstreamErrorInit {
  code: UpstreamErrorCode;
  vendor: string;
  message: string;
  status?: number;
  vendorMessage?: string;
  vendorCode?: string;
  details?: Record<string, string[]>;
  retryAfterSeconds?: number;
  /** HTTP method of the call that failed. */
  method?: string;
  /** URL path (never the query string) of the call that failed. */
  path?: string;
  /** How many attempts were made before giving up (0 when no request was sent). */
  attempts?: number;
}

export class UpstreamError extends Error {
  readonly code: UpstreamErrorCode;
  readonly vendor: string;
  readonly status?: number;
  /** The vendor's own human-readable message (e.g. Zendesk's `description`). */
  readonly vendorMessage?: string;
  /** The vendor's own machine-readable code (e.g. Zendesk's `error: "RecordInvalid"`). */
  readonly vendorCode?: string;
  /** Validation messages per field, e.g. `{ subject: ['Subject: cannot be blank'] }`. */
  readonly details?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;
  readonly method?: string;
  readonly path?: string;
  readonly attempts?: number;

  constructor(init: UpstreamErrorInit) {
    super(init.message);
    this.name = 'UpstreamError';
    this.code = init.code;
    this.vendor = init.vendor;
    // Only set what is known, so JSON and inspect output stay short.
    if (init.status !== undefined) this.status = init.status;
    if (init.vendorMessage !== undefined) this.vendorMessage = init.vendorMessage;
    if (init.vendorCode !== undefined) this.vendorCode = init.vendorCode;
    if (init.details !== undefined) this.details = init.details;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.method !== undefined) this.method = init.method;
    if (init.path !== undefined) this.path = init.path;
    if (init.attempts !== undefined) this.attempts = init.attempts;
  }

  /** Plain data for logs and GraphQL `extensions` (no stack). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      vendor: this.vendor,
      status: this.status,
      vendorMessage: this.vendorMessage,
      vendorCode: this.vendorCode,
      details: this.details,
      retryAfterSeconds: this.retryAfterSeconds,
      method: this.method,
      path: this.path,
      attempts: this.attempts,
    };
  }
}

export function isUpstreamError(value: unknown): value is UpstreamError {
  return value instanceof UpstreamError;
}
