import DataLoader from 'dataloader';

/**
 * A DataLoader for a vendor without batch endpoints: each distinct key is one call, made
 * at most once per request; a failed key fails alone (its Error), not its whole batch.
 */
export function perKeyLoader<K, V>(load: (key: K) => Promise<V>, cacheKey?: (key: K) => string): DataLoader<K, V, string | K> {
  return new DataLoader<K, V, string | K>(
    async (keys) => (await Promise.allSettled(keys.map(load))).map((r) => (r.status === 'fulfilled' ? r.value : toError(r.reason))),
    cacheKey ? { cacheKeyFn: cacheKey } : {},
  );
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
