import { describe, expect, it } from 'vitest';
import type { LiveMessage, WatchSpec } from '../../live/subscribers.js';
import type { LiveChange, LiveQueue, PolledVendor } from '../../domain/live.js';
import type { Context } from '../context.js';
import { queueEvents, watchQueues, type QueueEvent, type QueueFilter } from './queues.js';

const AT = '2030-01-01T09:00:00.000Z';

function queue(vendor: string, vendorId: string, over: Partial<LiveQueue> = {}): LiveQueue {
  return { vendor, vendorId, name: `Queue ${vendorId}`, waitingCount: 0, longestWaitSeconds: 0, waitingSince: null, teamId: null, memberIds: [], ...over };
}

function update(changes: LiveChange[], vendor: PolledVendor = 'bomgar', at = AT): LiveMessage {
  return { type: 'update', update: { batch: { id: 'test:1', origin: 'test', vendor, at, changes }, people: [] } };
}

const general = queue('bomgar', 'general', { waitingCount: 2, longestWaitSeconds: 30 });
const teamQueue = queue('bomgar', 'team:3', { teamId: '3', memberIds: ['7'] });
const assistQueue = queue('gotoassist', 'team:3', { teamId: '3' });

describe('queueEvents', () => {
  it('reports a queue new to the board with no previous figures, at the batch time', () => {
    expect(queueEvents(update([{ kind: 'queue', before: null, after: general }]), {})).toEqual([{ queue: general, previous: null, removed: false, at: AT }]);
  });

  it('reports changed figures as the queue is now and as it was', () => {
    const now = { ...general, waitingCount: 3, longestWaitSeconds: 45 };
    expect(queueEvents(update([{ kind: 'queue', before: general, after: now }]), {})).toEqual([{ queue: now, previous: general, removed: false, at: AT }]);
  });

  it('reports a queue that left the board as it was, marked removed', () => {
    expect(queueEvents(update([{ kind: 'queue', before: general, after: null }]), {})).toEqual([{ queue: general, previous: general, removed: true, at: AT }]);
  });

  it('ignores alerts and the other kinds of change', () => {
    const alert = { type: 'alert', alert: { vendor: 'bomgar' } } as unknown as LiveMessage;
    expect(queueEvents(alert, {})).toEqual([]);
    const others = update([
      { kind: 'identity', before: null, after: { vendor: 'bomgar', vendorId: '7', name: 'Rep', email: null, status: 'AVAILABLE', teamIds: [] } },
      { kind: 'vendor', before: null, after: { vendor: 'bomgar', reachable: false, since: AT, code: 'UPSTREAM_TIMEOUT', message: 'bomgar did not answer in time' } },
    ]);
    expect(queueEvents(others, {})).toEqual([]);
  });

  describe('filters', () => {
    const message = update([
      { kind: 'queue', before: null, after: general },
      { kind: 'queue', before: null, after: teamQueue },
      { kind: 'queue', before: assistQueue, after: null },
    ]);
    const passing = (filter: QueueFilter) => queueEvents(message, filter).map((event) => `${event.queue.vendor}:${event.queue.vendorId}`);

    it('passes every queue without a filter, in the order of the batch', () => {
      expect(passing({})).toEqual(['bomgar:general', 'bomgar:team:3', 'gotoassist:team:3']);
      expect(passing({ vendor: null, queue: null, team: null })).toEqual(['bomgar:general', 'bomgar:team:3', 'gotoassist:team:3']);
    });

    it('by vendor', () => {
      expect(passing({ vendor: 'gotoassist' })).toEqual(['gotoassist:team:3']);
    });

    it("by queue: its vendor and id both", () => {
      expect(passing({ queue: { vendor: 'bomgar', vendorId: 'team:3' } })).toEqual(['bomgar:team:3']);
      expect(passing({ queue: { vendor: 'gotoassist', vendorId: 'general' } })).toEqual([]);
    });

    it("by team: the queue of the team at the team's vendor", () => {
      expect(passing({ team: { vendor: 'gotoassist', vendorId: '3' } })).toEqual(['gotoassist:team:3']);
      expect(passing({ team: { vendor: 'bomgar', vendorId: '3' } })).toEqual(['bomgar:team:3']);
      expect(passing({ team: { vendor: 'bomgar', vendorId: 'general' } })).toEqual([]);
    });

    it('combines the filters', () => {
      expect(passing({ vendor: 'bomgar', team: { vendor: 'gotoassist', vendorId: '3' } })).toEqual([]);
    });
  });
});

describe('watchQueues', () => {
  function watched(filter: QueueFilter): WatchSpec<QueueEvent> {
    let spec: WatchSpec<QueueEvent> | undefined;
    const ctx = { live: { watch: (given: WatchSpec<QueueEvent>) => ((spec = given), {}) } } as unknown as Context;
    watchQueues(ctx, filter);
    return spec!;
  }

  it('filters the messages it is given', () => {
    const message = update([
      { kind: 'queue', before: null, after: general },
      { kind: 'queue', before: null, after: teamQueue },
    ]);
    expect(watched({ queue: { vendor: 'bomgar', vendorId: 'general' } }).events(message)).toEqual([{ queue: general, previous: null, removed: false, at: AT }]);
  });

  it("keeps each queue's newest event when a subscriber falls behind", () => {
    const event = (q: LiveQueue, at: string): QueueEvent => ({ queue: q, previous: null, removed: false, at });
    const backlog = [event(general, 'a'), event(teamQueue, 'b'), event(assistQueue, 'c'), event(general, 'd')];
    expect(watched({}).skip(backlog).map((kept) => kept.at)).toEqual(['b', 'c', 'd']);
  });
});
