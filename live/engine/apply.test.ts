import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECENTLY_ENDED_KEPT, type LiveChange, type LiveChangeBatch, type PolledVendor, type VendorSnapshot } from '../../domain/live.js';
import { Board } from '../board.js';
import { diffReading } from '../diff.js';
import type { SnapshotStore } from '../snapshot-store.js';
import { Applier, batchFor, isPushBatch, Returns, SnapshotWriter } from './apply.js';
import { identity, queue, reading, session, snapshot, T0 } from './test-fixtures.js';

const AT = '2030-01-01T09:00:00.000Z';
let n = 0;
const batch = (changes: LiveChange[], kind: 'poll' | 'push' = 'poll', vendor: PolledVendor = 'bomgar'): LiveChangeBatch => batchFor('me', ++n, vendor, kind, changes, AT)!;

/** A started applier on an empty board. */
function started() {
  const board = new Board();
  const applier = new Applier(board);
  applier.load([]);
  return { board, applier };
}

describe('batchFor', () => {
  it('makes no batch when nothing changed', () => {
    expect(batchFor('me', 1, 'bomgar', 'poll', [], AT)).toBeNull();
  });

  it('names the batch by instance, number and kind', () => {
    const changes: LiveChange[] = [{ kind: 'identity', before: null, after: identity('a1') }];
    const made = batchFor('me', 7, 'bomgar', 'push', changes, AT)!;
    expect(made).toEqual({ id: 'me:7:push', origin: 'me', vendor: 'bomgar', at: AT, changes });
    expect(isPushBatch(made)).toBe(true);
    expect(isPushBatch(batchFor('me', 8, 'bomgar', 'poll', changes, AT)!)).toBe(false);
  });

  it('a reading equal to the board makes no batch', () => {
    const { board, applier } = started();
    const same = reading({ identities: [identity('a1')], queues: [queue('q1')], sessions: [session('s1')] });
    applier.apply(batch(diffReading(board.vendor('bomgar'), same, true, T0)));
    expect(batchFor('me', 99, 'bomgar', 'poll', diffReading(board.vendor('bomgar'), same, true, T0 + 1_000), AT)).toBeNull();
  });
});

describe('Applier', () => {
  it("applies agents' changes and tells who changed", () => {
    const { board, applier } = started();
    const added = applier.apply(batch([{ kind: 'identity', before: null, after: identity('a1', { name: 'Ada' }) }]))!;
    expect(added.people).toEqual([{ key: expect.any(String), before: null, after: expect.objectContaining({ name: 'Ada' }) }]);
    const busy = applier.apply(batch([{ kind: 'identity', before: identity('a1', { name: 'Ada' }), after: identity('a1', { name: 'Ada', status: 'BUSY' }) }]))!;
    expect(busy.people[0]!.after).toMatchObject({ status: 'BUSY' });
    applier.apply(batch([{ kind: 'identity', before: identity('a1', { name: 'Ada', status: 'BUSY' }), after: null }]));
    expect(board.vendor('bomgar')!.identities).toEqual([]);
    expect(board.view().agents).toEqual([]);
  });

  it("applies queues' changes", () => {
    const { board, applier } = started();
    applier.apply(batch([{ kind: 'queue', before: null, after: queue('q1', { waitingCount: 2 }) }]));
    applier.apply(batch([{ kind: 'queue', before: queue('q1', { waitingCount: 2 }), after: queue('q1', { waitingCount: 3 }) }]));
    expect(board.view().queues).toEqual([queue('q1', { waitingCount: 3 })]);
    applier.apply(batch([{ kind: 'queue', before: queue('q1', { waitingCount: 3 }), after: null }]));
    expect(board.view().queues).toEqual([]);
  });

  it('keeps active sessions on the board and remembers ended ones, so their end is no change again', () => {
    const { board, applier } = started();
    applier.apply(batch([{ kind: 'session', before: null, after: session('s1') }]));
    expect(board.view().sessions).toEqual([session('s1')]);

    const end = reading({ sessions: [session('s1', { status: 'ENDED', endedAt: AT })] });
    applier.apply(batch(diffReading(board.vendor('bomgar'), end, false, T0), 'push'));
    expect(board.view().sessions).toEqual([]);
    expect(board.vendor('bomgar')!.ended).toEqual([session('s1', { status: 'ENDED', endedAt: AT })]);
    // The same end pushed again, or a poll listing the ended session: nothing to publish.
    expect(diffReading(board.vendor('bomgar'), end, false, T0)).toEqual([]);
    expect(diffReading(board.vendor('bomgar'), end, true, T0)).toEqual([]);
    // A rating arriving after the end is a change.
    const rated = session('s1', { status: 'ENDED', endedAt: AT, feedback: { rating: 2, comment: null, resolution: null } });
    expect(diffReading(board.vendor('bomgar'), reading({ sessions: [rated] }), false, T0)).toEqual([{ kind: 'session', before: end.sessions[0], after: rated }]);
  });

  it('remembers at most the latest RECENTLY_ENDED_KEPT ended sessions', () => {
    const { board, applier } = started();
    const ended = Array.from({ length: RECENTLY_ENDED_KEPT + 1 }, (_, i) => session(`s${i}`, { status: 'ENDED' }));
    applier.apply(batch(ended.map((after): LiveChange => ({ kind: 'session', before: null, after }))));
    expect(board.vendor('bomgar')!.ended).toHaveLength(RECENTLY_ENDED_KEPT);
    expect(board.vendor('bomgar')!.ended[0]!.vendorId).toBe('s1');
  });

  it('holds what it hears until the stored snapshots are loaded, then applies it on top of them', () => {
    const board = new Board();
    const applier = new Applier(board);
    const heard = batch([{ kind: 'session', before: null, after: session('s2') }], 'push');
    expect(applier.apply(heard)).toBeNull();
    expect(board.vendor('bomgar')).toBeNull();
    expect(applier.pushes('bomgar')).toBe(0);

    const updates = applier.load([snapshot({ sessions: [session('s1')] }), null]);
    expect(updates.map((update) => update.batch.id)).toEqual([heard.id]);
    expect(board.view().sessions.map((known) => known.vendorId)).toEqual(['s1', 's2']);
    expect(applier.apply(batch([{ kind: 'session', before: null, after: session('s3') }]))).not.toBeNull();
  });

  it('counts the pushes applied per vendor (polls do not count)', () => {
    const { applier } = started();
    applier.apply(batch([{ kind: 'session', before: null, after: session('s1') }], 'poll'));
    expect(applier.pushes('bomgar')).toBe(0);
    applier.apply(batch([{ kind: 'session', before: null, after: session('s2') }], 'push'));
    applier.apply(batch([{ kind: 'session', before: null, after: session('s3') }], 'push'));
    expect(applier.pushes('bomgar')).toBe(2);
    expect(applier.pushes('ameyo')).toBe(0);
  });
});

describe('SnapshotWriter', () => {
  it('stores snapshots in order per vendor and carries on after a failed write', async () => {
    const stored: VendorSnapshot[] = [];
    let fail = true;
    const store: SnapshotStore = {
      get: async () => null,
      set: async (_vendor, written) => {
        if (fail) {
          fail = false;
          throw new Error('store down');
        }
        stored.push(written);
      },
    };
    const errors: unknown[] = [];
    const writer = new SnapshotWriter(store, (error, vendor) => errors.push([vendor, (error as Error).message]));
    writer.write('bomgar', snapshot({ at: 'first' }));
    writer.write('bomgar', snapshot({ at: 'second' }));
    writer.write('bomgar', null);
    writer.write('bomgar', snapshot({ at: 'third' }));
    await writer.flush();
    expect(errors).toEqual([['bomgar', 'store down']]);
    expect(stored.map((written) => written.at)).toEqual(['second', 'third']);
  });
});

describe('Returns', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('releases a publisher when its batch comes back, and only then', async () => {
    const returns = new Returns(10_000, () => undefined);
    let back = false;
    const waiting = returns.wait('me:1:poll').then(() => (back = true));
    returns.arrived('me:2:poll');
    await Promise.resolve();
    expect(back).toBe(false);
    returns.arrived('me:1:poll');
    await waiting;
    expect(back).toBe(true);
  });

  it('gives up on a batch that does not come back in time, and releases everyone on close', async () => {
    vi.useFakeTimers();
    const lost: string[] = [];
    const returns = new Returns(10_000, (id) => lost.push(id));
    const first = returns.wait('me:1:poll');
    vi.advanceTimersByTime(10_000);
    await first;
    expect(lost).toEqual(['me:1:poll']);
    const second = returns.wait('me:2:poll');
    returns.releaseAll();
    await second;
    expect(lost).toEqual(['me:1:poll']);
  });
});
