import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { cacheSlot } from '../request-cache.js';

/**
 * A DataLoader per request for a store read keyed `<vendor>:<vendorId>`: every record of a page
 * asking for its children (a session's events, a meeting's attendees) shares one query per vendor.
 */
export function perRequestLoader<V>(load: (ctx: Context, vendor: string, ids: string[]) => Promise<Map<string, V>>, missing: V) {
  const slot = cacheSlot<DataLoader<string, V>>('history/stored-loader');
  return (ctx: Context, vendor: string, vendorId: string): Promise<V> => {
    const loader = ctx.cache.memo(slot, () =>
      new DataLoader<string, V>(async (keys) => {
        const byVendor = new Map<string, string[]>();
        for (const key of keys) {
          const at = key.indexOf(':');
          byVendor.set(key.slice(0, at), [...(byVendor.get(key.slice(0, at)) ?? []), key.slice(at + 1)]);
        }
        const found = new Map<string, V>();
        for (const [vendorOf, ids] of byVendor) for (const [id, value] of await load(ctx, vendorOf, ids)) found.set(`${vendorOf}:${id}`, value);
        return keys.map((key) => found.get(key) ?? missing);
      }, { maxBatchSize: 500 }),
    );
    return loader.load(`${vendor}:${vendorId}`);
  };
}

/** An ISO timestamp of a stored time, or null. */
export const iso = (at: Date | null | undefined): string | null => (at ? at.toISOString() : null);
