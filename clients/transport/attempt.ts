import { UpstreamError } from './errors.js';
import { classifyNetworkFailure } from './network-error.js';
import type { ResolvedTransportOptions } from './options.js';
import { AttemptContext, type AttemptOutcome, type ParseMode, type PreparedRequest } from './outcome.js';
import { outcomeForResponse, writeMayHaveHappened } from './response-outcome.js';

const ACCEPT: Record<ParseMode, string> = {
  json: 'application/json',
  'xml-text': 'application/xml, text/xml;q=0.9, */*;q=0.1',
  text: '*/*',
  none: '*/*',
  stream: '*/*',
};

export function acceptHeaderFor(parse: ParseMode): string {
  return ACCEPT[parse];
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
  const ctx = new AttemptContext(options, request, attempt);
  const { vendor } = options;

  if (request.signal?.aborted) {
    ctx.report('aborted');
    throw abortReason(request.signal);
  }

  let authHeaders: Record<string, string> = {};
  if (options.auth) {
    try {
      // Credentials may come from a token exchange others share: this call waits for it only as long as its deadline.
      const credentials = await withinDeadline(Promise.resolve(options.auth({ method: request.method, url: new URL(request.url) })), request.deadline.remainingMs());
      if (credentials === DEADLINE_PASSED) {
        ctx.report('timeout');
        return ctx.failure(
          { code: 'UPSTREAM_TIMEOUT', message: `${vendor}: the ${request.deadline.budgetMs} ms deadline for ${ctx.call} passed while its credentials were being obtained` },
          // Nothing was sent, and the token endpoint's own breaker counts its failures.
          { retryable: false, tripsBreaker: false },
        );
      }
      authHeaders = credentials;
    } catch (error) {
      ctx.report('refused');
      if (error instanceof UpstreamError) return { kind: 'failure', error, retryable: false, tripsBreaker: false };
      // The provider's own message may quote what it was given: keep only the error's type.
      const name = error instanceof Error ? error.name : typeof error;
      return ctx.failure(
        { code: 'UPSTREAM_UNAVAILABLE', message: `${vendor}: could not obtain credentials for ${ctx.call} (${name})` },
        { retryable: false, tripsBreaker: false },
      );
    }
    request.secrets.addHeaders(authHeaders);
  }

  // The auth provider may have spent the rest of the call's budget (a slow token refresh).
  const limit = request.deadline.attemptTimeout(request.timeoutMs);
  if (limit.ms <= 0) {
    ctx.report('timeout');
    return ctx.failure(
      { code: 'UPSTREAM_TIMEOUT', message: `${vendor}: the ${request.deadline.budgetMs} ms deadline for ${ctx.call} passed before it was sent` },
      // Nothing was sent: the vendor is not to blame.
      { retryable: false, tripsBreaker: false },
    );
  }
  const timeout = AbortSignal.timeout(limit.ms);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response | undefined;
  let text: string;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: { ...request.headers, ...authHeaders },
      body: request.body,
      signal,
      // Never follow: a redirect to another host must not receive our credentials.
      redirect: 'manual',
    });
    // A streamed 2xx goes to the caller unread, still under this attempt's timeout and signal (a large download).
    if (request.parse === 'stream' && response.status >= 200 && response.status < 300) {
      ctx.report('success', response.status);
      return { kind: 'response', status: response.status, headers: response.headers, body: response.body ?? new Blob([]).stream() };
    }
    // The body is read under the same timeout: a vendor that stalls mid-body times out too.
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) {
      ctx.report('aborted');
      throw abortReason(request.signal);
    }
    // undici's error objects are not kept (their `cause` can describe the request): only a code.
    const network = timeout.aborted ? undefined : classifyNetworkFailure(error);
    // A timeout may strike after the request went out; a connection failure only when it was not refused at connect.
    const sent = network === undefined || (network.kind === 'connection' && !network.neverSent);
    if (sent && writeMayHaveHappened(request, response?.status)) {
      ctx.report(network ? 'connection_error' : 'timeout', response?.status);
      const lost = network?.kind === 'connection' ? `the connection failed (${network.code})` : 'no answer came in time';
      return ctx.failure(
        {
          code: 'UPSTREAM_OUTCOME_UNKNOWN',
          ...(response && { status: response.status }),
          message: `${vendor}: ${ctx.call} was sent but ${lost}; ${vendor} may have carried it out`,
        },
        // Never repeated: a repeat could do it twice.
        { retryable: false, tripsBreaker: true },
      );
    }
    if (network === undefined) {
      ctx.report('timeout');
      const within = limit.cut ? `the call's ${request.deadline.budgetMs} ms deadline` : `${limit.ms} ms`;
      return ctx.failure(
        { code: 'UPSTREAM_TIMEOUT', message: `${vendor} did not answer ${ctx.call} within ${within}` },
        { retryable: request.idempotent, tripsBreaker: true },
      );
    }
    if (network.kind === 'connection') {
      ctx.report('connection_error');
      return ctx.failure(
        { code: 'UPSTREAM_UNAVAILABLE', message: `${vendor}: connection failed for ${ctx.call} (${network.code})` },
        // A call that never reached the server may be repeated whatever its method.
        { retryable: request.idempotent || network.neverSent, tripsBreaker: true },
      );
    }
    ctx.report('refused');
    return ctx.failure(
      { code: 'UPSTREAM_UNAVAILABLE', message: `${vendor}: ${ctx.call} could not be sent (${network.message})` },
      { retryable: false, tripsBreaker: false },
    );
  }
  return outcomeForResponse(ctx, response.status, response.headers, text);
}

const DEADLINE_PASSED = Symbol('deadline passed');

/** `promise`, or DEADLINE_PASSED once `ms` have gone by (the promise itself runs on for whoever else waits on it). */
function withinDeadline<T>(promise: Promise<T>, ms: number): Promise<T | typeof DEADLINE_PASSED> {
  if (!Number.isFinite(ms)) return promise;
  let timer: NodeJS.Timeout | undefined;
  const passed = new Promise<typeof DEADLINE_PASSED>((resolve) => {
    timer = setTimeout(() => resolve(DEADLINE_PASSED), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, passed]).finally(() => clearTimeout(timer));
}
