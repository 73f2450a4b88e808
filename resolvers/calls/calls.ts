import { cacheSlot } from '../request-cache.js';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { callsFor, callsStartedBetween, findCalls } from '../../store/calls.js';
import type { CallRecord } from '../../store/entities/index.js';
import { sharedRead } from '../history/store-reads.js';

export const CALL_DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
export const CALL_OUTCOMES = ['TICKET', 'CONTACT', 'NEW_CONTACT', 'AFTER_HOURS', 'DIALLED'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** A contact-centre call, vendor-neutral (Ameyo is the only contact centre today): the stored row in domain terms. */
export type Call = Omit<CallRecord, 'id' | 'vendor' | 'vendorCallId' | 'direction' | 'outcome' | 'callbackId' | 'createdAt' | 'updatedAt'> & {
  vendor: 'ameyo';
  /** Ameyo's crtObjectId. */
  vendorId: string;
  direction: CallDirection;
  outcome: CallOutcome | null;
};

export const CALL_VENDOR = 'ameyo';

export function toCall(record: CallRecord): Call {
  const { id: _id, vendor: _vendor, vendorCallId, direction, outcome, callbackId: _callbackId, createdAt: _created, updatedAt: _updated, ...rest } = record;
  return {
    ...rest,
    vendor: 'ameyo',
    vendorId: vendorCallId,
    direction: direction === 'outbound' ? 'OUTBOUND' : 'INBOUND',
    outcome: (outcome?.toUpperCase().replace('-', '_') ?? null) as CallOutcome | null,
  };
}

/** Most calls listed under one contact or ticket. */
export const MAX_CALLS_PER_RECORD = 100;

interface CallLoaders {
  byId: DataLoader<string, Call | null>;
  byContact: DataLoader<string, Call[]>;
  byTicket: DataLoader<string, Call[]>;
}

/** Per-request store loaders (one query for every contact's or ticket's calls in a response). */
const loaders = cacheSlot<CallLoaders>('calls/calls:loaders');

function callLoaders(ctx: Context): CallLoaders {
  let found = ctx.cache.get(loaders);
  if (!found) {
    const grouped = (by: 'contactId' | 'ticketId') =>
      new DataLoader<string, Call[]>(async (ids) => {
        // A ticket's or contact's calls are read on every view of it: shared while the store is unchanged.
        const calls = await sharedRead(
          ctx,
          `calls ${by} ${JSON.stringify(ids)}`,
          () => callsFor(ctx.em, by, ids, MAX_CALLS_PER_RECORD),
          (found) => [...found.values()].reduce((sum, rows) => sum + rows.length, 0),
        );
        return ids.map((id) => (calls.get(id) ?? []).map(toCall));
      });
    found = {
      byId: new DataLoader(async (ids) => (await findCalls(ctx.em, CALL_VENDOR, ids)).map((record) => record && toCall(record))),
      byContact: grouped('contactId'),
      byTicket: grouped('ticketId'),
    };
    ctx.cache.set(loaders, found);
  }
  return found;
}

export async function callsById(ctx: Context, ids: readonly string[]): Promise<(Call | null)[]> {
  const calls = await callLoaders(ctx).byId.loadMany(ids);
  return calls.map((call) => {
    if (call instanceof Error) throw call;
    return call;
  });
}

export async function callById(ctx: Context, id: string): Promise<Call | null> {
  return (await callsById(ctx, [id]))[0] ?? null;
}

/** The newest calls with a contact or about a ticket, newest first. */
export async function callsOf(ctx: Context, by: 'contact' | 'ticket', id: string, first: number): Promise<Call[]> {
  const all = await (by === 'contact' ? callLoaders(ctx).byContact : callLoaders(ctx).byTicket).load(id);
  return all.slice(0, first);
}

/** The calls this gateway saw (CRM pushes and dials) that started in `[from, to)`, newest first. */
export async function callsStarted(ctx: Context, range: { from: Date; to: Date }, first: number): Promise<Call[]> {
  return (await callsStartedBetween(ctx.em, range.from, range.to, first)).map(toCall);
}

/** Forgets what this request read of a call, after the call was written. */
export function forgetCall(ctx: Context, call: Call): void {
  const l = callLoaders(ctx);
  l.byId.clear(call.vendorId).prime(call.vendorId, call);
  if (call.contactId) l.byContact.clear(call.contactId);
  if (call.ticketId) l.byTicket.clear(call.ticketId);
}
