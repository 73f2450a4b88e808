import type { LiveChange } from '../../domain/live.js';
import type { LiveBoard } from '../../domain/live.js';
import { longestWaitAt } from '../../domain/queue-wait.js';

/**
 * The board as it stands at `now` (ms), as changes from nothing: every queue (its longest wait
 * grown to `now`) and every vendor's status. A new rule evaluated on them raises the alerts the
 * board already calls for (queues over, vendors down).
 */
export function standingChanges(board: LiveBoard, now: number): LiveChange[] {
  return [
    ...board.queues.map((queue): LiveChange => ({ kind: 'queue', before: null, after: { ...queue, longestWaitSeconds: longestWaitAt(queue, now) } })),
    ...board.vendors.map((status): LiveChange => ({ kind: 'vendor', before: null, after: status })),
  ];
}
