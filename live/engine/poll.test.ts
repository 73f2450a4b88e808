import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../clients/transport/errors.js';
import type { LiveChange, VendorSnapshot } from '../../domain/live.js';
import { Board } from '../board.js';
import { batchFor } from './apply.js';
import { pollChanges, pushChanges, readSource, type PollInput, type SourceRead } from './poll.js';
import { fakeClock, fakeSource, identity, queue, reading, session, snapshot, T0 } from './test-fixtures.js';

const refused = new UpstreamError({ code: 'UPSTREAM_REJECTED', vendor: 'bomgar', message: 'refused', status: 403 });

function poll(previous: VendorSnapshot | null, read: SourceRead, overrides: Partial<PollInput> = {}) {
  return pollChanges({ vendor: 'bomgar', previous, read, pushedMeanwhile: false, lastPolledAt: undefined, at: new Date(read.readAt).toISOString(), ...overrides });
}

/** Applies a poll's changes to a board, as the pub/sub would bring them back. */
function applied(board: Board, changes: LiveChange[], at: string) {
  const batch = batchFor('test', 1, 'bomgar', 'poll', changes, at);
  if (batch) board.apply(batch);
  return board.vendor('bomgar');
}

describe('readSource', () => {
  it('hands the source what the board holds and the signal, and dates the reading when the vendor answered', async () => {
    const clock = fakeClock();
    const held = snapshot();
    const signal = new AbortController().signal;
    const { source, calls } = fakeSource(() => {
      clock.advance(1_500); // the vendor takes its time
      return reading({ identities: [identity('a1')] });
    });
    const read = await readSource(source, held, signal, clock.now);
    expect(read).toEqual({ reading: reading({ identities: [identity('a1')] }), readAt: T0 + 1_500 });
    expect(calls).toEqual([{ previous: held, signal }]);
  });

  it('turns a failure into a value, dated when the read began', async () => {
    const clock = fakeClock();
    const { source } = fakeSource(() => {
      clock.advance(1_500);
      throw refused;
    });
    expect(await readSource(source, null, new AbortController().signal, clock.now)).toEqual({ failure: refused, readAt: T0 });
  });

  it('a source that throws nothing usable still fails with an error', async () => {
    const { source } = fakeSource(() => {
      throw undefined;
    });
    const read = await readSource(source, null, new AbortController().signal, fakeClock().now);
    expect('failure' in read && read.failure).toBeInstanceOf(Error);
  });
});

describe('pollChanges', () => {
  it('a first reading becomes the vendor snapshot, reachable since the poll', () => {
    const found = poll(null, { reading: reading({ identities: [identity('a1')], queues: [queue('q1', { waitingCount: 1, longestWaitSeconds: 30 })], sessions: [session('s1')] }), readAt: T0 });
    expect(found.reachable).toBe(true);
    expect(found.changes.map((change) => change.kind)).toEqual(['identity', 'queue', 'session', 'vendor']);
    expect(found.status).toEqual({ vendor: 'bomgar', reachable: true, since: '2030-01-01T09:00:00.000Z', code: null, message: null });

    const board = new Board();
    expect(applied(board, found.changes, '2030-01-01T09:00:00.000Z')).toEqual({
      vendor: 'bomgar',
      at: '2030-01-01T09:00:00.000Z',
      status: found.status,
      identities: [identity('a1')],
      // The board keeps since when the longest-waiting customer waits, by the reading's time.
      queues: [queue('q1', { waitingCount: 1, longestWaitSeconds: 30, waitingSince: '2030-01-01T08:59:30.000Z' })],
      sessions: [session('s1')],
      ended: [],
    });
  });

  it('the same reading again changes nothing', () => {
    const board = new Board();
    const same = reading({ identities: [identity('a1')], sessions: [session('s1')] });
    applied(board, poll(null, { reading: same, readAt: T0 }).changes, '2030-01-01T09:00:00.000Z');
    const again = poll(board.vendor('bomgar'), { reading: same, readAt: T0 + 5_000 });
    expect(again).toMatchObject({ changes: [], status: null, reachable: true });
  });

  it('a failure marks the vendor unreachable with its typed code and leaves its records alone', () => {
    const board = new Board();
    applied(board, poll(null, { reading: reading({ identities: [identity('a1')] }), readAt: T0 }).changes, '2030-01-01T09:00:00.000Z');
    const previous = board.vendor('bomgar');
    const found = poll(previous, { failure: refused, readAt: T0 + 60_000 });
    expect(found.reachable).toBe(false);
    expect(found.changes).toEqual([
      {
        kind: 'vendor',
        before: previous!.status,
        after: { vendor: 'bomgar', reachable: false, since: '2030-01-01T09:01:00.000Z', code: 'UPSTREAM_REJECTED', message: 'bomgar did not answer the live-status poll (UPSTREAM_REJECTED)' },
      },
    ]);
    expect(applied(board, found.changes, '2030-01-01T09:01:00.000Z')).toMatchObject({ identities: [identity('a1')], status: { reachable: false, code: 'UPSTREAM_REJECTED' } });
  });

  it('further failures during the outage change nothing; the first answer after it recovers the vendor and its records', () => {
    const board = new Board();
    applied(board, poll(null, { failure: refused, readAt: T0 }).changes, '2030-01-01T09:00:00.000Z');
    expect(board.vendor('bomgar')!.status).toMatchObject({ reachable: false, since: '2030-01-01T09:00:00.000Z' });

    expect(poll(board.vendor('bomgar'), { failure: new Error('still down'), readAt: T0 + 30_000 }).changes).toEqual([]);

    const recovered = poll(board.vendor('bomgar'), { reading: reading({ identities: [identity('a1')] }), readAt: T0 + 90_000 });
    expect(recovered.reachable).toBe(true);
    expect(recovered.previousStatus).toMatchObject({ reachable: false });
    expect(recovered.changes.map((change) => change.kind)).toEqual(['identity', 'vendor']);
    expect(applied(board, recovered.changes, '2030-01-01T09:01:30.000Z')!.status).toEqual({ vendor: 'bomgar', reachable: true, since: '2030-01-01T09:01:30.000Z', code: null, message: null });
  });

  it('leaves sessions to the next poll when a push was applied while it read', () => {
    const found = poll(null, { reading: reading({ identities: [identity('a1')], sessions: [session('s1')] }), readAt: T0 }, { pushedMeanwhile: true });
    expect(found.changes.map((change) => change.kind)).toEqual(['identity', 'vendor']);
  });

  it("shows alert rules each queue's wait at the last poll and at this one, though nothing changed to publish", () => {
    // Read at 09:00:00 (the snapshot's time), polled again unchanged at 09:00:20, now at 09:00:50.
    const previous = snapshot({
      status: { vendor: 'bomgar', reachable: true, since: '2030-01-01T08:00:00.000Z', code: null, message: null },
      queues: [queue('q1', { waitingCount: 1, longestWaitSeconds: 10, waitingSince: '2030-01-01T08:59:50.000Z' })],
    });
    // The same customer still waits: the vendor says 60 s.
    const read = { reading: reading({ queues: [queue('q1', { waitingCount: 1, longestWaitSeconds: 60 })] }), readAt: T0 + 50_000 };
    const found = poll(previous, read, { lastPolledAt: T0 + 20_000 });
    expect(found.changes).toEqual([]);
    expect(found.forAlerts).toEqual([
      { kind: 'queue', before: expect.objectContaining({ longestWaitSeconds: 30 }), after: expect.objectContaining({ longestWaitSeconds: 60 }) },
    ]);
    // Before its first poll here, an instance counts from the snapshot's time.
    expect(poll(previous, read).forAlerts).toEqual([
      { kind: 'queue', before: expect.objectContaining({ longestWaitSeconds: 10 }), after: expect.objectContaining({ longestWaitSeconds: 60 }) },
    ]);
  });
});

describe('pushChanges', () => {
  it('adds and updates what a push names, removes nothing, and passes webinar activity on', () => {
    const previous = snapshot({ sessions: [session('s1'), session('s2')] });
    const activity = { event: 'registrant.added' as const, webinarKey: 'w1', webinarTitle: null, registrantKey: 'r1', name: null, email: null, at: '2030-01-01T09:00:00.000Z' };
    const changes = pushChanges('bomgar', previous, { reading: reading({ sessions: [session('s1', { status: 'ENDED', endedAt: '2030-01-01T09:00:00.000Z' })] }), activity: [activity] }, T0);
    expect(changes).toEqual([
      { kind: 'webinar', activity },
      { kind: 'session', before: session('s1'), after: session('s1', { status: 'ENDED', endedAt: '2030-01-01T09:00:00.000Z' }) },
    ]);
  });

  it('takes no reading for a vendor that is not polled', () => {
    expect(pushChanges('gotowebinar', null, { reading: reading({ sessions: [session('s1')] }) }, T0)).toEqual([]);
  });
});
