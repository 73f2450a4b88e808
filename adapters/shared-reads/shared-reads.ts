import { LRUCache } from 'lru-cache';
import { budgetRemainingMs, budgetSpentError } from '../../clients/transport/request-budget.js';
import { stringify } from 'safe-stable-stringify';
import type { VendorId } from '../../domain/vendors.js';

/** How a shared read was answered: from a fresh entry, by a vendor call of its own, or by joining an identical call in flight. */
export type SharedReadOutcome = 'hit' | 'miss' | 'join';

export interface SharedReadsOptions {
  /** How long (ms) a vendor read answers identical reads of other requests; 0 turns sharing off. Default 2000. */
  ttlMs?: number;
  /** A TTL (ms) per resource, keyed `vendor/resource` (`bomgar/sessions`), in place of `ttlMs`; 0 turns that resource off. Default none. */
  resourceTtlMs?: Readonly<Record<string, number>>;
  /** Most reads kept at once; the least recently used go first. Default 256. */
  maxEntries?: number;
  /** The clock TTLs are measured on (ms, monotonic). Default `performance.now`. */
  now?: () => number;
  /** Called once per shared read with its outcome (the metrics). Default none. */
  onRead?: (read: { vendor: VendorId; resource: string; outcome: SharedReadOutcome }) => void;
  /** Called once per invalidation; `resource` undefined for the whole vendor. Default none. */
  onInvalidate?: (vendor: VendorId, resource: string | undefined) => void;
}

/**
 * Vendor reads shared across requests: identical reads (same vendor, resource and arguments)
 * within a short TTL are answered once, and those arriving while the first is in flight wait
 * for it (single flight). Results are deep-frozen: every request sees the same objects.
 */
export interface SharedReads {
  /**
   * Answers the read from a fresh entry, from an identical read in flight, or by `load`. `load`
   * gets no signal when shared (no one caller may cancel a read others wait for); the caller's
   * `signal` only stops this caller waiting, with its reason, as the transport would. When the
   * resource's TTL is 0 the read is not shared: `load` runs with the caller's signal.
   */
  read<T>(vendor: VendorId, resource: string, args: readonly unknown[], load: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
  /**
   * Makes the vendor's entries for `resource` (or all of them) stale at once: later reads go
   * to the vendor. Reads in flight still answer those already waiting, but no longer anyone new.
   */
  invalidate(vendor: VendorId, resource?: string): void;
  /** The TTL (ms) the resource's reads are kept for; 0 when not shared. */
  ttlOf(vendor: VendorId, resource: string): number;
  /** Drops every entry (and its purge timer). */
  clear(): void;
}

/** An entry: the value boxed, since the cache keeps no `undefined` or `null`. */
interface Entry {
  value: unknown;
}

/** What a miss runs (fetch()'s context): the vendor read, frozen. */
type LoadEntry = () => Promise<Entry>;

export function createSharedReads(options: SharedReadsOptions = {}): SharedReads {
  const ttlMs = options.ttlMs ?? 2000;
  const resourceTtlMs = options.resourceTtlMs ?? {};
  // Invalidation bumps a generation that is part of every key: an entry (or a read in flight)
  // of an older generation is never found again and ages out, with nothing to abort.
  const generations = new Map<string, number>();
  const generation = (scope: string): number => generations.get(scope) ?? 0;
  const cache = new LRUCache<string, Entry, LoadEntry>({
    max: options.maxEntries ?? 256,
    // Big listings must not outlive their TTL only because nothing evicted them.
    ttlAutopurge: true,
    // No cached clock reading: an injected clock is read as it is.
    ttlResolution: 0,
    ...(options.now && { perf: { now: options.now } }),
    // An eviction or clear never fails the callers waiting on a read in flight.
    ignoreFetchAbort: true,
    fetchMethod: (_key, _stale, { context }) => context(),
  });

  const ttlOf = (vendor: VendorId, resource: string): number => resourceTtlMs[`${vendor}/${resource}`] ?? ttlMs;

  return {
    ttlOf,
    read<T>(vendor: VendorId, resource: string, args: readonly unknown[], load: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
      const ttl = ttlOf(vendor, resource);
      if (ttl <= 0) return load(signal);
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      const scope = `${vendor}/${resource}`;
      const key = `${scope}#${generation(vendor)}.${generation(scope)}:${stringify(args)}`;
      const status: LRUCache.Status<string, Entry, LoadEntry> = {};
      const entry = cache.fetch(key, { ttl, status, context: async () => ({ value: deepFreeze(await load()) }) });
      // fetch() decides synchronously whether it found the entry, joined a read in flight, or started one.
      const outcome: SharedReadOutcome = status.fetch === 'hit' ? 'hit' : status.fetch === 'inflight' ? 'join' : 'miss';
      options.onRead?.({ vendor, resource, outcome });
      return (outcome === 'hit' ? entry : untilAborted(entry, signal, vendor)).then((found) => found!.value as T);
    },
    invalidate(vendor, resource) {
      const scope = resource === undefined ? vendor : `${vendor}/${resource}`;
      generations.set(scope, generation(scope) + 1);
      options.onInvalidate?.(vendor, resource);
    },
    clear: () => cache.clear(),
  };
}

/** The caller's abort reason, as the transport rejects with it. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * `promise`, or its caller's abort reason as soon as the signal aborts, or UPSTREAM_TIMEOUT once
 * the operation's budget the signal carries (REQUEST_DEADLINE_MS) is spent; the promise itself
 * runs on for the others.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, vendor: string): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => settle(() => reject(abortReason(signal)));
    const remaining = budgetRemainingMs(signal);
    const timer = remaining === undefined ? undefined : setTimeout(() => settle(() => reject(budgetSpentError(signal, vendor))), remaining);
    const settle = (end: () => void): void => {
      signal.removeEventListener('abort', onAbort);
      clearTimeout(timer);
      end();
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/** Freezes a read's result through and through, once, before any request sees it: a request changing it would change it for all. */
function deepFreeze<T>(value: T): T {
  // Typed arrays cannot be frozen (and no vendor record holds one).
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
