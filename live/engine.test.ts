import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../clients/transport/errors.js';
import type { AlertRule } from '../domain/alerts.js';
import type { VendorReading } from '../domain/live.js';
import type { LiveAlert } from '../domain/alerts.js';
import { createLiveEngine, type LiveEngine } from './engine.js';
import { fakeClock, fakeSource, identity, queue, reading, session } from './engine/test-fixtures.js';
import { localLeadership } from './leadership.js';
import { createLivePubSub } from './pubsub.js';
import { memorySnapshotStore } from './snapshot-store.js';

/** The engine composed in memory (one instance, in-process pub/sub) on a fake clock; polling only on demand unless given an interval. */
const engines: LiveEngine[] = [];
function engine(next: () => VendorReading, rules: AlertRule[] = [], intervalMs = 0) {
  const clock = fakeClock();
  const snapshots = memorySnapshotStore();
  const live = createLiveEngine({
    pubsub: createLivePubSub(),
    leadership: localLeadership(),
    snapshots,
    sources: [fakeSource(next).source],
    alertRules: async () => rules,
    intervalMs,
    maxBackoffMs: 8 * intervalMs,
    subscriberBuffer: 100,
    logger: pino({ level: 'silent' }),
    instanceId: 'test',
    now: clock.now,
  });
  engines.push(live);
  return { live, clock, snapshots };
}

afterEach(async () => {
  await Promise.all(engines.splice(0).map((live) => live.close()));
});

describe('createLiveEngine on a passed-in clock', () => {
  it("dates the board, the vendor's since and the stored snapshot by the clock passed in", async () => {
    const { live, clock, snapshots } = engine(() => reading({ identities: [identity('a1')], sessions: [session('s1')] }));
    await live.start();
    clock.advance(42_000);
    expect(await live.pollNow('bomgar')).toEqual({ polled: true, reachable: true, changes: 3 });
    const board = live.board();
    expect(board.at).toBe('2030-01-01T09:00:42.000Z');
    expect(board.vendors).toEqual([{ vendor: 'bomgar', reachable: true, since: '2030-01-01T09:00:42.000Z', code: null, message: null }]);
    expect(board.sessions.map((known) => known.vendorId)).toEqual(['s1']);
    expect(live.pollers()).toEqual([
      { vendor: 'bomgar', leading: true, reachable: true, since: '2030-01-01T09:00:42.000Z', polls: 1, failures: 0, consecutiveFailures: 0, nextPollInMs: null },
    ]);
    await live.close();
    expect(await snapshots.get('bomgar')).toMatchObject({ at: '2030-01-01T09:00:42.000Z', sessions: [session('s1')] });
  });

  it('marks the vendor unreachable with its typed code while it fails, and reachable again when it answers', async () => {
    let down = false;
    const { live, clock } = engine(() => {
      if (down) throw new UpstreamError({ code: 'UPSTREAM_TIMEOUT', vendor: 'bomgar', message: 'timed out' });
      return reading({ identities: [identity('a1')] });
    });
    await live.start();
    await live.pollNow('bomgar');
    down = true;
    clock.advance(60_000);
    expect(await live.pollNow('bomgar')).toEqual({ polled: true, reachable: false, changes: 1 });
    clock.advance(60_000);
    expect(await live.pollNow('bomgar')).toEqual({ polled: true, reachable: false, changes: 0 });
    expect(live.pollers()[0]).toMatchObject({ reachable: false, since: '2030-01-01T09:01:00.000Z', failures: 2, consecutiveFailures: 2 });
    expect(live.board().vendors[0]).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    // The people stay on the board, marked by the vendor's outage.
    expect(live.board().agents).toHaveLength(1);

    down = false;
    clock.advance(60_000);
    expect(await live.pollNow('bomgar')).toEqual({ polled: true, reachable: true, changes: 1 });
    expect(live.pollers()[0]).toMatchObject({ reachable: true, since: '2030-01-01T09:03:00.000Z', consecutiveFailures: 0 });
  });

  it("tells when the next automatic poll is due by the clock passed in", async () => {
    const { live, clock } = engine(() => reading(), [], 60_000);
    await live.start();
    await live.pollNow('bomgar'); // after the first automatic poll
    expect(live.pollers()[0]).toMatchObject({ polls: 2, nextPollInMs: 60_000 });
    clock.advance(10_000);
    expect(live.pollers()[0]!.nextPollInMs).toBe(50_000);
  });

  it('publishes a push that changes something, and nothing for one that does not', async () => {
    const { live } = engine(() => reading({ sessions: [session('s1')] }));
    await live.start();
    await live.pollNow('bomgar');
    const end = { reading: reading({ sessions: [session('s1', { status: 'ENDED', endedAt: '2030-01-01T09:00:00.000Z' })] }) };
    expect(await live.receive('bomgar', end)).toBe(1);
    expect(live.board().sessions).toEqual([]);
    expect(await live.receive('bomgar', end)).toBe(0);
  });

  it("raises a new rule's alerts with queue waits grown to the clock's now", async () => {
    const rule: AlertRule = { id: 'r1', kind: 'LONGEST_WAIT', threshold: 60, vendor: null, source: 'admin', createdAt: null, createdBy: null };
    const { live, clock } = engine(() => reading({ queues: [queue('q1', { waitingCount: 1, longestWaitSeconds: 10 })] }));
    await live.start();
    await live.pollNow('bomgar');
    const alerts = live.watch<LiveAlert>({ events: (message) => (message.type === 'alert' ? [message.alert] : []), skip: (backlog) => [...backlog] });

    clock.advance(49_000); // a wait of 59 s: under the threshold
    await live.checkRule(rule);
    clock.advance(1_000); // 60 s: at it
    await live.checkRule(rule);
    const { value } = await alerts.next();
    expect(value).toMatchObject({ state: 'FIRING', value: 60, at: '2030-01-01T09:00:50.000Z' });
    expect(alerts.queued).toBe(0);
  });
});
