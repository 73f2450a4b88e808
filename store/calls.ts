import { CallSchema, type CallRecord } from './entities/index.js';
import type { EntityManager } from './sql-types.js';
import { placeholders, quote, selectRows } from './rows.js';

/** What a CRM push tells about a call before the gateway has worked on it. */
export type NewCall = Pick<
  CallRecord,
  'vendor' | 'vendorCallId' | 'direction' | 'callType' | 'phone' | 'campaignId' | 'agentUserId' | 'userCrtObjectId' | 'customerId' | 'ivrTicketId' | 'startedAt'
>;

export type CallChanges = Partial<Omit<CallRecord, 'id' | 'vendor' | 'vendorCallId' | 'createdAt' | 'updatedAt'>>;

/** Bound parameters per query stay well under SQLite's oldest limit (999). */
const MAX_IDS_PER_QUERY = 500;

/**
 * Stores the call unless a row for the same interaction exists, and says whether this caller
 * made the row: of two pushes of one call racing (in one process or several sharing the
 * database), exactly one gets `claimed: true` and runs the inbound flow; the unique index decides.
 */
export async function claimCall(em: EntityManager, call: NewCall): Promise<{ call: CallRecord; claimed: boolean }> {
  const now = new Date();
  const blank = {
    outcome: null, endedAt: null, talkSeconds: null, holdSeconds: null, ringSeconds: null, disposition: null, systemDisposition: null,
    recordingUrl: null, ticketId: null, contactId: null, callbackAt: null, callbackId: null,
  };
  const result = await em
    .createQueryBuilder(CallSchema)
    .insert({ ...blank, ...call, createdAt: now, updatedAt: now })
    .onConflict(['vendor', 'vendorCallId'])
    .ignore()
    .execute('run');
  const row = await em.fork().findOneOrFail(CallSchema, { vendor: call.vendor, vendorCallId: call.vendorCallId });
  if ((result.affectedRows ?? 0) > 0) return { call: row, claimed: true };
  return { call: row, claimed: await takeOver(em, row) };
}

/** How long a claim stays with a push that has not finished the flow (it may still be working). */
export const CLAIM_LEASE_MS = 30_000;

/**
 * A row whose flow never finished (its push failed, or its process died) is taken over by a
 * later push once the lease is over, or at once after {@link releaseCall}. The update only
 * matches the row as read, so of several pushes taking over, one wins.
 */
async function takeOver(em: EntityManager, row: CallRecord): Promise<boolean> {
  if (row.outcome !== null || row.updatedAt.getTime() > Date.now() - CLAIM_LEASE_MS) return false;
  const taken = await em.fork().nativeUpdate(CallSchema, { id: row.id, outcome: null, updatedAt: row.updatedAt }, { updatedAt: new Date() });
  return taken === 1;
}

/** Gives up a claim whose flow failed, so the vendor's next push of the call runs it again. */
export async function releaseCall(em: EntityManager, vendor: string, vendorCallId: string): Promise<void> {
  await em.fork().nativeUpdate(CallSchema, { vendor, vendorCallId, outcome: null }, { updatedAt: new Date(0) });
}

export function findCall(em: EntityManager, vendor: string, vendorCallId: string): Promise<CallRecord | null> {
  return em.fork().findOne(CallSchema, { vendor, vendorCallId });
}

/** Calls by their vendor ids, in the order asked (null for unknown ones); one query per 500 ids. */
export async function findCalls(em: EntityManager, vendor: string, vendorCallIds: readonly string[]): Promise<(CallRecord | null)[]> {
  const found = new Map<string, CallRecord>();
  const ids = [...new Set(vendorCallIds)];
  for (let start = 0; start < ids.length; start += MAX_IDS_PER_QUERY) {
    const rows = await em.fork().find(CallSchema, { vendor, vendorCallId: { $in: ids.slice(start, start + MAX_IDS_PER_QUERY) } });
    for (const row of rows) found.set(row.vendorCallId, row);
  }
  return vendorCallIds.map((id) => found.get(id) ?? null);
}

/** Applies changes to a call and returns it as stored. Only the fields given are written. */
export async function updateCall(em: EntityManager, vendor: string, vendorCallId: string, changes: CallChanges): Promise<CallRecord> {
  const fork = em.fork();
  await fork.nativeUpdate(CallSchema, { vendor, vendorCallId }, { ...changes, updatedAt: new Date() });
  return fork.findOneOrFail(CallSchema, { vendor, vendorCallId });
}

/** Newest calls per contact or per ticket (every id asked has an entry); one query per 500 ids. */
export async function callsFor(
  em: EntityManager,
  by: 'contactId' | 'ticketId',
  ids: readonly string[],
  limit: number,
): Promise<Map<string, CallRecord[]>> {
  const unique = [...new Set(ids)];
  const grouped = new Map<string, CallRecord[]>(unique.map((id) => [id, []]));
  for (let start = 0; start < unique.length; start += MAX_IDS_PER_QUERY) {
    const chunk = unique.slice(start, start + MAX_IDS_PER_QUERY);
    // Plain SQL: a ticket's or contact's calls are read on every view of it.
    const column = by === 'contactId' ? 'contact_id' : 'ticket_id';
    const rows = await selectRows(em, CallSchema, `${quote(column)} in (${placeholders(chunk.length)})`, chunk, `order by ${quote('started_at')} desc, ${quote('id')} desc`);
    for (const row of rows) {
      const list = grouped.get(row[by] ?? '');
      if (list && list.length < limit) list.push(row);
    }
  }
  return grouped;
}

/** Calls that started in `[from, to)`, newest first, at most `limit`. */
export function callsStartedBetween(em: EntityManager, from: Date, to: Date, limit: number): Promise<CallRecord[]> {
  return em.fork().find(CallSchema, { startedAt: { $gte: from, $lt: to } }, { orderBy: { startedAt: 'desc', id: 'desc' }, limit });
}
