import { describe, expect, it } from 'vitest';
import { Board, type BoardUpdate } from '../../live/board.js';
import type { LiveMessage, WatchSpec } from '../../live/subscribers.js';
import type { LiveChange, LiveChangeBatch, PolledVendor } from '../../domain/live.js';
import type { AgentIdentity } from '../../domain/support.js';
import type { Context } from '../context.js';
import { agentStatusEvents, watchAgentStatus, type AgentStatusEvent } from './agent-status.js';

const AT = '2030-01-01T09:00:00.000Z';
const LATER = '2030-01-01T09:00:05.000Z';

function identity(vendor: string, vendorId: string, over: Partial<AgentIdentity> = {}): AgentIdentity {
  return { vendor, vendorId, name: `Rep ${vendorId}`, email: null, status: 'AVAILABLE', teamIds: [], ...over };
}

function batch(vendor: PolledVendor, changes: LiveChange[], at = AT): LiveChangeBatch {
  return { id: `test:${at}`, origin: 'test', vendor, at, changes };
}

const added = (after: AgentIdentity): LiveChange => ({ kind: 'identity', before: null, after });
const changed = (before: AgentIdentity, after: AgentIdentity): LiveChange => ({ kind: 'identity', before, after });
const left = (before: AgentIdentity): LiveChange => ({ kind: 'identity', before, after: null });

// Ann works at both vendors (one email), Bob only at Bomgar (no email), Cy only at GoToAssist.
const annBomgar = identity('bomgar', '1', { name: 'Ann', email: 'ann@example.com', teamIds: ['team:1'] });
const annGoto = identity('gotoassist', 'g1', { name: 'Ann', email: 'ann@example.com', status: 'BUSY', teamIds: ['t1'] });
const bob = identity('bomgar', '2', { name: 'Bob', teamIds: ['team:2'] });
const cy = identity('gotoassist', 'g2', { name: 'Cy', email: 'cy@example.com', teamIds: ['team:1'] });

/** A board that has seen everyone come online; returns the board for further batches. */
function boardWithEveryone(): Board {
  const board = new Board();
  board.apply(batch('bomgar', [added(annBomgar), added(bob)]));
  board.apply(batch('gotoassist', [added(annGoto), added(cy)]));
  return board;
}

describe('agentStatusEvents', () => {
  it('reports an account new to the board with no previous status, the merged person and the batch time', () => {
    const board = new Board();
    board.apply(batch('gotoassist', [added(annGoto)]));
    const update = board.apply(batch('bomgar', [added(annBomgar)], LATER));

    const events = agentStatusEvents(update, {});

    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ identity: annBomgar, previousStatus: null, at: LATER });
    expect(events[0]!.agent.key).toBe('ann@example.com');
    // The person as they are now: both accounts, busy anywhere is busy.
    expect(events[0]!.agent.identities.map((one) => one.vendor).sort()).toEqual(['bomgar', 'gotoassist']);
    expect(events[0]!.agent.status).toBe('BUSY');
  });

  it('reports a status change with the status before it', () => {
    const board = boardWithEveryone();
    const update = board.apply(batch('bomgar', [changed(bob, { ...bob, status: 'AWAY' })], LATER));

    expect(agentStatusEvents(update, {})).toEqual([
      expect.objectContaining({ identity: { ...bob, status: 'AWAY' }, previousStatus: 'AVAILABLE', at: LATER, agent: expect.objectContaining({ key: 'bomgar-2', status: 'AWAY' }) }),
    ]);
  });

  it('reports an account that left the board as OFFLINE, with the person as they were', () => {
    const board = boardWithEveryone();
    const update = board.apply(batch('bomgar', [left(bob)], LATER));

    const events = agentStatusEvents(update, {});

    expect(events).toEqual([expect.objectContaining({ identity: { ...bob, status: 'OFFLINE' }, previousStatus: 'AVAILABLE' })]);
    expect(events[0]!.agent).toMatchObject({ key: 'bomgar-2', status: 'AVAILABLE' });
  });

  it('says nothing when the status did not change: a renamed account, or one that left while offline', () => {
    const offline = { ...bob, status: 'OFFLINE' as const };
    const board = new Board();
    board.apply(batch('bomgar', [added(annBomgar), added(offline)]));
    const update = board.apply(batch('bomgar', [changed(annBomgar, { ...annBomgar, name: 'Ann B.' }), left(offline)], LATER));

    expect(agentStatusEvents(update, {})).toEqual([]);
  });

  it('ignores the other kinds of change in the batch, even a record whose key is a changed person\'s', () => {
    const board = boardWithEveryone();
    const update = board.apply(
      batch('bomgar', [
        // Its key, bomgar-2, is Bob's.
        { kind: 'queue', before: null, after: { vendor: 'bomgar', vendorId: '2', name: 'General', waitingCount: 1, longestWaitSeconds: 5, teamId: null, memberIds: [] } },
        { kind: 'vendor', before: null, after: { vendor: 'bomgar', reachable: true, since: AT, code: null, message: null } },
        changed(bob, { ...bob, status: 'BUSY' }),
      ]),
    );
    expect(agentStatusEvents(update, {}).map((event) => event.identity)).toEqual([{ ...bob, status: 'BUSY' }]);
  });

  it('skips an account whose person the update does not carry', () => {
    const update: BoardUpdate = { batch: batch('bomgar', [added(bob)]), people: [] };
    expect(agentStatusEvents(update, {})).toEqual([]);
  });

  describe('filters', () => {
    // One batch per vendor, everyone changing status.
    function everyoneChanges(): BoardUpdate[] {
      const board = boardWithEveryone();
      return [
        board.apply(batch('bomgar', [changed(annBomgar, { ...annBomgar, status: 'BUSY' }), changed(bob, { ...bob, status: 'BUSY' })], LATER)),
        board.apply(batch('gotoassist', [changed(annGoto, { ...annGoto, status: 'AWAY' }), changed(cy, { ...cy, status: 'BUSY' })], LATER)),
      ];
    }
    const accounts = (filter: Parameters<typeof agentStatusEvents>[1]) =>
      everyoneChanges()
        .flatMap((update) => agentStatusEvents(update, filter))
        .map((event) => `${event.identity.vendor}:${event.identity.vendorId}`);

    it('passes every account without a filter, and null fields filter nothing', () => {
      expect(accounts({})).toEqual(['bomgar:1', 'bomgar:2', 'gotoassist:g1', 'gotoassist:g2']);
      expect(accounts({ vendor: null, team: null, agentKey: null })).toEqual(['bomgar:1', 'bomgar:2', 'gotoassist:g1', 'gotoassist:g2']);
    });

    it('by vendor', () => {
      expect(accounts({ vendor: 'gotoassist' })).toEqual(['gotoassist:g1', 'gotoassist:g2']);
    });

    it("by team: the team's vendor and id both, so another vendor's team with the same id does not pass", () => {
      expect(accounts({ team: { vendor: 'bomgar', vendorId: 'team:1' } })).toEqual(['bomgar:1']);
      expect(accounts({ team: { vendor: 'gotoassist', vendorId: 'team:1' } })).toEqual(['gotoassist:g2']);
      expect(accounts({ team: { vendor: 'bomgar', vendorId: 'team:9' } })).toEqual([]);
    });

    it("by person: each of the person's accounts", () => {
      expect(accounts({ agentKey: 'ann@example.com' })).toEqual(['bomgar:1', 'gotoassist:g1']);
      expect(accounts({ agentKey: 'bomgar-2' })).toEqual(['bomgar:2']);
    });

    it('combines the filters', () => {
      expect(accounts({ agentKey: 'ann@example.com', vendor: 'gotoassist' })).toEqual(['gotoassist:g1']);
      expect(accounts({ agentKey: 'ann@example.com', team: { vendor: 'bomgar', vendorId: 'team:2' } })).toEqual([]);
    });
  });
});

describe('watchAgentStatus', () => {
  function watched(filter: Parameters<typeof watchAgentStatus>[1]): WatchSpec<AgentStatusEvent> {
    let spec: WatchSpec<AgentStatusEvent> | undefined;
    const ctx = { live: { watch: (given: WatchSpec<AgentStatusEvent>) => ((spec = given), {}) } } as unknown as Context;
    watchAgentStatus(ctx, filter);
    return spec!;
  }

  it('turns update messages into filtered events and alerts into none', () => {
    const board = boardWithEveryone();
    const update = board.apply(batch('bomgar', [changed(bob, { ...bob, status: 'BUSY' }), changed(annBomgar, { ...annBomgar, status: 'AWAY' })], LATER));
    const spec = watched({ agentKey: 'bomgar-2' });

    expect(spec.events({ type: 'update', update }).map((event) => event.identity.vendorId)).toEqual(['2']);
    const alert = { type: 'alert', alert: { vendor: 'bomgar' } } as unknown as LiveMessage;
    expect(spec.events(alert)).toEqual([]);
  });

  it("keeps each account's newest event when a subscriber falls behind", () => {
    const event = (vendor: string, vendorId: string, at: string) => ({ identity: identity(vendor, vendorId), at }) as AgentStatusEvent;
    const backlog = [event('bomgar', '1', 'a'), event('gotoassist', '1', 'b'), event('bomgar', '1', 'c'), event('bomgar', '2', 'd')];

    expect(watched({}).skip(backlog).map((kept) => kept.at)).toEqual(['b', 'c', 'd']);
  });
});
