import { cacheSlot } from '../request-cache.js';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';

/**
 * How much earlier than its ticket's `created_at` a session opened for the ticket may still be
 * stamped: the vendors' clocks and Zendesk's are not the same clock.
 */
export const TICKET_CLOCK_SKEW_MS = 60 * 60_000;

interface TicketWindows {
  /** Ticket id → the earliest start a session for it (or for any ticket of its batch) can have; null when unknown. */
  since: DataLoader<string, Date | null>;
  /** Starts already handed out in this request, so a later batch reuses a listing that covers it. */
  given: Date[];
}

const perRequest = cacheSlot<TicketWindows>('support/ticket-window:perRequest');

/** The tickets' creation times (ms), null for a ticket that cannot be read (unknown, or Zendesk absent or failing). */
async function createdAt(ctx: Context, ticketIds: readonly string[]): Promise<(number | null)[]> {
  try {
    const tickets = await ctx.loaders.zendesk.tickets.loadMany(ticketIds);
    return tickets.map((ticket) => {
      const time = ticket && !(ticket instanceof Error) ? Date.parse(ticket.created_at) : NaN;
      return Number.isFinite(time) ? time : null;
    });
  } catch {
    // Zendesk not configured: its loaders throw on use; the listing then keeps its default window.
    return ticketIds.map(() => null);
  }
}

function windows(ctx: Context): TicketWindows {
  let found = ctx.cache.get(perRequest);
  if (!found) {
    const given: Date[] = [];
    found = {
      given,
      since: new DataLoader(async (ticketIds) => {
        const created = await createdAt(ctx, ticketIds);
        const known = created.filter((time): time is number => time !== null);
        if (known.length === 0) return ticketIds.map(() => null);
        // One start for the whole batch: every ticket of it then shares one listing per vendor.
        const needed = Math.min(...known) - TICKET_CLOCK_SKEW_MS;
        const covering = given.filter((start) => start.getTime() <= needed).sort((a, b) => b.getTime() - a.getTime())[0];
        const since = covering ?? new Date(Math.floor(needed / 1000) * 1000);
        if (!covering) given.push(since);
        return created.map((time) => (time === null ? null : since));
      }),
    };
    ctx.cache.set(perRequest, found);
  }
  return found;
}

/**
 * The earliest moment a support session opened for the ticket can have started: its creation
 * (less TICKET_CLOCK_SKEW_MS), or the earliest of the tickets asked about in the same tick.
 * Null when the ticket cannot be read (unknown, or Zendesk failing): then nothing narrows.
 */
export function sessionsOfTicketSince(ctx: Context, ticketId: string): Promise<Date | null> {
  return windows(ctx).since.load(ticketId);
}
