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
import type { AttemptOutcome, FailureOutcome } from './outcome.js';
import type { ResolvedTransportOptions } from './options.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

function asFailure(result: unknown): FailureOutcome | undefined {
  const outcome = result as AttemptOutcome | undefined;
  return outcome && outcome.kind === 'failure' ? outcome : undefined;
}

/**
 * Delay before retry n (1-based): the vendor's `Retry-After` when it sent one (already checked
 * against the cap), else exponential backoff with full jitter, random(0, min(cap, base * 2^(n-1))).
 */
export function retryDelay(context: IRetryBackoffContext<unknown>, baseMs: number, capMs: number): number {
  const reason = context.result;
  const failure = 'value' in reason ? asFailure(reason.value) : undefined;
  if (failure?.retryAfterMs !== undefined) return failure.retryAfterMs;
  const [delay] = fullJitterGenerator(context.attempt - 1, {
    generator: fullJitterGenerator,
    initialDelay: baseMs,
    maxDelay: capMs,
    exponent: 2,
  });
  return delay;
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
      backoff: new DelegateBackoff((context: IRetryBackoffContext<unknown>) =>
        retryDelay(context, options.backoffBaseMs, options.backoffCapMs),
      ),
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
