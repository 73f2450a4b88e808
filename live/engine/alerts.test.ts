import { describe, expect, it } from 'vitest';
import { Board } from '../board.js';
import { standingChanges } from './alerts.js';
import { queue, snapshot, T0 } from './test-fixtures.js';

const AT = '2030-01-01T09:00:00.000Z';

describe('standingChanges', () => {
  it("shows every queue with its wait grown to the time given, and every vendor's status", () => {
    const board = new Board();
    board.load(snapshot({
      status: { vendor: 'bomgar', reachable: false, since: AT, code: 'UPSTREAM_TIMEOUT', message: 'x' },
      queues: [queue('q1', { waitingCount: 1, longestWaitSeconds: 10, waitingSince: '2030-01-01T08:59:50.000Z' })],
    }));
    expect(standingChanges(board.view(), T0 + 50_000)).toEqual([
      { kind: 'queue', before: null, after: expect.objectContaining({ vendorId: 'q1', longestWaitSeconds: 60 }) },
      { kind: 'vendor', before: null, after: expect.objectContaining({ reachable: false }) },
    ]);
  });
});
