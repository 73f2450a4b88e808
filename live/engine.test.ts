import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../clients/transport/errors.js';
import type { AlertRule } from '../domain/alerts.js';
import type { VendorReading } from '../domain/live.js';
import type { LiveAlert } from '../domain/alerts.js';
import { createLiveEngine, type LiveEngine } from './engine.js';
import { fakeClock, fakeSource, identity, queue, reading, session, snapshot } from './engine/test-fixtures.js';
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

/** An alert rule as the store gives it. */
const rule = (id: string, kind: AlertRule['kind'], threshold: number | null, vendor: string | null = null): AlertRule => ({
  id,
  kind,
  threshold,
  vendor,
  source: 'admin',
  createdAt: null,
  createdBy: null,
});

/** `engine` with a subscriber to its alerts: `next()` is the next alert it hears. */
function watched(next: () => VendorReading, rules: AlertRule[]) {
  const built = engine(next, rules);
  const heard = built.live.watch<LiveAlert>({ events: (message) => (message.type === 'alert' ? [message.alert] : []), skip: (backlog) => [...backlog] });
  return { ...built, next: async () => (await heard.next()).value as LiveAlert };
}

describe('active alerts', () => {
  it('keep one id per rule and subject through fire, resolve and fire again, and hold only what fires', async () => {
    let waiting = 3;
    const { live, next } = watched(() => reading({ queues: [queue('q1', { waitingCount: waiting })] }), [rule('r1', 'QUEUE_WAITING', 3)]);
    await live.start();
    await live.pollNow('bomgar');
    const first = await next();
    expect(first).toMatchObject({ id: 'r1/queue:bomgar:q1', state: 'FIRING', value: 3 });
    expect(live.activeAlerts()).toEqual([first]);

    waiting = 1;
    await live.pollNow('bomgar');
    expect(await next()).toMatchObject({ id: first.id, state: 'RESOLVED' });
    expect(live.activeAlerts()).toEqual([]);

    waiting = 4;
    await live.pollNow('bomgar');
    expect(await next()).toMatchObject({ id: first.id, state: 'FIRING', value: 4 });
    expect(live.activeAlerts()).toMatchObject([{ id: first.id, value: 4 }]);
  });

  it('do not keep rating alerts: they are one-off events', async () => {
    let rating: number | null = null;
    const { live, next } = watched(
      () => reading({ sessions: [session('s1', rating === null ? {} : { status: 'ENDED', endedAt: '2030-01-01T09:00:00.000Z', feedback: { rating, comment: null, resolution: null } })] }),
      [rule('low', 'RATING_AT_MOST', 2), rule('high', 'RATING_AT_LEAST', 4)],
    );
    await live.start();
    await live.pollNow('bomgar');
    rating = 5;
    await live.pollNow('bomgar');
    expect(await next()).toMatchObject({ id: 'high/session:bomgar:s1', state: 'FIRING', value: 5, message: 'Bomgar session s1 rated 5 of 5 from Customer (at least 4)' });
    expect(live.activeAlerts()).toEqual([]);
  });

  it('start as what the stored board calls for, on an instance that starts later', async () => {
    const { live, snapshots } = watched(() => reading(), [rule('r1', 'QUEUE_WAITING', 3), rule('down', 'VENDOR_UNREACHABLE', null)]);
    await snapshots.set(
      'bomgar',
      snapshot({
        status: { vendor: 'bomgar', reachable: false, since: '2030-01-01T08:00:00.000Z', code: 'UPSTREAM_TIMEOUT', message: 'timed out' },
        queues: [queue('q1', { waitingCount: 5 }), queue('q2', { waitingCount: 1 })],
      }),
    );
    await live.start();
    expect(live.activeAlerts().map((alert) => alert.id).sort()).toEqual(['down/vendor:bomgar', 'r1/queue:bomgar:q1']);
  });

  it("resolve when their rule is deleted, and a new rule's alerts fire once", async () => {
    const { live, next } = watched(() => reading({ queues: [queue('q1', { waitingCount: 5 })] }), []);
    await live.start();
    await live.pollNow('bomgar');
    const added = rule('7', 'QUEUE_WAITING', 2);
    await live.checkRule(added);
    expect(await next()).toMatchObject({ id: '7/queue:bomgar:q1', state: 'FIRING' });
    await live.checkRule(added);
    expect(await live.resolveRule('7')).toMatchObject([{ id: '7/queue:bomgar:q1', state: 'RESOLVED', message: 'Bomgar queue Queue q1: 5 waiting (at or over 2 waiting) (its rule was deleted)' }]);
    // The second check raised nothing: the next event is the RESOLVED.
    expect(await next()).toMatchObject({ id: '7/queue:bomgar:q1', state: 'RESOLVED' });
    expect(live.activeAlerts()).toEqual([]);
  });

  it('take conditions reported from outside the board under the rules of their kind, once per change', async () => {
    const { live, next } = watched(() => reading(), [rule('down', 'VENDOR_UNREACHABLE', null, 'bomgar'), rule('ameyo', 'VENDOR_UNREACHABLE', null, 'ameyo'), rule('q', 'QUEUE_WAITING', 1)]);
    await live.start();
    const failed = { kind: 'VENDOR_UNREACHABLE', vendor: 'bomgar', subject: 'backup:bomgar', message: 'Bomgar backup failed (UPSTREAM_TIMEOUT)' } as const;
    expect(await live.reportCondition({ ...failed, holds: true })).toMatchObject([{ id: 'down/backup:bomgar', state: 'FIRING', message: failed.message }]);
    await next();
    expect(await live.reportCondition({ ...failed, holds: true })).toEqual([]);
    expect(live.activeAlerts()).toMatchObject([{ id: 'down/backup:bomgar' }]);
    expect(await live.reportCondition({ ...failed, holds: false, message: 'Bomgar backup works again' })).toMatchObject([{ id: 'down/backup:bomgar', state: 'RESOLVED' }]);
    await next();
    expect(live.activeAlerts()).toEqual([]);
  });

  it("keep a reported condition apart from the poll's alert of the same rule", async () => {
    let down = false;
    const { live, next } = watched(() => {
      if (down) throw new UpstreamError({ code: 'UPSTREAM_TIMEOUT', vendor: 'bomgar', message: 'timed out' });
      return reading();
    }, [rule('down', 'VENDOR_UNREACHABLE', null)]);
    await live.start();
    await live.pollNow('bomgar');
    down = true;
    await live.pollNow('bomgar');
    expect(await next()).toMatchObject({ id: 'down/vendor:bomgar', state: 'FIRING' });
    await live.reportCondition({ kind: 'VENDOR_UNREACHABLE', vendor: 'bomgar', subject: 'backup:bomgar', holds: true, message: 'backup failed' });
    await next();
    await live.reportCondition({ kind: 'VENDOR_UNREACHABLE', vendor: 'bomgar', subject: 'backup:bomgar', holds: false, message: 'backup works' });
    await next();
    expect(live.activeAlerts().map((alert) => alert.id)).toEqual(['down/vendor:bomgar']);
  });
});
