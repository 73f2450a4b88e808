/**
 * One subscriber's queue of events: `push` never blocks and never throws, so publishing to many
 * subscribers costs the publisher the same whatever any one of them does. A subscriber that lets
 * more than `limit` events pile up (a socket that stopped reading) is cut off: its queue is
 * dropped and its next read fails with `overflow()`, so it can subscribe again for a fresh state
 * instead of silently missing events.
 */
export interface BoundedStream<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  /** Ends the stream after what is queued: later reads are done. */
  end(): void;
  /** Ends the stream now: the next read fails with `error` (what is queued is dropped). */
  fail(error: Error): void;
  /** Events waiting for the subscriber. */
  readonly queued: number;
  /** The subscriber is waiting on a read with nothing queued: what it gets next is the next thing it hears. */
  readonly waiting: boolean;
}

export interface BoundedStreamOptions {
  /** Events that may wait before the subscriber is cut off. */
  limit: number;
  /** The error a cut-off subscriber reads. */
  overflow: () => Error;
  /** Called once when the stream ends for any reason (the subscriber left, or was cut off). */
  onEnd: () => void;
}

export function boundedStream<T>(options: BoundedStreamOptions): BoundedStream<T> {
  const queue: T[] = [];
  let head = 0;
  let reader: ((result: IteratorResult<T>) => void) | undefined;
  let failReader: ((error: Error) => void) | undefined;
  let failure: Error | undefined;
  let ended = false;

  /** Stops listening; `keep` leaves what is queued to be read first. */
  const end = (keep = false) => {
    if (ended) return;
    ended = true;
    if (!keep) {
      queue.length = 0;
      head = 0;
    }
    options.onEnd();
  };
  const done = (): IteratorResult<T> => ({ value: undefined, done: true });

  const stream: BoundedStream<T> = {
    get queued() {
      return queue.length - head;
    },
    get waiting() {
      return reader !== undefined;
    },
    push(value) {
      if (ended) return;
      if (reader) {
        const read = reader;
        reader = failReader = undefined;
        read({ value, done: false });
        return;
      }
      if (queue.length - head >= options.limit) {
        failure = options.overflow();
        end();
        return;
      }
      queue.push(value);
    },
    end() {
      const read = reader;
      reader = failReader = undefined;
      end(true);
      read?.(done());
    },
    fail(error) {
      const fail = failReader;
      reader = failReader = undefined;
      end();
      if (fail) fail(error);
      else failure = error;
    },
    next() {
      if (head < queue.length) {
        const value = queue[head++] as T;
        // Compact now and then rather than shift() on every read (O(n) per shift on long queues).
        if (head > 1024 && head * 2 > queue.length) {
          queue.splice(0, head);
          head = 0;
        }
        return Promise.resolve({ value, done: false });
      }
      if (failure) {
        const error = failure;
        failure = undefined;
        return Promise.reject(error);
      }
      if (ended) return Promise.resolve(done());
      return new Promise<IteratorResult<T>>((resolve, reject) => {
        reader = resolve;
        failReader = reject;
      });
    },
    return() {
      const read = reader;
      reader = failReader = undefined;
      end();
      read?.(done());
      return Promise.resolve(done());
    },
    throw(error: unknown) {
      const fail = failReader;
      reader = failReader = undefined;
      end();
      fail?.(error as Error);
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
