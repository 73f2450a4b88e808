/**
 * One live subscriber's queue. `push` never blocks, so one slow subscriber never slows the
 * engine or the others. Events arrive in batches (what one poll or push changed); when more than
 * `limit` batches wait (its socket stopped reading), the backlog is replaced by `skip(backlog)`:
 * the latest state instead of the history (a fresh whole board; the newest event per agent or
 * queue), so a subscriber that catches up sees the present. Counting batches rather than events
 * lets a big poll (the first one lists everyone) reach a subscriber that keeps up.
 */
export interface LatestQueue<T> extends AsyncIterableIterator<T> {
  /** Queues one batch of events (nothing for an empty one). */
  push(...values: T[]): void;
  /** Ends the stream: a pending or later read is done. */
  end(): void;
  /** Batches waiting for the subscriber. */
  readonly queued: number;
  /** How often the backlog was skipped. */
  readonly skipped: number;
}

export interface LatestQueueOptions<T> {
  /** Batches that may wait before the backlog is skipped (at least 1). */
  limit: number;
  /** What replaces an overflowing backlog (its events, oldest first): one batch. */
  skip: (backlog: readonly T[]) => T[];
  /** Called once when the stream ends (the subscriber left, or the engine closed). */
  onEnd: () => void;
}

export function latestQueue<T>(options: LatestQueueOptions<T>): LatestQueue<T> {
  const limit = Math.max(1, options.limit);
  let queue: T[][] = [];
  let reader: ((result: IteratorResult<T>) => void) | undefined;
  let ended = false;
  let skipped = 0;
  const done = (): IteratorResult<T> => ({ value: undefined, done: true });

  const end = () => {
    if (ended) return;
    ended = true;
    queue = [];
    const read = reader;
    reader = undefined;
    read?.(done());
    options.onEnd();
  };

  const stream: LatestQueue<T> = {
    get queued() {
      return queue.length;
    },
    get skipped() {
      return skipped;
    },
    push(...values) {
      if (ended || values.length === 0) return;
      const batch = [...values];
      if (reader) {
        const read = reader;
        reader = undefined;
        read({ value: batch.shift() as T, done: false });
        if (batch.length === 0) return;
      }
      queue.push(batch);
      if (queue.length > limit) {
        skipped++;
        const latest = options.skip(queue.flat());
        queue = latest.length > 0 ? [latest] : [];
      }
    },
    end,
    next() {
      const head = queue[0];
      if (head) {
        const value = head.shift() as T;
        if (head.length === 0) queue.shift();
        return Promise.resolve({ value, done: false });
      }
      if (ended) return Promise.resolve(done());
      return new Promise<IteratorResult<T>>((resolve) => (reader = resolve));
    },
    return() {
      end();
      return Promise.resolve(done());
    },
    throw(error: unknown) {
      end();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

/** A `skip` that keeps the newest event per key, in the order of those newest events. */
export function newestPerKey<T>(keyOf: (value: T) => string): (backlog: readonly T[]) => T[] {
  return (backlog) => {
    const newest = new Map<string, number>();
    backlog.forEach((value, index) => newest.set(keyOf(value), index));
    return backlog.filter((value, index) => newest.get(keyOf(value)) === index);
  };
}
