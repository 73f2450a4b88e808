/** A typed key of the request cache: one per kind of memo, made once where that memo is used. */
export interface CacheSlot<T> {
  readonly name: string;
  /** Never set: carries the slot's value type. */
  readonly __value?: T;
}

export function cacheSlot<T>(name: string): CacheSlot<T> {
  return { name };
}

/**
 * Everything one request remembers between its fields (the people read once, a ticket's session
 * window, the store's coverage, per-request store loaders, …) and the request's "now". It is
 * created with the loaders (resolvers/context.ts) and a subscription renews both for each event,
 * so nothing one event read, and no clock reading, answers the next.
 */
export class RequestCache {
  readonly #values = new Map<CacheSlot<unknown>, unknown>();

  /** @param now the request's "now": every field of one request (or event) reads the same time. */
  constructor(readonly now: Date) {}

  get<T>(slot: CacheSlot<T>): T | undefined {
    return this.#values.get(slot) as T | undefined;
  }

  set<T>(slot: CacheSlot<T>, value: T): void {
    this.#values.set(slot, value);
  }

  delete(slot: CacheSlot<unknown>): void {
    this.#values.delete(slot);
  }

  /** The slot's value in this request, made by `make` the first time it is asked for. */
  memo<T>(slot: CacheSlot<T>, make: () => T): T {
    if (this.#values.has(slot)) return this.#values.get(slot) as T;
    const value = make();
    this.#values.set(slot, value);
    return value;
  }
}
