/** Per read listing (by identity), what it was mapped to. */
const mapped = new WeakMap<readonly unknown[], readonly unknown[]>();

/**
 * `records.map(map)`, made once per listing when the listing is frozen: a vendor read shared
 * across requests (adapters/shared-reads) answers every one of them with the same frozen array,
 * so each request gets the same mapped array too, frozen through and through, and a caller may tell by identity
 * that it has seen this listing before. A listing read for one request alone is mapped afresh.
 * Callers must not change what it returns.
 */
export function mappedOnce<R, T>(records: readonly R[], map: (record: R) => T): T[] {
  if (!Object.isFrozen(records)) return records.map(map);
  let found = mapped.get(records) as T[] | undefined;
  if (!found) {
    found = deepFreeze(records.map(map));
    mapped.set(records, found);
  }
  return found;
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
