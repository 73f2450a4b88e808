import { LRUCache } from 'lru-cache';

/** Remembers the ids of pushes already applied, so a repeat (a replay, a redelivery) is applied once. */
export interface ReplayGuard {
  /** True the first time `id` is claimed while remembered; false for every repeat. */
  claim(id: string): Promise<boolean>;
  /** Forgets a claim whose push failed to apply, so a redelivery of it may apply. */
  release(id: string): Promise<void>;
}

export interface MemoryReplayGuardOptions {
  /** How long an id is remembered (ms): long enough that a repeat is either dropped here or refused by its timestamp. */
  ttlMs: number;
  /** The gateway's clock (ms), which the remembering is timed by. */
  now: () => number;
  /** Most ids held; default 100,000 (the least recently claimed is forgotten first, so memory stays bounded). */
  maxEntries?: number;
}

/** A ReplayGuard in this process: bounded in count and time. */
export function memoryReplayGuard(options: MemoryReplayGuardOptions): ReplayGuard {
  // ttlResolution 0: every check reads the clock passed in (lru-cache otherwise caches it for a timer's tick).
  const seen = new LRUCache<string, true>({ max: options.maxEntries ?? 100_000, ttl: options.ttlMs, ttlResolution: 0, perf: { now: options.now } });
  return {
    async claim(id) {
      if (seen.has(id)) return false;
      seen.set(id, true);
      return true;
    },
    async release(id) {
      seen.delete(id);
    },
  };
}
