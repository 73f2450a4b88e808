import DataLoader from 'dataloader';
import { cacheSlot } from '../request-cache.js';
import type { Context } from '../context.js';
import { fromEachVendor } from '../from-each-vendor.js';
import { sharedRead } from '../history/store-reads.js';
import { linkedSessions } from './links.js';
import { sessionsOfTicketSince } from './ticket-window.js';
import { indexFailed, indexListing, indexRead } from './index-writes.js';
import type { SupportSession, SupportVendor, UnavailableVendor } from '../../domain/support.js';
import { indexEntryOf, type SessionIndexEntry, type TimeWindow } from '../../adapters/support-source.js';
import type { VendorSupportSource } from '../../adapters/index.js';
import { isFinalStatus, readIndexMarks, recordOf, sessionLinks } from '../../store/session-links.js';
import { coveredSpan, inSpan, uncoveredSpans, type Span } from '../../store/session-index-span.js';
import type { SessionLink } from '../../store/entities/index.js';

const marksSlot = cacheSlot<Promise<Map<string, Span>>>('support/ticket-index:marks');
const listingsSlot = cacheSlot<Map<string, Promise<SessionIndexEntry[]>>>('support/ticket-index:listings');
const rowsSlot = cacheSlot<DataLoader<string, SessionLink[]>>('support/ticket-index:rows');

const keyOf = (session: { vendor: string; vendorId: string }) => `${session.vendor}:${session.vendorId}`;

/** Every vendor's watermark, read once per request (and shared while the store is unchanged). */
function marks(ctx: Context): Promise<Map<string, Span>> {
  return ctx.cache.memo(marksSlot, () => sharedRead(ctx, 'support_session_index_marks', () => readIndexMarks(ctx.em), (found) => found.size));
}

/**
 * One vendor's sessions of a window, listed once per request (tickets asked about together share
 * it) and written to the index, which moves the vendor's watermark as far as the listing proves.
 */
function listing(ctx: Context, source: VendorSupportSource, window: TimeWindow): Promise<SessionIndexEntry[]> {
  const listings = ctx.cache.memo(listingsSlot, () => new Map<string, Promise<SessionIndexEntry[]>>());
  const key = `${source.vendor} ${window.from.toISOString()}/${window.to.toISOString()}`;
  let found = listings.get(key);
  if (!found) {
    found = source.index(ctx, window).then(async (entries) => {
      await indexListing(ctx, source.vendor, window, entries);
      return entries;
    });
    listings.set(key, found);
  }
  return found;
}

/** The index rows of a ticket: sessions keyed to it, and those the gateway linked to it. One query per batch of tickets. */
function ticketRows(ctx: Context, ticketId: string): Promise<SessionLink[]> {
  const loader = ctx.cache.memo(
    rowsSlot,
    () =>
      new DataLoader<string, SessionLink[]>(async (ticketIds) => {
        const links = await Promise.all(ticketIds.map((id) => linkedSessions(ctx, id)));
        const query = { externalKeys: ticketIds, sessions: links.flat().map(({ vendor, vendorId }) => ({ vendor, vendorId })) };
        const rows = await sharedRead(ctx, `support_session_links ${JSON.stringify(query)}`, () => sessionLinks(ctx.em, query), (found) => found.length);
        return ticketIds.map((id, index) => {
          const mine = new Set(links[index]!.map(keyOf));
          return rows.filter((row) => row.externalKey === id || mine.has(`${row.vendor}:${row.sessionId}`));
        });
      }),
  );
  return loader.load(ticketId);
}

/** An index row as a listing entry; an ended session's record, when the index holds it, comes along. */
function entryOfRow(row: SessionLink): SessionIndexEntry {
  const record = recordOf(row);
  return {
    vendor: row.vendor as SupportVendor,
    vendorId: row.sessionId,
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    status: row.status as SessionIndexEntry['status'],
    agentId: row.agentId,
    externalKey: row.externalKey,
    ...(record && { session: record }),
  };
}

/**
 * A ticket's sessions through the link index: what each vendor's watermark covers comes from the
 * index (no vendor call); each vendor lists only the rest of the ticket's lifetime (normally the
 * minutes since its watermark, which the listing then moves on). Sessions the gateway linked to
 * the ticket that neither holds are read by id, as before. Null when the store cannot be read:
 * the caller then lists every vendor as it did without the index.
 *
 * @param widest the default window of the listing (the lookback up to a little past now)
 */
export async function indexedTicketSessions(
  ctx: Context,
  sources: readonly VendorSupportSource[],
  ticketId: string,
  widest: TimeWindow,
): Promise<{ items: SessionIndexEntry[]; unavailable: UnavailableVendor[] } | null> {
  let known: [Map<string, Span>, SessionLink[]];
  try {
    known = await Promise.all([marks(ctx), ticketRows(ctx, ticketId)]);
  } catch (error) {
    indexFailed(error, 'read');
    return null;
  }
  const [markOf, rows] = known;
  const [since, links] = await Promise.all([sessionsOfTicketSince(ctx, ticketId), linkedSessions(ctx, ticketId)]);
  const window = since && since > widest.from && since < widest.to ? { from: since, to: widest.to } : widest;
  const linked = new Set(links.map(keyOf));

  const read = await fromEachVendor(sources, async (source) => {
    const mark = markOf.get(source.vendor) ?? null;
    const listed = (await Promise.all(uncoveredSpans(window, mark).map((gap) => listing(ctx, source, gap)))).flat();
    const listedIds = new Set(listed.map((entry) => entry.vendorId));
    const covered = coveredSpan(window, mark);
    const indexed = rows.filter(
      (row) =>
        row.vendor === source.vendor &&
        !listedIds.has(row.sessionId) &&
        // Within the watermark the index is complete; outside it, only a linked session that has ended is settled.
        ((covered !== null && inSpan(row.startedAt, covered)) || (linked.has(`${row.vendor}:${row.sessionId}`) && isFinalStatus(row.status) && inSpan(row.startedAt, widest))),
    );
    return [...listed, ...indexed.map(entryOfRow)];
  });
  const items = read.items.filter((entry) => entry.externalKey === ticketId || linked.has(keyOf(entry)));

  // Linked sessions neither the listings nor the index answer for: read by id, kept when the default window holds them.
  const seen = new Set(read.items.map(keyOf));
  const settledElsewhere = new Set(rows.filter((row) => isFinalStatus(row.status) && !inSpan(row.startedAt, widest)).map((row) => `${row.vendor}:${row.sessionId}`));
  const failed = new Set(read.unavailable.map((vendor) => vendor.vendor));
  const earlier = links.filter((link) => !seen.has(keyOf(link)) && !settledElsewhere.has(keyOf(link)) && !failed.has(link.vendor));
  const bySource = sources.filter((source) => earlier.some((link) => link.vendor === source.vendor));
  if (bySource.length === 0) return { items, unavailable: read.unavailable };
  const byId = await fromEachVendor(bySource, async (source) => {
    const records = (await source.sessions(ctx, earlier.filter((link) => link.vendor === source.vendor).map((link) => link.vendorId))).filter((record): record is SupportSession => record !== null);
    await indexRead(ctx, records);
    return records.filter((record) => inSpan(record.startedAt, widest)).map(indexEntryOf);
  });
  return { items: [...items, ...byId.items], unavailable: [...read.unavailable, ...byId.unavailable] };
}
