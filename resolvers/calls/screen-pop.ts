import { cacheSlot } from '../request-cache.js';
import { vendorClient } from '../../adapters/vendor-client.js';
import { renewRequestState, type Context } from '../context.js';
import { callById, type Call } from './calls.js';
import { openSupportSessionsOfTicket } from '../support/sessions.js';
import type { SupportSession, UnavailableVendor } from '../../domain/support.js';
import { toTicket } from '../../adapters/zendesk/ticket-mapping.js';
import type { Ticket } from '../../domain/tickets.js';
import { fromEachVendor } from '../from-each-vendor.js';


/** What an agent's screen shows for a call: the call; ticket, contact and history resolve per field. */
export interface ScreenPop {
  call: Call;
  /**
   * The context this pop's fields read through. A subscription's context outlives its events,
   * and what a request caches per context (the caller's tickets, agent states, support
   * listings) must not carry from one call to the next: each event gets its own.
   */
  ctx?: Context;
}

export async function screenPop(ctx: Context, callId: string): Promise<ScreenPop | null> {
  const call = await callById(ctx, callId);
  return call && { call };
}

/**
 * The screen-pop for one event of a long-lived subscription, read through a context of its own
 * (fresh loaders and request cache); the subscription's context is renewed the same way, and the
 * pop keeps a copy of it for the fields under its records, so a later event's renewal leaves them be.
 */
export async function freshScreenPop(ctx: Context, callId: string): Promise<ScreenPop | null> {
  renewRequestState(ctx);
  const eventCtx: Context = { ...ctx };
  const pop = await screenPop(eventCtx, callId);
  return pop && { ...pop, ctx: eventCtx };
}

/** Most recent tickets shown with a caller. */
export const RECENT_TICKETS = 5;
/** How many of a caller's tickets are read (newest first) for their history, sessions and preferred agent. */
const CALLER_TICKETS = 100;
const UNSOLVED = new Set(['NEW', 'OPEN', 'PENDING', 'HOLD']);

const callerTickets = cacheSlot<Map<string, Promise<Ticket[]>>>('calls/screen-pop:callerTickets');

/** A contact's tickets, most recently updated first: one search per request and contact, whichever fields ask. */
export function ticketsOfCaller(ctx: Context, contactId: string): Promise<Ticket[]> {
  let perContact = ctx.cache.get(callerTickets);
  if (!perContact) ctx.cache.set(callerTickets, (perContact = new Map()));
  let pending = perContact.get(contactId);
  if (!pending) {
    const client = vendorClient(ctx.vendors, 'zendesk');
    pending = client.searchTickets({ requesterId: contactId, sortBy: 'updated_at', sortOrder: 'desc', perPage: CALLER_TICKETS }, { signal: ctx.signal }).then((result) => {
      for (const record of result.tickets) ctx.loaders.zendesk.tickets.prime(record.id, record);
      return result.tickets.map((record) => toTicket(record, client.baseUrl));
    });
    perContact.set(contactId, pending);
  }
  return pending;
}

/** The contact's tickets still being worked on (new, open, pending, on hold), newest first. */
export async function unsolvedTicketsOf(ctx: Context, contactId: string): Promise<Ticket[]> {
  return (await ticketsOfCaller(ctx, contactId)).filter((ticket) => UNSOLVED.has(ticket.status));
}

export async function recentTickets(ctx: Context, contactId: string, first: number = RECENT_TICKETS): Promise<Ticket[]> {
  return (await ticketsOfCaller(ctx, contactId)).slice(0, first);
}

/** A call's open support sessions, and the support vendors that could not list theirs. */
export interface CallSupportSessions {
  sessions: SupportSession[];
  unavailable: UnavailableVendor[];
}

const callSessions = cacheSlot<Map<string, Promise<CallSupportSessions>>>('calls/screen-pop:callSessions');

/**
 * Remote-support sessions waiting or running for the call's ticket and the caller's unsolved
 * tickets, across vendors (each vendor's listing is read once per request), with the support
 * vendors that could not answer: their sessions are missing (Zendesk among them when the caller's
 * tickets cannot be read).
 */
export function openSupportSessionsOfCall(ctx: Context, call: Call): Promise<CallSupportSessions> {
  let perCall = ctx.cache.get(callSessions);
  if (!perCall) ctx.cache.set(callSessions, (perCall = new Map()));
  let pending = perCall.get(call.vendorId);
  if (!pending) {
    pending = sessionsOfCall(ctx, call);
    perCall.set(call.vendorId, pending);
  }
  return pending;
}

async function sessionsOfCall(ctx: Context, call: Call): Promise<CallSupportSessions> {
  const contactId = call.contactId;
  // Without Zendesk the caller's other tickets are unknown: the call's own ticket is still asked about.
  const callerTickets = contactId
    ? await fromEachVendor([{ vendor: 'zendesk' }], () => unsolvedTicketsOf(ctx, contactId))
    : { items: [], unavailable: [] };
  const ticketIds = new Set<string>([...(call.ticketId ? [call.ticketId] : []), ...callerTickets.items.map((ticket) => ticket.vendorId)]);
  const found = await Promise.all([...ticketIds].map((id) => openSupportSessionsOfTicket(ctx, id)));
  const unique = new Map<string, SupportSession>();
  for (const session of found.flatMap((result) => result.sessions)) unique.set(`${session.vendor}:${session.vendorId}`, session);
  const unavailable = new Map<string, UnavailableVendor>();
  for (const vendor of [...callerTickets.unavailable, ...found.flatMap((result) => result.unavailable)]) unavailable.set(vendor.vendor, vendor);
  return { sessions: [...unique.values()], unavailable: [...unavailable.values()] };
}
