import {
  CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  DelegateBackoff,
  RetryPolicy,
  circuitBreaker,
  fullJitterGenerator,
  handleWhenResult,
  retry,
  type IRetryBackoffContext,
} from 'cockatiel';
import type { Deadline } from './deadline.js';
import type { AttemptOutcome, FailureOutcome } from './outcome.js';
import type { ResolvedTransportOptions } from './options.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

function asFailure(result: unknown): FailureOutcome | undefined {
  const outcome = result as AttemptOutcome | undefined;
  return outcome && outcome.kind === 'failure' ? outcome : undefined;
}

/**
 * Backoff before retry n (1-based) when the vendor named no wait: exponential with full jitter,
 * random(0, min(cap, base * 2^(n-1))).
 */
export function backoffDelay(retry: number, baseMs: number, capMs: number): number {
  const [delay] = fullJitterGenerator(retry - 1, {
    generator: fullJitterGenerator,
    initialDelay: baseMs,
    maxDelay: capMs,
    exponent: 2,
  });
  return delay;
}

/**
 * Decides, right after attempt `attempt` (1-based) failed, how long to wait before the next
 * one: the vendor's `Retry-After` (already checked against the cap), else the backoff. A wait
 * that would not end before the call's deadline is not taken: the failure becomes final, so
 * the caller gets this attempt's error at once instead of a wait that cannot pay off.
 */
export function planRetry(outcome: AttemptOutcome, attempt: number, options: ResolvedTransportOptions, deadline: Deadline): AttemptOutcome {
  if (outcome.kind !== 'failure' || !outcome.retryable) return outcome;
  const delay = outcome.retryAfterMs ?? backoffDelay(attempt, options.backoffBaseMs, options.backoffCapMs);
  if (!deadline.allowsWait(delay)) return { ...outcome, retryable: false };
  return { ...outcome, retryDelayMs: delay };
}

/**
 * Attempt outcomes are returned, not thrown, so both policies judge them with result filters:
 * the retry repeats outcomes marked retryable, the breaker counts outcomes marked as tripping it.
 * Everything else (a 4xx, a 429) counts as a success for the breaker, so it resets the
 * consecutive-failure count: the vendor is up and answering.
 */
export function createRetryPolicy(options: ResolvedTransportOptions): RetryPolicy {
  return retry(
    handleWhenResult((result) => asFailure(result)?.retryable === true),
    {
      maxAttempts: options.retries,
      // The wait was chosen by planRetry when the attempt failed; this only reads it.
      backoff: new DelegateBackoff((context: IRetryBackoffContext<unknown>) => {
        const reason = context.result;
        const failure = 'value' in reason ? asFailure(reason.value) : undefined;
        return failure?.retryDelayMs ?? backoffDelay(context.attempt, options.backoffBaseMs, options.backoffCapMs);
      }),
    },
  );
}

export function createBreakerPolicy(options: ResolvedTransportOptions): CircuitBreakerPolicy {
  return circuitBreaker(
    handleWhenResult((result) => asFailure(result)?.tripsBreaker === true),
    {
      halfOpenAfter: options.breakerHalfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breakerFailures),
    },
  );
}

export function toBreakerState(state: CircuitState): BreakerState {
  switch (state) {
    case CircuitState.Closed:
      return 'closed';
    case CircuitState.HalfOpen:
      return 'half-open';
    default:
      // Open, or Isolated (held open by hand).
      return 'open';
  }
}
