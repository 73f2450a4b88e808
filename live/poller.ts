import { backoffDelay, countPoll, msUntil, NO_POLLS, type PollCounts } from './engine/status.js';

/**
 * Runs one vendor's poll on an interval while started, backing off exponentially while the
 * vendor fails. Polls never overlap: `pollNow` waits for a running poll, then runs its own, so
 * what it returns reflects the vendor after the call was made. Timers are unref'd and cleared on
 * stop, so an app that is closed (or a test that never starts automatic polling) leaks none.
 */
export interface PollerOptions<O extends { reachable: boolean }> {
  /** Milliseconds between polls while the vendor answers; 0: no automatic polling, only `pollNow`. */
  intervalMs: number;
  /** Longest wait between polls while the vendor fails (the interval doubles per failure up to this). */
  maxBackoffMs: number;
  /**
   * One poll; `reachable` says whether the vendor answered (it never rejects for a vendor failure).
   * `automatic`: on the interval (work of its own, traced as such), not asked for by `pollNow`.
   */
  poll: (automatic: boolean) => Promise<O>;
  /** What a poll that threw counts as (a failure). */
  crashed: O;
  /** A poll that threw (a bug, not a vendor failure). */
  onCrash: (error: unknown) => void;
  /** The clock (ms) `nextPollInMs` is told by; default `Date.now`. Timers wait real time. */
  now?: () => number;
}

export interface PollerState extends PollCounts {
  /** Delay before the next automatic poll (back-off included); null when not scheduled. */
  nextPollInMs: number | null;
}

export interface Poller<O> {
  /** Starts automatic polling (a first poll at once); returns the stop. Re-entrant after stop. */
  start(): () => Promise<void>;
  /** Polls now, after any poll in flight; resolves with this poll's outcome. */
  pollNow(): Promise<O>;
  /** Schedules a poll soon (after a push hinted at changes), unless one is in flight or due sooner. */
  pollSoon(delayMs?: number): void;
  state(): PollerState;
}

export function createPoller<O extends { reachable: boolean }>(options: PollerOptions<O>): Poller<O> {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let dueAt: number | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  let counts: PollCounts = NO_POLLS;
  const now = options.now ?? Date.now;

  function schedule(delayMs: number) {
    clearTimeout(timer);
    timer = undefined;
    dueAt = null;
    if (!running || options.intervalMs <= 0) return;
    dueAt = now() + delayMs;
    timer = setTimeout(() => {
      timer = undefined;
      dueAt = null;
      void run(true);
    }, delayMs);
    timer.unref();
  }

  /** Queues one poll behind any in flight; an automatic one reschedules the next. */
  function run(automatic: boolean): Promise<O> {
    const result = tail.then(async () => {
      if (automatic && !running) return options.crashed;
      let outcome = options.crashed;
      try {
        outcome = await options.poll(automatic);
      } catch (error) {
        options.onCrash(error);
      }
      counts = countPoll(counts, outcome.reachable);
      if (running) schedule(backoffDelay(options.intervalMs, options.maxBackoffMs, counts.consecutiveFailures));
      return outcome;
    });
    tail = result.catch(() => undefined);
    return result;
  }

  return {
    start() {
      running = true;
      if (options.intervalMs > 0) void run(true);
      return async () => {
        running = false;
        schedule(0);
        // Let a poll in flight finish, so nothing publishes after stop resolves.
        await tail;
      };
    },
    pollNow: () => run(false),
    pollSoon(delayMs = 0) {
      if (!running || options.intervalMs <= 0) return;
      if (dueAt !== null && dueAt <= now() + delayMs) return;
      schedule(delayMs);
    },
    state: () => ({ ...counts, nextPollInMs: msUntil(dueAt, now()) }),
  };
}
