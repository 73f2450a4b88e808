import DataLoader from 'dataloader';
import { cacheSlot } from '../request-cache.js';
import type { Context } from '../context.js';
import { currentRequest } from '../request-scope.js';
import type { StartedSupportSession, SupportSession, SupportVendor } from '../../domain/support.js';
import type { SessionIndexEntry, TimeWindow } from '../../adapters/support-source.js';
import { indexedSession, writeSessionIndex, type IndexSource } from '../../store/session-links.js';

/**
 * What the gateway writes to the link index (store/session-links.ts) as it goes: what its
 * listings found, what its own commands changed, the records it read. The index is a cache the
 * next listing refills, so a failed write is logged and never fails the request.
 */

/** Logs a store failure of the index (read or write), once per request at most per kind. */
export function indexFailed(error: unknown, what: 'read' | 'written'): void {
  const scope = currentRequest();
  const key = `link-index ${what}`;
  if (!scope || scope.reported.has(key)) return;
  scope.reported.add(key);
  scope.logger.warn({ err: error }, `the session link index could not be ${what}; the vendors answer instead`);
}

async function write(ctx: Context, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    indexFailed(error, 'written');
  }
}

/** Listings (by identity) this process has written, with the window they were listed for. */
const written = new WeakMap<readonly SessionIndexEntry[], string>();

/**
 * Everything a listing of the window returned: the sessions, and the watermark as far as the
 * listing proves it. A listing shared across requests (the same frozen entries, adapters/loading/
 * mapped-once.ts) is written once: the requests after the first add nothing to it.
 */
export async function indexListing(ctx: Context, vendor: SupportVendor, window: TimeWindow, entries: readonly SessionIndexEntry[]): Promise<void> {
  const listed = `${vendor} ${window.from.getTime()}/${window.to.getTime()}`;
  if (written.get(entries) === listed) return;
  try {
    await writeSessionIndex(ctx.em, {
      vendor,
      sessions: entries.map(({ session, ...entry }) => ({ ...entry, ...(session && { record: session }) })),
      observedAt: ctx.cache.now,
      source: 'listing',
      listed: window,
    });
    if (Object.isFrozen(entries)) written.set(entries, listed);
  } catch (error) {
    indexFailed(error, 'written');
  }
}

const readBack = cacheSlot<DataLoader<SupportSession, void>>('support/index-writes:readBack');

/**
 * Sessions the gateway just read in full from their vendor: their state, and the records of ended
 * ones (the next read of them costs no vendor call). The tickets of a page write in one batch.
 */
export function indexRead(ctx: Context, sessions: readonly SupportSession[]): Promise<void> {
  if (!ctx.linkIndex || sessions.length === 0) return Promise.resolve();
  const loader = ctx.cache.memo(
    readBack,
    () =>
      new DataLoader<SupportSession, void>(
        async (batch) => {
          await writeSessions(ctx, batch, 'listing', ctx.cache.now);
          return batch.map(() => undefined);
        },
        { cache: false },
      ),
  );
  return loader.loadMany(sessions).then(() => undefined);
}

/** Sessions the gateway's own command just changed (observed once the vendor confirmed it). */
export function indexCommanded(ctx: Context, sessions: readonly SupportSession[]): Promise<void> {
  if (!ctx.linkIndex || sessions.length === 0) return Promise.resolve();
  return writeSessions(ctx, sessions, 'gateway', ctx.clock());
}

async function writeSessions(ctx: Context, sessions: readonly SupportSession[], source: Extract<IndexSource, 'listing' | 'gateway'>, observedAt: Date): Promise<void> {
  const byVendor = new Map<string, SupportSession[]>();
  for (const session of sessions) byVendor.set(session.vendor, [...(byVendor.get(session.vendor) ?? []), session]);
  for (const [vendor, own] of byVendor) {
    await write(ctx, () => writeSessionIndex(ctx.em, { vendor, sessions: own.map((session) => indexedSession(session, source === 'listing')), observedAt, source }));
  }
}

/**
 * A session the gateway just started (GoToAssist gives its id; a Bomgar session key becomes a
 * session only when the customer uses it, and the listing finds it by its external key). Its
 * start is not known yet: the next listing fills it in.
 */
export async function indexStarted(ctx: Context, started: StartedSupportSession): Promise<void> {
  if (!ctx.linkIndex || !started.sessionId) return;
  const session = { vendor: started.vendor, vendorId: started.sessionId, startedAt: null, endedAt: null, status: 'WAITING' as const, agentId: null, externalKey: started.ticketId };
  await write(ctx, () => writeSessionIndex(ctx.em, { vendor: started.vendor, sessions: [session], observedAt: ctx.clock(), source: 'gateway' }));
}
