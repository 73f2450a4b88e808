import type { LiveChange, LiveChangeBatch, LiveVendor, PolledVendor, VendorSnapshot } from '../../domain/live.js';
import type { Board, BoardUpdate } from '../board.js';
import type { SnapshotStore } from '../snapshot-store.js';

/**
 * The two ends of a change batch: the batch a poll or push publishes, and the applying of every
 * batch this instance hears (its own included) to its board, held back while the stored snapshots
 * load; and, on the instance leading a vendor's poll, the writing of that vendor's snapshot.
 */

export type BatchKind = 'poll' | 'push';

/** The batch to publish for these changes, or null when nothing changed. Ids are `<origin>:<n>:<kind>`, unique per instance. */
export function batchFor(origin: string, n: number, vendor: LiveVendor, kind: BatchKind, changes: LiveChange[], at: string): LiveChangeBatch | null {
  if (changes.length === 0) return null;
  return { id: `${origin}:${n}:${kind}`, origin, vendor, at, changes };
}

/** Whether a batch came from a push (not a poll), by its id. */
export function isPushBatch(batch: LiveChangeBatch): boolean {
  return !batch.id.endsWith(':poll');
}

/**
 * Applies heard batches to one board in order. Until `load` (the stored snapshots read at start)
 * it holds them, then applies them on top of the snapshots. Counts the pushes applied per vendor,
 * so a poll that read before one can tell (its sessions are older than the push's).
 */
export class Applier {
  readonly #board: Board;
  #held: LiveChangeBatch[] | null = [];
  readonly #pushes = new Map<LiveVendor, number>();

  constructor(board: Board) {
    this.#board = board;
  }

  /** The board's update for the batch; null while held (before `load`). */
  apply(batch: LiveChangeBatch): BoardUpdate | null {
    if (this.#held) {
      this.#held.push(batch);
      return null;
    }
    const update = this.#board.apply(batch);
    if (isPushBatch(batch)) this.#pushes.set(batch.vendor, this.pushes(batch.vendor) + 1);
    return update;
  }

  /** Takes the stored snapshots, then applies what was held meanwhile; returns those batches' updates. Later batches apply at once. */
  load(snapshots: readonly (VendorSnapshot | null)[]): BoardUpdate[] {
    for (const snapshot of snapshots) if (snapshot) this.#board.load(snapshot);
    const held = this.#held ?? [];
    this.#held = null;
    return held.flatMap((batch) => this.apply(batch) ?? []);
  }

  /** Push batches applied for the vendor so far. */
  pushes(vendor: LiveVendor): number {
    return this.#pushes.get(vendor) ?? 0;
  }
}

/**
 * Writes vendors' snapshots to the store, one write at a time per vendor, in order; a failed write
 * is reported and the next goes ahead. The snapshot is stored as it stands when its write runs.
 */
export class SnapshotWriter {
  readonly #writes = new Map<PolledVendor, Promise<void>>();

  constructor(
    private readonly store: SnapshotStore,
    private readonly onError: (error: unknown, vendor: PolledVendor) => void,
  ) {}

  write(vendor: PolledVendor, snapshot: VendorSnapshot | null): void {
    const write = (this.#writes.get(vendor) ?? Promise.resolve()).then(() => (snapshot ? this.store.set(vendor, snapshot) : undefined));
    this.#writes.set(
      vendor,
      write.catch((error: unknown) => this.onError(error, vendor)),
    );
  }

  /** Resolves once every write so far is done. */
  async flush(): Promise<void> {
    await Promise.all([...this.#writes.values()]);
  }
}

/**
 * This instance's published batches until each comes back from the pub/sub (applied here), so a
 * publisher can wait for its own; one that does not come back in `timeoutMs` is given up on.
 */
export class Returns {
  readonly #waiting = new Map<string, () => void>();

  constructor(
    private readonly timeoutMs: number,
    private readonly onTimeout: (id: string) => void,
  ) {}

  /** Resolves when the batch `id` came back, was given up on, or `releaseAll` ran. */
  wait(id: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        this.onTimeout(id);
        resolve();
      }, this.timeoutMs);
      timer.unref();
      this.#waiting.set(id, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** The batch `id` was applied here (any batch may be; only this instance's are waited for). */
  arrived(id: string): void {
    this.#waiting.get(id)?.();
    this.#waiting.delete(id);
  }

  /** Lets every waiting publisher go (on close). */
  releaseAll(): void {
    for (const resolve of this.#waiting.values()) resolve();
    this.#waiting.clear();
  }
}
