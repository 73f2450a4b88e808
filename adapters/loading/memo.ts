/**
 * A per-request memo for vendor reads that take no key or a small one (a roster, a report
 * window): the first caller starts the call, everyone else in the request shares its promise.
 */
export function memoByKey<K, V>(load: (key: K) => Promise<V>, keyOf: (key: K) => string = String): (key: K) => Promise<V> {
  const cache = new Map<string, Promise<V>>();
  return (key) => {
    const id = keyOf(key);
    let pending = cache.get(id);
    if (!pending) {
      pending = load(key);
      cache.set(id, pending);
    }
    return pending;
  };
}

export function memo<V>(load: () => Promise<V>): () => Promise<V> {
  const shared = memoByKey<null, V>(() => load());
  return () => shared(null);
}
