import type { Context } from '../server/context.js';
import { createLoaders } from './loaders/index.js';
import { callById, forgetCalls, type Call } from './calls.js';
import { openSupportSessionsOfTicket } from './support-sessions.js';
import type { SupportSession } from './support-model.js';
import { toTicket, type Ticket } from './tickets.js';
import { zendesk } from './zendesk-access.js';

/** What an agent's screen shows for a call: the call; ticket, contact and history resolve per field. */
export interface ScreenPop {
  call: Call;
}

export async function screenPop(ctx: Context, callId: string): Promise<ScreenPop | null> {
  const call = await callById(ctx, callId);
  return call && { call };
}

/**
 * The screen-pop for one event of a long-lived subscription: its context lives as long as the
 * subscription, so what earlier events read (the call, tickets, contacts) is dropped first.
 */
export function freshScreenPop(ctx: Context, callId: string): Promise<ScreenPop | null> {
  ctx.loaders = createLoaders(ctx.vendors, ctx.signal);
  forgetCalls(ctx);
  return screenPop(ctx, callId);
}

/** Most recent tickets shown with a caller. */
export const RECENT_TICKETS = 5;
/** How many of a caller's tickets are read (newest first) for their history, sessions and preferred agent. */
const CALLER_TICKETS = 100;
const UNSOLVED = new Set(['NEW', 'OPEN', 'PENDING', 'HOLD']);

const callerTickets = new WeakMap<Context, Map<string, Promise<Ticket[]>>>();

/** A contact's tickets, most recently updated first: one search per request and contact, whichever fields ask. */
export function ticketsOfCaller(ctx: Context, contactId: string): Promise<Ticket[]> {
  let perContact = callerTickets.get(ctx);
  if (!perContact) callerTickets.set(ctx, (perContact = new Map()));
  let pending = perContact.get(contactId);
  if (!pending) {
    const { client } = zendesk(ctx);
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

/**
 * Remote-support sessions waiting or running for the call's ticket and the caller's unsolved
 * tickets, across vendors (each vendor's listing is read once per request). A support vendor
 * that fails leaves its sessions out.
 */
export async function openSupportSessionsOfCall(ctx: Context, call: Call): Promise<SupportSession[]> {
  const ticketIds = new Set<string>(call.ticketId ? [call.ticketId] : []);
  if (call.contactId) for (const ticket of await unsolvedTicketsOf(ctx, call.contactId)) ticketIds.add(ticket.vendorId);
  const found = await Promise.all([...ticketIds].map((id) => openSupportSessionsOfTicket(ctx, id)));
  const unique = new Map<string, SupportSession>();
  for (const session of found.flatMap((result) => result.sessions)) unique.set(`${session.vendor}:${session.vendorId}`, session);
  return [...unique.values()];
}
