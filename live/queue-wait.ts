import { sameJson } from './same-json.js';
import type { LiveChange, LiveQueue } from '../domain/live.js';
import { longestWaitAt, withWaitingSince } from '../domain/queue-wait.js';

/**
 * A queue's longest wait grows by itself while nobody joins or leaves: that is time passing, not a
 * change, so it is not sent to 10,000 dashboards at every poll. The board keeps when the longest-
 * waiting customer started waiting (`waitingSince`, by this gateway's clock: the time of the reading
 * less the vendor's longest wait, so the vendor's clock does not matter), and the longest wait is
 * worked out from it when read. A queue changes when its figures other than the wait change, or when
 * `waitingSince` moves (the longest-waiting customer was served and the next one waited less).
 */

/** How far two readings' `waitingSince` may be apart and still be the same customer waiting: vendors count whole seconds, a round trip apart. */
export const WAITING_SINCE_TOLERANCE_MS = 2_000;

/** Whether two readings of a queue differ only by the time that passed between them. */
export function sameQueue(before: LiveQueue, after: LiveQueue): boolean {
  const { longestWaitSeconds: waitBefore, waitingSince: sinceBefore, ...restBefore } = before;
  const { longestWaitSeconds: waitAfter, waitingSince: sinceAfter, ...restAfter } = after;
  if (!sameJson(restBefore, restAfter)) return false;
  // A record from before the board kept waitingSince: compare the waits themselves.
  if (sinceBefore === undefined || sinceAfter === undefined) return waitBefore === waitAfter;
  if (!sinceBefore || !sinceAfter) return sinceBefore === sinceAfter;
  return Math.abs(Date.parse(sinceBefore) - Date.parse(sinceAfter)) <= WAITING_SINCE_TOLERANCE_MS;
}

/**
 * What alert rules see of one vendor's queues at a poll: every queue it had or has, with its
 * longest wait as it was at the previous poll (`previousAt`) and as it is at this one (`at`), so a
 * wait that crossed a threshold raises its alert though nothing changed to publish. Other changes
 * pass as they are.
 */
export function changesForAlerts(queuesBefore: readonly LiveQueue[], changes: readonly LiveChange[], previousAt: number, at: number): LiveChange[] {
  const before = new Map(queuesBefore.map((queue) => [queue.vendorId, queue]));
  const after = new Map(before);
  for (const change of changes) {
    if (change.kind !== 'queue') continue;
    const key = (change.after ?? change.before)!.vendorId;
    if (change.after) after.set(key, change.after);
    else after.delete(key);
  }
  const waitAt = (queue: LiveQueue | undefined, time: number) => (queue ? { ...queue, longestWaitSeconds: longestWaitAt(queue, time) } : null);
  const queues: LiveChange[] = [...new Set([...before.keys(), ...after.keys()])].map((key) => ({
    kind: 'queue',
    before: waitAt(before.get(key), previousAt),
    after: waitAt(after.get(key), at),
  }));
  return [...changes.filter((change) => change.kind !== 'queue'), ...queues];
}
