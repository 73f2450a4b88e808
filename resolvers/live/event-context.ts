import { unavailableVendors } from '../../live/board.js';
import { renewRequestState, type Context } from '../context.js';
import { primeAgents } from '../agents/agents.js';

/**
 * Readies a subscription's context for its next event. The context outlives its events, and
 * what it cached for one (vendor reads, the people) must not answer the next: each event gets
 * fresh loaders and request cache (and a new "now"), and the people from the live board, so a session's agent or a queue's members
 * cost no vendor call. Other relation fields (an agent's teams, a session's ticket) read the
 * vendor as a query would, per subscriber and event: dashboards should select them sparingly.
 */
export function readyForEvent(ctx: Context): void {
  renewRequestState(ctx);
  peopleFromBoard(ctx);
}

/** The people this request sees are the live board's (the `liveBoard` query: its sessions' agents cost no vendor call). */
export function peopleFromBoard(ctx: Context): void {
  const board = ctx.live.board();
  primeAgents(ctx, board.agents, unavailableVendors(board.vendors));
}

/** A live subscription field's `resolve`: readies the context, then the event is the value. */
export function eachEvent<T>(event: T, _args: unknown, ctx: Context): T {
  readyForEvent(ctx);
  return event;
}
