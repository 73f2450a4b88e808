import type { LiveQueue } from './live.js';

/**
 * A queue's longest wait grows by itself while nobody joins or leaves; the board keeps when the
 * longest-waiting customer started waiting (`waitingSince`) and works the wait out when read
 * (live/queue-wait.ts says why).
 */

/** The queue as read at `readAt` (ms), with when its longest-waiting customer started waiting. */
export function withWaitingSince(queue: LiveQueue, readAt: number): LiveQueue {
  return { ...queue, waitingSince: queue.waitingCount > 0 ? new Date(readAt - queue.longestWaitSeconds * 1000).toISOString() : null };
}

/** The queue's longest wait in seconds at `at` (ms): as read, grown since when the board knows since when. */
export function longestWaitAt(queue: { longestWaitSeconds: number; waitingSince?: string | null }, at: number): number {
  if (!queue.waitingSince) return queue.longestWaitSeconds;
  return Math.max(queue.longestWaitSeconds, Math.floor((at - Date.parse(queue.waitingSince)) / 1000));
}
