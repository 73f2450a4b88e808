/** How many requests a caller may make: a token bucket refilled continuously. */
export interface RatePolicy {
  /** Sustained requests per minute (RATE_LIMIT_PER_MINUTE). */
  perMinute: number;
  /** The bucket's size: requests a caller may make at once after a quiet spell (RATE_LIMIT_BURST). */
  burst: number;
}

/** One request's verdict, with what the RateLimit-* headers report. */
export interface RateDecision {
  allowed: boolean;
  /** The bucket's size. */
  limit: number;
  /** Requests left right now (whole tokens). */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until the next request would be allowed; 0 when this one was. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Takes one token from `key`'s bucket, when it has one. */
  take(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

/** The state of one bucket: tokens left (fractional) as of `at` (ms). */
export interface BucketState {
  tokens: number;
  at: number;
}

/**
 * One step of the bucket, shared by the memory limiter and (translated line for line) the Redis
 * script: refill for the time elapsed, then take a token if a whole one is there.
 */
export function takeToken(policy: RatePolicy, state: BucketState | undefined, now: number): { state: BucketState; decision: RateDecision } {
  const elapsed = state ? Math.max(0, now - state.at) : 0;
  // Multiplied before divided: whole minutes refill whole tokens, without float residue.
  let tokens = state ? Math.min(policy.burst, state.tokens + (elapsed * policy.perMinute) / 60_000) : policy.burst;
  const allowed = tokens >= 1;
  if (allowed) tokens -= 1;
  return { state: { tokens, at: now }, decision: decide(policy, allowed, tokens) };
}

/** The verdict and header values once a request has (or has not) taken a token, `tokens` left. */
export function decide(policy: RatePolicy, allowed: boolean, tokens: number): RateDecision {
  return {
    allowed,
    limit: policy.burst,
    remaining: Math.floor(tokens),
    resetSeconds: Math.ceil(((policy.burst - tokens) * 60) / policy.perMinute),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(((1 - tokens) * 60) / policy.perMinute)),
  };
}
