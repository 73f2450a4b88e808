import type { AgentIdentity, SupportSession } from '../resolvers/support-model.js';
import { isActive, type LiveChange, type LiveQueue, type VendorReading, type VendorSnapshot } from './model.js';

/** Plain-JSON equality that ignores key order and absent-versus-undefined keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameJson(item, other[index]));
  }
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && sameJson(value, right.get(key)));
}

/**
 * Changes between what the board holds for a vendor and a fresh reading. A `complete` reading
 * (a poll) is the vendor's whole live picture: records it lacks have left (an active session it
 * lacks has ended). A partial one (a push naming one session) only adds and updates.
 */
export function diffReading(previous: VendorSnapshot | null, reading: VendorReading, complete: boolean): LiveChange[] {
  return [
    ...diffKeyed('identity', previous?.identities ?? [], reading.identities, complete, (identity: AgentIdentity) => identity.vendorId),
    ...diffKeyed('queue', previous?.queues ?? [], reading.queues, complete, (queue: LiveQueue) => queue.vendorId),
    ...diffSessions(previous?.sessions ?? [], previous?.ended ?? [], reading.sessions, complete),
  ];
}

function diffKeyed<K extends 'identity' | 'queue', T>(kind: K, before: readonly T[], after: readonly T[], complete: boolean, keyOf: (record: T) => string): LiveChange[] {
  const old = new Map(before.map((record) => [keyOf(record), record]));
  const changes: LiveChange[] = [];
  const seen = new Set<string>();
  for (const record of after) {
    const key = keyOf(record);
    seen.add(key);
    const was = old.get(key) ?? null;
    if (!sameJson(was, record)) changes.push({ kind, before: was, after: record } as LiveChange);
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
