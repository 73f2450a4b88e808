import { takeToken, type BucketState, type RateLimiter, type RatePolicy } from './bucket.js';

export interface MemoryLimiterOptions {
  /** Milliseconds now; default Date.now (tests pass a controllable clock). */
  now?: () => number;
  /** Buckets kept before full ones are forgotten; default 10,000. */
  maxBuckets?: number;
}

/** Buckets in this process: right for one instance; behind a load balancer use the Redis limiter. */
export function memoryRateLimiter(policy: RatePolicy, options: MemoryLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const maxBuckets = options.maxBuckets ?? 10_000;
  const buckets = new Map<string, BucketState>();

  /** Forgets buckets that have refilled: a forgotten bucket starts full, which is the same. */
  const sweep = (at: number) => {
    const refillMs = (policy.burst * 60_000) / policy.perMinute;
    for (const [key, state] of buckets) {
      if (at - state.at >= refillMs) buckets.delete(key);
    }
  };

  return {
    async take(key) {
      const at = now();
      if (buckets.size >= maxBuckets && !buckets.has(key)) sweep(at);
      const { state, decision } = takeToken(policy, buckets.get(key), at);
      buckets.set(key, state);
      return decision;
    },
    async close() {
      buckets.clear();
    },
  };
}
