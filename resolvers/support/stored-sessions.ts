import type { Context } from '../context.js';
import { HistorySessionEventSchema, HistorySupportSessionSchema, type HistorySessionEvent, type HistorySupportSession } from '../../store/entities/index.js';
import type { ParticipantKind, SessionEventKind, SessionResolution, SessionStatus, SupportSession, SupportSessionEvent, SupportVendor } from '../../domain/support.js';
import { indexEntryOf, type SessionIndexEntry, type TimeWindow } from '../../adapters/support-source.js';
import { iso, perRequestLoader } from '../history/stored-loader.js';

/** Sessions read from the store: their events come from the store too. */
const stored = new WeakSet<SupportSession>();

export function isStoredSession(session: SupportSession): boolean {
  return stored.has(session);
}

function toSession(row: HistorySupportSession): SupportSession {
  const session: SupportSession = {
    vendor: row.vendor as SupportVendor,
    vendorId: row.vendorId,
    status: row.status as SessionStatus,
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    durationSeconds: row.durationSeconds,
    portal: row.portal,
    queueId: row.queueId,
    teamId: row.teamId,
    agent: row.agentId ? { vendor: row.vendor, vendorId: row.agentId, name: row.agentName ?? '', email: row.agentEmail } : null,
    customer: { name: row.customerName, company: row.customerCompany, email: row.customerEmail },
    externalKey: row.externalKey,
    recordingUrl: row.recordingUrl,
    feedback: { rating: row.rating, comment: row.feedback, resolution: row.resolution as SessionResolution | null },
  };
  stored.add(session);
  return session;
}

/** Which stored sessions a listing wants besides the window: those of one ticket (its key, or linked to it). */
export interface StoredTicketFilter {
  ticketId: string;
  linked: { vendor: string; vendorId: string }[];
}

/**
 * The sessions of the vendors that started in the window, from the store, as index entries
 * carrying their full records (so the page loads nothing from the vendors). One query.
 */
export async function storedSessionIndex(ctx: Context, vendors: readonly SupportVendor[], window: TimeWindow, ticket: StoredTicketFilter | null): Promise<SessionIndexEntry[]> {
  const rows = await ctx.em.fork().find(
    HistorySupportSessionSchema,
    {
      vendor: { $in: [...vendors] },
      startedAt: { $gte: window.from, $lt: window.to },
      ...(ticket && { $or: [{ externalKey: ticket.ticketId }, ...ticket.linked.map((link) => ({ vendor: link.vendor, vendorId: link.vendorId }))] }),
    },
    { disableIdentityMap: true },
  );
  return rows.map((row) => indexEntryOf(toSession(row)));
}

/** Sessions `switchboard sync` stored, by vendorId (unknown ids are left out). One query per 500 ids. */
export async function storedSessionsById(ctx: Context, vendor: SupportVendor, ids: readonly string[]): Promise<SupportSession[]> {
  const found: SupportSession[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await ctx.em.fork().find(HistorySupportSessionSchema, { vendor, vendorId: { $in: ids.slice(start, start + 500) } }, { disableIdentityMap: true });
    found.push(...rows.map(toSession));
  }
  return found;
}

const participant = (kind: string | null, name: string | null) => (kind ? { kind: kind as ParticipantKind, name: name ?? '' } : null);

function toEvent(row: HistorySessionEvent): SupportSessionEvent {
  return {
    kind: row.kind as SessionEventKind,
    vendorType: row.vendorType,
    at: iso(row.at),
    by: participant(row.byKind, row.byName),
    to: participant(row.toKind, row.toName),
    body: row.body,
    fileName: row.fileName,
    fileSize: row.fileSize,
  };
}

const eventsOf = perRequestLoader<SupportSessionEvent[]>(async (ctx, vendor, ids) => {
  const rows = await ctx.em.fork().find(HistorySessionEventSchema, { vendor, sessionVendorId: { $in: ids } }, { orderBy: { seq: 'asc' }, disableIdentityMap: true });
  const bySession = new Map<string, SupportSessionEvent[]>();
  for (const row of rows) bySession.set(row.sessionVendorId, [...(bySession.get(row.sessionVendorId) ?? []), toEvent(row)]);
  return bySession;
}, []);

/** A stored session's events, oldest first; the sessions of a page share one query per vendor. */
export function storedSessionEvents(ctx: Context, session: SupportSession): Promise<SupportSessionEvent[]> {
  return eventsOf(ctx, session.vendor, session.vendorId);
}
