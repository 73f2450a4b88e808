import { describe, expect, it } from 'vitest';
import type { LiveMessage, WatchSpec } from '../../live/subscribers.js';
import type { LiveChange, PolledVendor } from '../../domain/live.js';
import type { SupportSession, SupportVendor } from '../../domain/support.js';
import type { Context } from '../context.js';
import { session as fixtureSession } from '../../live/engine/test-fixtures.js';
import { sessionEvents, watchSessions, type SessionEvent, type SessionWatch } from './sessions.js';

const AT = '2030-01-01T09:00:00.000Z';

function session(vendor: SupportVendor, vendorId: string, over: Partial<SupportSession> = {}): SupportSession {
  return fixtureSession(vendorId, { vendor, status: 'WAITING', startedAt: '2030-01-01T08:59:00.000Z', queueId: 'general', ...over });
}

function update(changes: LiveChange[], vendor: PolledVendor = 'bomgar', at = AT): LiveMessage {
  return { type: 'update', update: { batch: { id: 'test:1', origin: 'test', vendor, at, changes }, people: [] } };
}

const mine: SessionWatch = { session: { vendor: 'bomgar', vendorId: 's1' } };
const waiting = session('bomgar', 's1', { externalKey: '1001' });
const taken = { ...waiting, status: 'ACTIVE' as const, agent: { vendor: 'bomgar', vendorId: '7', name: 'Rep', email: null } };
const ended = { ...taken, status: 'ENDED' as const, endedAt: '2030-01-01T09:10:00.000Z', durationSeconds: 660 };

describe('sessionEvents', () => {
  it('reports a session new to the board with no previous status', () => {
    expect(sessionEvents(update([{ kind: 'session', before: null, after: waiting }]), mine)).toEqual([{ session: waiting, previousStatus: null, ended: false, at: AT }]);
  });

  it('reports an agent taking it, with the status before', () => {
    expect(sessionEvents(update([{ kind: 'session', before: waiting, after: taken }]), mine)).toEqual([{ session: taken, previousStatus: 'WAITING', ended: false, at: AT }]);
  });

  it('marks a session that is no longer waiting or active as ended: ENDED and ABANDONED', () => {
    expect(sessionEvents(update([{ kind: 'session', before: taken, after: ended }]), mine)).toEqual([{ session: ended, previousStatus: 'ACTIVE', ended: true, at: AT }]);
    const abandoned = { ...waiting, status: 'ABANDONED' as const };
    expect(sessionEvents(update([{ kind: 'session', before: waiting, after: abandoned }]), mine)).toEqual([
      { session: abandoned, previousStatus: 'WAITING', ended: true, at: AT },
    ]);
  });

  it('reports a later change of a session that already ended (a rating arriving)', () => {
    const rated = { ...ended, feedback: { rating: 2, comment: null, resolution: null } };
    expect(sessionEvents(update([{ kind: 'session', before: ended, after: rated }]), mine)).toEqual([{ session: rated, previousStatus: 'ENDED', ended: true, at: AT }]);
  });

  it('says nothing for a change without a record after it', () => {
    expect(sessionEvents(update([{ kind: 'session', before: waiting, after: null }]), mine)).toEqual([]);
  });

  it('ignores alerts and the other kinds of change', () => {
    const alert = { type: 'alert', alert: { session: waiting } } as unknown as LiveMessage;
    expect(sessionEvents(alert, mine)).toEqual([]);
    expect(sessionEvents(update([{ kind: 'queue', before: null, after: { vendor: 'bomgar', vendorId: 's1', name: 'Q', waitingCount: 1, longestWaitSeconds: 1, teamId: null, memberIds: [] } }]), mine)).toEqual([]);
  });

  it("watches one session by its vendor and id: another vendor's session with that id, or another id, does not pass", () => {
    const message = update([
      { kind: 'session', before: null, after: session('gotoassist', 's1', { externalKey: '1001' }) },
      { kind: 'session', before: null, after: session('bomgar', 's2', { externalKey: '1001' }) },
      { kind: 'session', before: null, after: waiting },
    ]);
    expect(sessionEvents(message, mine).map((event) => `${event.session.vendor}:${event.session.vendorId}`)).toEqual(['bomgar:s1']);
  });

  it("watches a ticket's sessions at every vendor by the ticket id the vendor keeps", () => {
    const message = update([
      { kind: 'session', before: null, after: session('gotoassist', 'g1', { externalKey: '1001' }) },
      { kind: 'session', before: null, after: session('bomgar', 's2', { externalKey: '1002' }) },
      { kind: 'session', before: null, after: session('bomgar', 's3') },
      { kind: 'session', before: waiting, after: taken },
    ]);
    expect(sessionEvents(message, { ticketId: '1001' }).map((event) => `${event.session.vendor}:${event.session.vendorId}`)).toEqual(['gotoassist:g1', 'bomgar:s1']);
    expect(sessionEvents(message, { ticketId: '1003' })).toEqual([]);
  });
});

describe('watchSessions', () => {
  function watched(watch: SessionWatch): WatchSpec<SessionEvent> {
    let spec: WatchSpec<SessionEvent> | undefined;
    const ctx = { live: { watch: (given: WatchSpec<SessionEvent>) => ((spec = given), {}) } } as unknown as Context;
    watchSessions(ctx, watch);
    return spec!;
  }

  it('filters the messages it is given', () => {
    const message = update([
      { kind: 'session', before: null, after: session('bomgar', 's2') },
      { kind: 'session', before: waiting, after: taken },
    ]);
    expect(watched(mine).events(message)).toEqual([{ session: taken, previousStatus: 'WAITING', ended: false, at: AT }]);
  });

  it("keeps each session's newest event when a subscriber falls behind", () => {
    const event = (s: SupportSession, at: string): SessionEvent => ({ session: s, previousStatus: null, ended: false, at });
    const backlog = [event(waiting, 'a'), event(session('gotoassist', 's1'), 'b'), event(taken, 'c'), event(ended, 'd'), event(session('bomgar', 's2'), 'e')];
    expect(watched({ ticketId: '1001' }).skip(backlog).map((kept) => kept.at)).toEqual(['b', 'd', 'e']);
  });
});
