import { parseJson } from './json.js';
import type { AttemptContext, AttemptOutcome } from './outcome.js';
import type { ResolvedTransportOptions } from './options.js';
import { parseRetryAfter } from './retry-after.js';
import type { SecretSet } from './secrets.js';
import type { VendorErrorInfo } from './vendor-error.js';

/** Statuses worth repeating for an idempotent call: transient server or gateway trouble. 501/505 are not transient. */
const RETRYABLE_5XX = new Set([500, 502, 503, 504]);

/**
 * Whether a call whose answer was lost may have been carried out, and a repeat could do it twice:
 * a call that may not be repeated, with no status yet (cut before the headers) or a 2xx (cut, or
 * unreadable, after them). A 4xx or 5xx is the vendor saying it did not do it.
 */
export function writeMayHaveHappened(request: { idempotent: boolean }, status: number | undefined): boolean {
  return !request.idempotent && (status === undefined || (status >= 200 && status < 300));
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

/**
 * Judges a complete response: a result for the caller, or a failure marked retryable and/or
 * tripping the breaker. The rules are listed in clients/transport/README.md.
 */
export function outcomeForResponse(
  ctx: AttemptContext,
  status: number,
  headers: Headers,
  text: string,
): AttemptOutcome {
  const { options, request } = ctx;
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
          ctx.report('malformed', status);
          const unknown = writeMayHaveHappened(request, status);
          return ctx.failure(
            {
              code: unknown ? 'UPSTREAM_OUTCOME_UNKNOWN' : 'UPSTREAM_UNAVAILABLE',
              status,
              message: `${options.vendor} answered ${ctx.call} with ${status} but a body that is not valid JSON${unknown ? `; ${options.vendor} may have carried it out` : ''}`,
            },
            { retryable: request.idempotent, tripsBreaker: true },
          );
        }
        body = null;
      }
    }
    ctx.report('success', status);
    return { kind: 'response', status, headers, body };
  }

  if (status >= 300 && status < 400) {
    ctx.report('redirect', status);
    if (request.redirect === 'return') return { kind: 'response', status, headers, body: text };
    // The Location is not quoted: it may carry a token.
    return ctx.failure(
      { code: 'UPSTREAM_UNAVAILABLE', status, message: `${options.vendor} answered ${ctx.call} with an unexpected redirect (${status})` },
      { retryable: false, tripsBreaker: false },
    );
  }

  const info = decodeVendorError(options, status, text, request.secrets);
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
    ctx.report('rate_limited', status);
    const wait = retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(retryAfterMs / 1000)} s`;
    return ctx.failure(
      { code: 'UPSTREAM_RATE_LIMITED', ...vendorFields, ...retryAfter, message: `${options.vendor} rate-limited ${ctx.call} (429)${wait}` },
      // A rate limit means the vendor is healthy: it does not trip the breaker.
      { retryable: request.idempotent && !overCap, tripsBreaker: false, ...honoured },
    );
  }

  if (status >= 500) {
    ctx.report('server_error', status);
    return ctx.failure(
      { code: 'UPSTREAM_UNAVAILABLE', ...vendorFields, ...retryAfter, message: `${options.vendor} failed ${ctx.call} with ${status}${said}` },
      { retryable: request.idempotent && RETRYABLE_5XX.has(status) && !overCap, tripsBreaker: true, ...honoured },
    );
  }

  ctx.report('rejected', status);
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
  return ctx.failure(
    { code: 'UPSTREAM_REJECTED', ...vendorFields, message: `${options.vendor} rejected ${ctx.call} with ${status}${said}` },
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
