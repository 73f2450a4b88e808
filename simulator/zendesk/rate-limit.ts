import type { VirtualClock } from '../core/clock.js';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (`Retry-After`, `ratelimit-reset`, `resets=`). */
  resetInSeconds: number;
}

const WINDOW_MS = 60_000;

/**
 * A requests-per-minute budget in fixed one-minute windows of the virtual clock (advancing the
 * clock a minute refills it). Used for the account limit and for each endpoint's own limit.
 */
export class RateLimiter {
  readonly limit: number;
  readonly #clock: VirtualClock;
  #window = -1;
  #used = 0;

  /** @param limit requests per minute (the account: 700; see constants.ts) */
  constructor(limit: number, clock: VirtualClock) {
    this.limit = limit;
    this.#clock = clock;
  }

  /** Counts one request if budget is left. */
  take(): RateDecision {
    const decision = this.peek();
    if (!decision.allowed) return decision;
    this.#used += 1;
    return { ...decision, remaining: this.limit - this.#used };
  }

  /** Where the budget stands, without counting a request (for fault replies). */
  peek(): RateDecision {
    const now = this.#clock.nowMs();
    const window = Math.floor(now / WINDOW_MS);
    if (window !== this.#window) {
      this.#window = window;
      this.#used = 0;
    }
    const resetInSeconds = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
    const remaining = this.limit - this.#used;
    return { allowed: remaining > 0, limit: this.limit, remaining, resetInSeconds };
  }
}
