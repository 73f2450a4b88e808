import type { AgentIdentity, SupportSession } from '../domain/support.js';
import { isActive, type LiveChange, type LiveQueue, type VendorReading, type VendorSnapshot } from '../domain/live.js';
import { sameQueue } from './queue-wait.js';
import { withWaitingSince } from '../domain/queue-wait.js';
import { sameJson } from './same-json.js';

/**
 * Changes between what the board holds for a vendor and a fresh reading. A `complete` reading
 * (a poll) is the vendor's whole live picture: records it lacks have left (an active session it
 * lacks has ended). A partial one (a push naming one session) only adds and updates. `readAt` (ms)
 * is when the vendor answered: a queue's wait growing with time is no change (live/queue-wait.ts).
 */
export function diffReading(previous: VendorSnapshot | null, reading: VendorReading, complete: boolean, readAt: number): LiveChange[] {
  const queues = reading.queues.map((queue) => withWaitingSince(queue, readAt));
  return [
    ...diffKeyed('identity', previous?.identities ?? [], reading.identities, complete, (identity: AgentIdentity) => identity.vendorId, sameJson),
    ...diffKeyed('queue', previous?.queues ?? [], queues, complete, (queue: LiveQueue) => queue.vendorId, sameQueue),
    ...diffSessions(previous?.sessions ?? [], previous?.ended ?? [], reading.sessions, complete),
  ];
}

function diffKeyed<K extends 'identity' | 'queue', T>(
  kind: K,
  before: readonly T[],
  after: readonly T[],
  complete: boolean,
  keyOf: (record: T) => string,
  same: (before: T, after: T) => boolean,
): LiveChange[] {
  const old = new Map(before.map((record) => [keyOf(record), record]));
  const changes: LiveChange[] = [];
  const seen = new Set<string>();
  for (const record of after) {
    const key = keyOf(record);
    seen.add(key);
    const was = old.get(key) ?? null;
    if (!was || !same(was, record)) changes.push({ kind, before: was, after: record } as LiveChange);
  }
  if (complete) for (const [key, was] of old) if (!seen.has(key)) changes.push({ kind, before: was, after: null } as LiveChange);
  return changes;
}

/**
 * Sessions: the board keeps active ones and remembers recently ended ones. A reading may carry
 * ended sessions too: a poll's listing (only those the board knows count: a rating that arrived
 * after the end is a change, the vendor's history is not), a push (any session it names).
 */
function diffSessions(active: readonly SupportSession[], ended: readonly SupportSession[], after: readonly SupportSession[], complete: boolean): LiveChange[] {
  const running = new Map(active.map((session) => [session.vendorId, session]));
  const finished = new Map(ended.map((session) => [session.vendorId, session]));
  const changes: LiveChange[] = [];
  const seen = new Set<string>();
  for (const session of after) {
    seen.add(session.vendorId);
    const was = running.get(session.vendorId) ?? finished.get(session.vendorId) ?? null;
    if (!was && complete && !isActive(session)) continue;
    if (!sameJson(was, session)) changes.push({ kind: 'session', before: was, after: session });
  }
  if (complete) {
    // Gone from the vendor's live picture without a final record: it ended, as far as anyone can tell.
    for (const [id, was] of running) if (!seen.has(id)) changes.push({ kind: 'session', before: was, after: { ...was, status: 'ENDED' } });
  }
  return changes;
}
