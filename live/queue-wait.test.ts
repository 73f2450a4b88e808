import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from './alerts/evaluate.js';
import type { AlertRule } from '../domain/alerts.js';
import { diffReading } from './diff.js';
import type { LiveQueue, VendorSnapshot } from '../domain/live.js';
import { changesForAlerts } from './queue-wait.js';
import { longestWaitAt, withWaitingSince } from '../domain/queue-wait.js';

const T = Date.parse('2026-12-07T10:00:00Z');
const queue = (waitingCount: number, longestWaitSeconds: number): LiveQueue => ({
  vendor: 'bomgar',
  vendorId: 'team:1',
  name: 'Tier 1',
  waitingCount,
  longestWaitSeconds,
  teamId: '1',
  memberIds: ['7'],
});
const reading = (queues: LiveQueue[]) => ({ identities: [], queues, sessions: [] });
const snapshot = (queues: LiveQueue[], at: number): VendorSnapshot => ({
  vendor: 'bomgar',
  at: new Date(at).toISOString(),
  status: null,
  identities: [],
  queues,
  sessions: [],
  ended: [],
});
/** The board after a first poll at T: two customers waiting, the first for 60 s. */
const board = () => snapshot([withWaitingSince(queue(2, 60), T)], T);

describe("a queue's wait growing with time", () => {
  it('is no change: the same customers, read 30 s later, waiting 30 s longer', () => {
    expect(diffReading(board(), reading([queue(2, 90)]), true, T + 30_000)).toEqual([]);
    // Vendors count whole seconds a round trip apart: a second either way is the same customer.
    expect(diffReading(board(), reading([queue(2, 91)]), true, T + 30_000)).toEqual([]);
  });

  it('changes when someone joins, or when the longest-waiting customer is served', () => {
    const joined = diffReading(board(), reading([queue(3, 90)]), true, T + 30_000);
    expect(joined).toMatchObject([{ kind: 'queue', after: { waitingCount: 3, longestWaitSeconds: 90, waitingSince: '2026-12-07T09:59:00.000Z' } }]);
    const served = diffReading(board(), reading([queue(1, 20)]), true, T + 30_000);
    expect(served).toMatchObject([{ kind: 'queue', after: { waitingCount: 1, waitingSince: '2026-12-07T10:00:10.000Z' } }]);
    const empty = diffReading(board(), reading([queue(0, 0)]), true, T + 30_000);
    expect(empty).toMatchObject([{ kind: 'queue', after: { waitingCount: 0, waitingSince: null } }]);
  });

  it('is read as of now from the board', () => {
    const [onBoard] = board().queues;
    expect(longestWaitAt(onBoard!, T)).toBe(60);
    expect(longestWaitAt(onBoard!, T + 45_000)).toBe(105);
    // A record read from the vendor just now keeps the vendor's figure.
    expect(longestWaitAt(queue(2, 60), T + 45_000)).toBe(60);
  });

  it('still raises a LONGEST_WAIT alert when it crosses the threshold between two polls with nothing to publish, once', () => {
    const rule: AlertRule = { id: 'config:0', kind: 'LONGEST_WAIT', threshold: 90, vendor: null, source: 'config', createdAt: null, createdBy: null };
    const previous = board();
    const changes = diffReading(previous, reading([queue(2, 100)]), true, T + 40_000);
    expect(changes).toEqual([]);
    const firing = evaluateAlerts([rule], changesForAlerts(previous.queues, changes, T, T + 40_000), new Date(T + 40_000).toISOString());
    expect(firing).toMatchObject([{ state: 'FIRING', value: 100, message: 'Bomgar queue Tier 1: longest wait 100 s (at or over 90 s)' }]);
    // The next poll: still over, so no second alert.
    expect(evaluateAlerts([rule], changesForAlerts(previous.queues, [], T + 40_000, T + 45_000), new Date(T + 45_000).toISOString())).toEqual([]);
    // The queue empties: RESOLVED.
    const emptied = diffReading(previous, reading([queue(0, 0)]), true, T + 50_000);
    const resolved = evaluateAlerts([rule], changesForAlerts(previous.queues, emptied, T + 45_000, T + 50_000), new Date(T + 50_000).toISOString());
    expect(resolved).toMatchObject([{ state: 'RESOLVED', value: 0 }]);
    // One id per rule and queue: the RESOLVED clears the FIRING a client holds.
    expect(resolved[0]!.id).toBe(firing[0]!.id);
  });
});
