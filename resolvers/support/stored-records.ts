import DataLoader from 'dataloader';
import { cacheSlot } from '../request-cache.js';
import type { Context } from '../context.js';
import { indexFailed } from './index-writes.js';
import { storedSessionsById } from './stored-sessions.js';
import type { SupportSession, SupportVendor } from '../../domain/support.js';
import type { SessionIndexEntry } from '../../adapters/support-source.js';
import { isFinalStatus, recordOf, sameKey, sessionLinks } from '../../store/session-links.js';

/** What the store holds for one session: the link index's record, and the one `switchboard sync` stored. */
interface Held {
  indexed: SupportSession | null;
  synced: SupportSession | null;
}

const NOTHING: Held = { indexed: null, synced: null };
const perRequest = cacheSlot<DataLoader<string, Held>>('support/stored-records:perRequest');

/** Keyed `<vendor>:<vendorId>`: every ticket of a page asks in the same tick, so they share two queries. */
function loader(ctx: Context): DataLoader<string, Held> {
  return ctx.cache.memo(
    perRequest,
    () =>
      new DataLoader<string, Held>(
        async (keys) => {
          const sessions = keys.map((key) => ({ vendor: key.slice(0, key.indexOf(':')), vendorId: key.slice(key.indexOf(':') + 1) }));
          const held = new Map<string, Held>(keys.map((key) => [key, { indexed: null, synced: null }]));
          try {
            for (const row of await sessionLinks(ctx.em.fork(), { sessions })) {
              const found = held.get(`${row.vendor}:${row.sessionId}`);
              if (found) found.indexed = recordOf(row);
            }
            for (const vendor of new Set(sessions.map((session) => session.vendor))) {
              const ids = sessions.filter((session) => session.vendor === vendor).map((session) => session.vendorId);
              for (const record of await storedSessionsById(ctx, vendor as SupportVendor, ids)) {
                const found = held.get(`${vendor}:${record.vendorId}`);
                if (found) found.synced = record;
              }
            }
          } catch (error) {
            // A store that fails answers nothing: the vendors are asked.
            indexFailed(error, 'read');
            return keys.map(() => NOTHING);
          }
          return keys.map((key) => held.get(key)!);
        },
        { maxBatchSize: 500 },
      ),
  );
}

const endOf = (at: string | null) => (at === null ? null : Date.parse(at));

/**
 * Full records the store already holds for entries of ended sessions, by `<vendor>:<vendorId>`:
 * the link index's (kept from an earlier read), else the one `switchboard sync` stored. A record
 * counts only while it names the same ticket and end as the entry (a key changed since makes it
 * stale, and the vendor is asked).
 */
export async function storedRecords(ctx: Context, entries: readonly SessionIndexEntry[]): Promise<Map<string, SupportSession>> {
  const ended = entries.filter((entry) => !entry.session && isFinalStatus(entry.status));
  const held = await loader(ctx).loadMany(ended.map((entry) => `${entry.vendor}:${entry.vendorId}`));
  const found = new Map<string, SupportSession>();
  ended.forEach((entry, index) => {
    const candidates = held[index];
    if (!candidates || candidates instanceof Error) return;
    const agrees = (record: SupportSession | null): record is SupportSession =>
      record !== null && isFinalStatus(record.status) && sameKey(record.externalKey, entry.externalKey) && endOf(record.endedAt) === endOf(entry.endedAt);
    const record = [candidates.indexed, candidates.synced].find(agrees);
    if (record) found.set(`${entry.vendor}:${entry.vendorId}`, record);
  });
  return found;
}
