import { cacheSlot } from '../request-cache.js';
import type { Context } from '../context.js';
import type { StoreVersion } from '../../store/read-cache.js';

const versionSlot = cacheSlot<Promise<StoreVersion | null>>('history/store-reads:version');

/**
 * A store read every request makes alike (the sync coverage, the link index's watermarks, a
 * ticket's links, rows and calls), shared across requests while the store is unchanged
 * (store/read-cache.ts, `ctx.storeReads`): the request reads the store's version once, before its first such read,
 * and each read answers as of then or later, with this process's own writes seen at once. A
 * store that cannot say its version answers every read itself.
 *
 * @param key what is read, exactly (the same key must mean the same SQL)
 * @param rows how many rows the value holds (big reads are not kept)
 */
export async function sharedRead<T>(ctx: Context, key: string, read: () => Promise<T>, rows: (value: T) => number): Promise<T> {
  const version = await ctx.cache.memo(versionSlot, () => ctx.storeReads.version());
  return ctx.storeReads.read(version, key, read, rows);
}
