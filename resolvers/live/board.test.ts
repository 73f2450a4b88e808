import { describe, expect, it } from 'vitest';
import { session as fixtureSession } from '../../live/engine/test-fixtures.js';
import { Board } from '../../live/board.js';
import type { LiveMessage, WatchSpec } from '../../live/subscribers.js';
import type { LiveBoard, LiveChange, LiveChangeBatch, LiveQueue, LiveVendor, VendorStatus, WebinarActivity } from '../../domain/live.js';
import type { AgentIdentity, SupportSession } from '../../domain/support.js';
import type { Context } from '../context.js';
import { boardEvent, liveBoardEvents, watchLiveBoard, type LiveBoardEvent } from './board.js';

const AT = '2030-01-01T09:00:00.000Z';
const LATER = '2030-01-01T09:00:05.000Z';

const nothing = { board: null, agent: null, queue: null, session: null, vendor: null, webinar: null, removed: false };

function batch(vendor: LiveVendor, changes: LiveChange[], at = AT): LiveChangeBatch {
  return { id: `test:${at}`, origin: 'test', vendor, at, changes };
}

const rep: AgentIdentity = { vendor: 'bomgar', vendorId: '7', name: 'Ann', email: 'ann@example.com', status: 'AVAILABLE', teamIds: [] };
const general: LiveQueue = { vendor: 'bomgar', vendorId: 'general', name: 'General', waitingCount: 1, longestWaitSeconds: 10, waitingSince: null, teamId: null, memberIds: [] };
const waiting: SupportSession = fixtureSession('s1', { status: 'WAITING', startedAt: AT, queueId: 'general' });
const down: VendorStatus = { vendor: 'bomgar', reachable: false, since: AT, code: 'UPSTREAM_TIMEOUT', message: 'bomgar did not answer in time' };
const registered: WebinarActivity = { event: 'registrant.added', webinarKey: '1.2', webinarTitle: 'Launch', registrantKey: '3', name: 'Pat', email: 'pat@example.com', at: AT };

describe('boardEvent', () => {
  it('is the whole board, at the time the board last changed, and nothing else', () => {
    const board: LiveBoard = { at: AT, agents: [], queues: [general], sessions: [waiting], vendors: [down] };
    expect(boardEvent(board)).toEqual({ ...nothing, kind: 'BOARD', board, at: AT });
  });
});

describe('liveBoardEvents', () => {
  it('gives nothing for an alert', () => {
    expect(liveBoardEvents({ type: 'alert', alert: { vendor: 'bomgar' } } as unknown as LiveMessage)).toEqual([]);
  });

  it('gives the changed people first, then one event per change in the order of the batch, each at the batch time', () => {
    const board = new Board();
    const update = board.apply(
      batch('bomgar', [
        { kind: 'vendor', before: null, after: down },
        { kind: 'queue', before: null, after: general },
        { kind: 'identity', before: null, after: rep },
        { kind: 'session', before: null, after: waiting },
      ]),
    );

    const events = liveBoardEvents({ type: 'update', update });

    expect(events.map((event) => event.kind)).toEqual(['AGENT', 'VENDOR', 'QUEUE', 'SESSION']);
    expect(events[0]).toEqual({ ...nothing, kind: 'AGENT', agent: expect.objectContaining({ key: 'ann@example.com', identities: [rep] }), at: AT });
    expect(events[1]).toEqual({ ...nothing, kind: 'VENDOR', vendor: down, at: AT });
    expect(events[2]).toEqual({ ...nothing, kind: 'QUEUE', queue: general, at: AT });
    expect(events[3]).toEqual({ ...nothing, kind: 'SESSION', session: waiting, at: AT });
  });

  it('marks what left the board as removed, with the record as it was', () => {
    const board = new Board();
    board.apply(batch('bomgar', [{ kind: 'identity', before: null, after: rep }, { kind: 'queue', before: null, after: general }, { kind: 'session', before: null, after: waiting }]));
    const update = board.apply(
      batch(
        'bomgar',
        [
          { kind: 'identity', before: rep, after: null },
          { kind: 'queue', before: general, after: null },
          { kind: 'session', before: waiting, after: null },
        ],
        LATER,
      ),
    );

    expect(liveBoardEvents({ type: 'update', update })).toEqual([
      { ...nothing, kind: 'AGENT', agent: expect.objectContaining({ key: 'ann@example.com' }), removed: true, at: LATER },
      { ...nothing, kind: 'QUEUE', queue: general, removed: true, at: LATER },
      { ...nothing, kind: 'SESSION', session: waiting, removed: true, at: LATER },
    ]);
  });

  it('marks a session removed once it is no longer waiting or active, and keeps one taken by an agent', () => {
    const taken: SupportSession = { ...waiting, status: 'ACTIVE' };
    const ended: SupportSession = { ...waiting, status: 'ENDED', endedAt: LATER };
    const abandoned: SupportSession = { ...waiting, vendorId: 's2', status: 'ABANDONED' };
    const update = new Board().apply(
      batch('bomgar', [
        { kind: 'session', before: waiting, after: taken },
        { kind: 'session', before: taken, after: ended },
        { kind: 'session', before: null, after: abandoned },
      ]),
    );

    expect(liveBoardEvents({ type: 'update', update }).map((event) => [event.session?.status, event.removed])).toEqual([
      ['ACTIVE', false],
      ['ENDED', true],
      ['ABANDONED', true],
    ]);
  });

  it('passes on what a webinar vendor pushed', () => {
    const update = new Board().apply(batch('gotowebinar', [{ kind: 'webinar', activity: registered }], LATER));
    expect(liveBoardEvents({ type: 'update', update })).toEqual([{ ...nothing, kind: 'WEBINAR', webinar: registered, at: LATER }]);
  });
});

describe('watchLiveBoard', () => {
  it('starts with the whole board, turns messages into events, and replaces a backlog with the board as it is then', () => {
    let current: LiveBoard = { at: AT, agents: [], queues: [], sessions: [], vendors: [] };
    let spec: WatchSpec<LiveBoardEvent> | undefined;
    const ctx = { live: { board: () => current, watch: (given: WatchSpec<LiveBoardEvent>) => ((spec = given), {}) } } as unknown as Context;

    watchLiveBoard(ctx);

    expect(spec!.initial!()).toEqual([{ ...nothing, kind: 'BOARD', board: current, at: AT }]);
    const update = new Board().apply(batch('bomgar', [{ kind: 'queue', before: null, after: general }], LATER));
    expect(spec!.events({ type: 'update', update })).toEqual([{ ...nothing, kind: 'QUEUE', queue: general, at: LATER }]);

    const before = current;
    current = { ...current, at: LATER, queues: [general] };
    const backlog = spec!.events({ type: 'update', update });
    expect(spec!.skip(backlog)).toEqual([{ ...nothing, kind: 'BOARD', board: current, at: LATER }]);
    expect(spec!.skip(backlog)[0]!.board).not.toBe(before);
  });
});
