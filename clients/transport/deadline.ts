/**
 * The time budget of one call: every attempt and every wait between attempts together.
 * Started when the call is prepared; shared by the repeat after an auth refresh.
 * `Infinity` is a budget that never runs out.
 */
export class Deadline {
  private readonly endsAt: number;

  constructor(
    /** The whole budget, in ms, for messages. */
    readonly budgetMs: number,
    now: number = performance.now(),
  ) {
    this.endsAt = now + budgetMs;
  }

  /** Time left, in ms (0 once passed; `Infinity` for an unbounded call). */
  remainingMs(now: number = performance.now()): number {
    return Math.max(0, this.endsAt - now);
  }

  get passed(): boolean {
    return this.remainingMs() <= 0;
  }

  /**
   * May the call wait `ms` and then try again? Only when the wait ends before the deadline,
   * leaving some time for the next attempt; a wait that ends at or past it is never taken.
   */
  allowsWait(ms: number, now: number = performance.now()): boolean {
    return now + ms < this.endsAt;
  }

  /**
   * The timeout for an attempt starting now: `timeoutMs`, or the time left when that is
   * shorter, whole ms for `AbortSignal.timeout`. `cut` tells which one bounds the attempt.
   */
  attemptTimeout(timeoutMs: number, now: number = performance.now()): { ms: number; cut: boolean } {
    const remaining = this.remainingMs(now);
    return remaining < timeoutMs ? { ms: Math.ceil(remaining), cut: true } : { ms: Math.ceil(timeoutMs), cut: false };
  }
}
