import type { VirtualClock } from '../core/clock.js';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (for Retry-After). */
  resetInSeconds: number;
}

/**
 * Zendesk's per-account requests-per-minute budget, in fixed one-minute windows of the virtual
 * clock (advancing the clock a minute refills it). The simulator is one account.
 */
export class RateLimiter {
  readonly limit: number;
  readonly #clock: VirtualClock;
  #window = -1;
  #used = 0;

  /** @param limit requests per minute (Zendesk default plan: 700) */
  constructor(limit: number, clock: VirtualClock) {
    this.limit = limit;
    this.#clock = clock;
  }

  /** Counts one request if budget is left. */
  take(): RateDecision {
    const now = this.#clock.nowMs();
    const window = Math.floor(now / 60_000);
    if (window !== this.#window) {
      this.#window = window;
      this.#used = 0;
    }
    const resetInSeconds = Math.max(1, Math.ceil(((window + 1) * 60_000 - now) / 1000));
    if (this.#used >= this.limit) return { allowed: false, limit: this.limit, remaining: 0, resetInSeconds };
    this.#used += 1;
    return { allowed: true, limit: this.limit, remaining: this.limit - this.#used, resetInSeconds };
  }

  /** The current remaining budget without counting a request (for fault replies). */
  peek(): number {
    const window = Math.floor(this.#clock.nowMs() / 60_000);
    return window === this.#window ? this.limit - this.#used : this.limit;
  }
}
