import type { LiveBoard } from '../../domain/live.js';
import type { LiveMessage } from '../../live/subscribers.js';
import { isActive, type LiveQueue, type VendorStatus, type WebinarActivity } from '../../domain/live.js';
import type { Context } from '../context.js';
import type { Agent } from '../../domain/agents.js';
import type { SupportSession } from '../../domain/support.js';

export const LIVE_BOARD_EVENT_KINDS = ['BOARD', 'AGENT', 'QUEUE', 'SESSION', 'VENDOR', 'WEBINAR'] as const;
export type LiveBoardEventKind = (typeof LIVE_BOARD_EVENT_KINDS)[number];

/**
 * One `liveBoard` event: first (and again after a subscriber fell behind) the whole board; then
 * one change each, of the kind `kind` says, with the record as it is now.
 */
export interface LiveBoardEvent {
  kind: LiveBoardEventKind;
  board: LiveBoard | null;
  agent: Agent | null;
  queue: LiveQueue | null;
  session: SupportSession | null;
  vendor: VendorStatus | null;
  webinar: WebinarActivity | null;
  /** The agent or queue left the board, the session is no longer waiting or active. */
  removed: boolean;
  at: string;
}

const blank = { board: null, agent: null, queue: null, session: null, vendor: null, webinar: null, removed: false };

export function boardEvent(board: LiveBoard): LiveBoardEvent {
  return { ...blank, kind: 'BOARD', board, at: board.at };
}

export function liveBoardEvents(message: LiveMessage): LiveBoardEvent[] {
  if (message.type !== 'update') return [];
  const { batch, people } = message.update;
  const at = batch.at;
  const events: LiveBoardEvent[] = people.map((person) => ({ ...blank, kind: 'AGENT', agent: (person.after ?? person.before)!, removed: person.after === null, at }));
  for (const change of batch.changes) {
    if (change.kind === 'queue') events.push({ ...blank, kind: 'QUEUE', queue: (change.after ?? change.before)!, removed: change.after === null, at });
    else if (change.kind === 'session') {
      const session = (change.after ?? change.before)!;
      events.push({ ...blank, kind: 'SESSION', session, removed: !change.after || !isActive(change.after), at });
    } else if (change.kind === 'vendor') events.push({ ...blank, kind: 'VENDOR', vendor: change.after, at });
    else if (change.kind === 'webinar') events.push({ ...blank, kind: 'WEBINAR', webinar: change.activity, at });
  }
  return events;
}

/** What a `liveBoard` subscriber starts with, and skips to when it fell behind: the whole board as it is now. */
export function freshBoard(ctx: Context): LiveBoardEvent[] {
  return [boardEvent(ctx.live.board())];
}

/** `liveBoard`: the whole board, then its changes; a subscriber that falls behind gets a fresh whole board instead of its backlog. */
export function watchLiveBoard(ctx: Context): AsyncIterableIterator<LiveBoardEvent> {
  const fresh = () => freshBoard(ctx);
  return ctx.live.watch<LiveBoardEvent>({ events: liveBoardEvents, initial: fresh, skip: fresh });
}
