import type { LiveAlert } from '../domain/alerts.js';
import type { BoardUpdate } from './board.js';
import { latestQueue, type LatestQueue } from './latest-queue.js';

/** What a live subscriber hears: a board update (applied on this instance) or an alert. */
export type LiveMessage = { type: 'update'; update: BoardUpdate } | { type: 'alert'; alert: LiveAlert };

/** How one subscription turns the engine's messages into its events. */
export interface WatchSpec<T> {
  /** This subscriber's events for a message (filtered; often none). */
  events(message: LiveMessage): T[];
  /** Events it gets first (liveBoard: the whole board). */
  initial?: () => T[];
  /** What replaces its backlog when it falls more than the buffer behind: the latest state. */
  skip(backlog: readonly T[]): T[];
}

interface Watcher {
  message(message: LiveMessage): void;
  end(): void;
}

/**
 * This instance's live subscribers: every message goes to each one's own queue (never waiting
 * for any of them), and each turns it into its events.
 */
export class Subscribers {
  readonly #watchers = new Set<Watcher>();
  readonly #waiting: { count: number; resolve: () => void }[] = [];
  #ended = false;

  /** @param buffer change batches one subscriber may have waiting before it skips to the latest state */
  constructor(private readonly buffer: number) {}

  get size(): number {
    return this.#watchers.size;
  }

  watch<T>(spec: WatchSpec<T>): LatestQueue<T> {
    const queue = latestQueue<T>({ limit: this.buffer, skip: (backlog) => spec.skip(backlog), onEnd: () => this.#watchers.delete(watcher) });
    const watcher: Watcher = { message: (message) => queue.push(...spec.events(message)), end: () => queue.end() };
    if (this.#ended) {
      queue.end();
      return queue;
    }
    this.#watchers.add(watcher);
    queue.push(...(spec.initial?.() ?? []));
    for (const waiter of this.#waiting.filter((candidate) => this.size >= candidate.count)) {
      this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
    return queue;
  }

  dispatch(message: LiveMessage): void {
    for (const watcher of this.#watchers) watcher.message(message);
  }

  /** Resolves once at least `count` subscribers are open. */
  whenSubscribed(count: number): Promise<void> {
    if (this.size >= count) return Promise.resolve();
    return new Promise<void>((resolve) => this.#waiting.push({ count, resolve }));
  }

  /** Ends every subscription (their reads are done) and refuses new ones. */
  endAll(): void {
    this.#ended = true;
    for (const watcher of [...this.#watchers]) watcher.end();
  }
}
