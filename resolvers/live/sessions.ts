import type { LiveMessage } from '../../live/subscribers.js';
import { newestPerKey } from '../../live/latest-queue.js';
import { isActive } from '../../domain/live.js';
import type { Context } from '../context.js';
import type { SessionStatus, SupportSession } from '../../domain/support.js';

/** A session changed: it started waiting, an agent took it, it was transferred, it ended, it was rated. */
export interface SessionEvent {
  session: SupportSession;
  /** Null when the board did not have it. */
  previousStatus: SessionStatus | null;
  /** The session left the board (it is no longer waiting or active). */
  ended: boolean;
  at: string;
}

/** One session (by vendor and id), or every session of a ticket (the vendor's external key). */
export type SessionWatch = { session: { vendor: string; vendorId: string } } | { ticketId: string };

export function sessionEvents(message: LiveMessage, watch: SessionWatch): SessionEvent[] {
  if (message.type !== 'update') return [];
  const { batch } = message.update;
  return batch.changes.flatMap((change) => {
    if (change.kind !== 'session' || !change.after) return [];
    const session = change.after;
    const wanted =
      'session' in watch ? session.vendor === watch.session.vendor && session.vendorId === watch.session.vendorId : session.externalKey === watch.ticketId;
    return wanted ? [{ session, previousStatus: change.before?.status ?? null, ended: !isActive(session), at: batch.at }] : [];
  });
}

/** `sessionChanged`: the watched session's (or ticket's sessions') changes; a slow subscriber keeps each session's latest. */
export function watchSessions(ctx: Context, watch: SessionWatch): AsyncIterableIterator<SessionEvent> {
  return ctx.live.watch<SessionEvent>({
    events: (message) => sessionEvents(message, watch),
    skip: newestPerKey((event) => `${event.session.vendor}:${event.session.vendorId}`),
  });
}
