import type { LiveMessage } from '../../live/subscribers.js';
import { newestPerKey } from '../../live/latest-queue.js';
import type { LiveQueue } from '../../domain/live.js';
import type { Context } from '../context.js';

/** A queue's figures changed (or it appeared, or it left the board: `removed`). */
export interface QueueEvent {
  /** The queue as it is now (as it was, when removed). */
  queue: LiveQueue;
  previous: LiveQueue | null;
  removed: boolean;
  at: string;
}

export interface QueueFilter {
  vendor?: string | null;
  queue?: { vendor: string; vendorId: string } | null;
  /** Only the queue of this team. */
  team?: { vendor: string; vendorId: string } | null;
}

function passes(queue: LiveQueue, filter: QueueFilter): boolean {
  if (filter.vendor && queue.vendor !== filter.vendor) return false;
  if (filter.queue && !(queue.vendor === filter.queue.vendor && queue.vendorId === filter.queue.vendorId)) return false;
  if (filter.team && !(queue.vendor === filter.team.vendor && queue.teamId === filter.team.vendorId)) return false;
  return true;
}

export function queueEvents(message: LiveMessage, filter: QueueFilter): QueueEvent[] {
  if (message.type !== 'update') return [];
  const { batch } = message.update;
  return batch.changes.flatMap((change) => {
    if (change.kind !== 'queue') return [];
    const queue = (change.after ?? change.before)!;
    return passes(queue, filter) ? [{ queue, previous: change.before, removed: change.after === null, at: batch.at }] : [];
  });
}

/** `queueChanged`: changes of the queues that pass the filter; a slow subscriber keeps each queue's latest. */
export function watchQueues(ctx: Context, filter: QueueFilter): AsyncIterableIterator<QueueEvent> {
  return ctx.live.watch<QueueEvent>({
    events: (message) => queueEvents(message, filter),
    skip: newestPerKey((event) => `${event.queue.vendor}:${event.queue.vendorId}`),
  });
}
