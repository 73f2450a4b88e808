import type {
  LiveAgentFragment,
  LiveBoardSubscription,
  LiveQueueFragment,
  LiveSessionFragment,
  LiveVendorFragment,
  Vendor,
} from '../../clients/graphql/generated/graphql.js';

export type BoardEvent = LiveBoardSubscription['liveBoard'];

/**
 * A queue as the page holds it, with when it arrived: the gateway sends a queue again only when
 * someone joins or leaves it, not because its wait grew, so the page counts the wait on from the
 * figure it got (by its own clock: the gateway's may differ).
 */
export type BoardQueue = LiveQueueFragment & { receivedAt: number };

/** The queue's longest wait in seconds at `now` (ms, the page's clock). */
export function longestWaitNow(queue: BoardQueue, now: number): number {
  return queue.waitingCount > 0 ? queue.longestWaitSeconds + Math.max(0, now - queue.receivedAt) / 1000 : 0;
}

/** The board as the page holds it: the last BOARD event with every change since applied. */
export interface Board {
  at: string | null;
  agents: Map<string, LiveAgentFragment>;
  queues: Map<string, BoardQueue>;
  sessions: Map<string, LiveSessionFragment>;
  vendors: Map<Vendor, LiveVendorFragment>;
  /** Whole boards received: the first paint, then one per reconnect (or when the gateway skipped a slow page ahead). */
  paints: number;
}

export function emptyBoard(): Board {
  return { at: null, agents: new Map(), queues: new Map(), sessions: new Map(), vendors: new Map(), paints: 0 };
}

function keyed<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function upsert<T, K>(map: Map<K, T>, key: K, item: T, removed: boolean): void {
  if (removed) map.delete(key);
  else map.set(key, item);
}

/** Applies one liveBoard event, received at `now` (ms): BOARD replaces everything, the others change one record. */
export function applyEvent(board: Board, event: BoardEvent, now = Date.now()): void {
  board.at = event.at;
  const removed = event.removed;
  switch (event.kind) {
    case 'BOARD':
      if (!event.board) return;
      board.agents = keyed(event.board.agents, (agent) => agent.id);
      board.queues = keyed(
        event.board.queues.map((queue) => ({ ...queue, receivedAt: now })),
        (queue) => queue.id,
      );
      board.sessions = keyed(event.board.sessions, (session) => session.id);
      board.vendors = keyed(event.board.vendors, (vendor) => vendor.vendor);
      board.paints++;
      return;
    case 'AGENT':
      if (event.agent) upsert(board.agents, event.agent.id, event.agent, removed);
      return;
    case 'QUEUE':
      if (event.queue) upsert(board.queues, event.queue.id, { ...event.queue, receivedAt: now }, removed);
      return;
    case 'SESSION':
      // The board holds sessions waiting or running; an ended one leaves it.
      if (event.session) upsert(board.sessions, event.session.id, event.session, removed || event.session.status === 'ENDED' || event.session.status === 'ABANDONED');
      return;
    case 'VENDOR':
      if (event.vendor) board.vendors.set(event.vendor.vendor, event.vendor);
      return;
    case 'WEBINAR':
      return;
  }
}
