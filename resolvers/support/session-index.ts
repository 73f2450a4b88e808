import type { VendorSupportSource } from '../../adapters/index.js';
import type { Context } from '../context.js';
import { storedUntil } from '../history/source.js';
import { storedSessionIndex, type StoredTicketFilter } from './stored-sessions.js';
import type { SessionIndexEntry, TimeWindow } from '../../adapters/support-source.js';

/**
 * One vendor's sessions that started in the window. The part `switchboard sync` has settled in the
 * store (every session that started before its coverage ends has ended and is stored as it ended)
 * comes from the store, with full records; only the rest, up to now, is listed by the vendor. A
 * ticket's sessions since its creation months ago then cost the vendor a listing of the last
 * minutes, not of those months. Without a synced store it is the vendor's listing, as before.
 *
 * @param ticket with a ticket, the stored part holds only its sessions (the caller filters the listed part)
 */
export async function sessionIndex(ctx: Context, source: VendorSupportSource, window: TimeWindow, ticket: StoredTicketFilter | null): Promise<SessionIndexEntry[]> {
  const settled = await storedUntil(ctx, { vendor: source.vendor, resource: 'sessions' }, window);
  if (!settled) return source.index(ctx, window);
  const stored = await storedSessionIndex(ctx, [source.vendor], { from: window.from, to: settled }, ticket);
  if (settled.getTime() >= window.to.getTime()) return stored;
  return [...stored, ...(await source.index(ctx, { from: settled, to: window.to }))];
}
