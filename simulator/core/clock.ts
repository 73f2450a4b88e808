/** The fixed default start of the virtual clock: the same seed then gives byte-identical data. */
export const DEFAULT_START_TIME = new Date('2026-01-05T09:00:00Z');

/**
 * The simulator's notion of "now". Every timestamp a vendor writes, every token expiry and every
 * rate-limit window follows it. It starts at `startTime`, ticks with real (monotonic) time so a
 * long-running dev simulator behaves like a real vendor, and jumps forward on `advance`.
 */
export interface VirtualClock {
  /** The time the clock starts from (and returns to on reset). */
  readonly startTime: Date;
  /** The current virtual time. */
  now(): Date;
  /** The current virtual time in epoch milliseconds (an integer). */
  nowMs(): number;
  /** Moves the clock forward by `ms` (>= 0) and returns the new time. */
  advance(ms: number): Date;
}

/** A VirtualClock driven by a monotonic real-time source. */
export class TickingClock implements VirtualClock {
  readonly startTime: Date;
  readonly #realNow: () => number;
  #advancedMs = 0;
  #realAtReset: number;

  /**
   * @param startTime where the clock starts (default DEFAULT_START_TIME)
   * @param realNow monotonic milliseconds source (default performance.now)
   */
  constructor(startTime: Date = DEFAULT_START_TIME, realNow: () => number = () => performance.now()) {
    this.startTime = new Date(startTime.getTime());
    this.#realNow = realNow;
    this.#realAtReset = realNow();
  }

  nowMs(): number {
    return Math.floor(this.startTime.getTime() + this.#advancedMs + (this.#realNow() - this.#realAtReset));
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance needs a finite, non-negative number of milliseconds');
    this.#advancedMs += ms;
    return this.now();
  }

  /** Back to `startTime`. */
  reset(): void {
    this.#advancedMs = 0;
    this.#realAtReset = this.#realNow();
  }
}
