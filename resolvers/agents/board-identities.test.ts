import { describe, expect, it } from 'vitest';
import type { VendorSnapshot, VendorStatus } from '../../domain/live.js';
import type { AgentIdentity } from '../../domain/support.js';
import type { PolledSnapshot } from '../../live/engine.js';
import { boardIdentities, isFresh } from './board-identities.js';

const reachable: VendorStatus = { vendor: 'bomgar', reachable: true, since: '2026-01-05T09:00:00.000Z', code: null, message: null };
const unreachable: VendorStatus = { ...reachable, reachable: false, code: 'UPSTREAM_TIMEOUT', message: 'bomgar did not answer the live-status poll (UPSTREAM_TIMEOUT)' };
const identity: AgentIdentity = { vendor: 'bomgar', vendorId: '7', name: 'Rep Seven', email: 'seven@example.org', status: 'AVAILABLE', teamIds: ['1'] };

function polled(status: VendorStatus | null, ageMs: number, intervalMs = 5_000): PolledSnapshot {
  const snapshot: VendorSnapshot = { vendor: 'bomgar', at: reachable.since, status, identities: [identity], queues: [], sessions: [], ended: [] };
  return { snapshot, ageMs, intervalMs };
}

describe('isFresh', () => {
  it('takes a reachable vendor polled within the interval and its margin (half an interval, at least a second)', () => {
    expect(isFresh(polled(reachable, 0))).toBe(true);
    expect(isFresh(polled(reachable, 7_500))).toBe(true);
    expect(isFresh(polled(reachable, 7_501))).toBe(false);
    expect(isFresh(polled(reachable, 1_500, 500))).toBe(true);
    expect(isFresh(polled(reachable, 1_501, 500))).toBe(false);
  });

  it('refuses a vendor whose last poll failed or that was never answered', () => {
    expect(isFresh(polled(unreachable, 0))).toBe(false);
    expect(isFresh(polled(null, 0))).toBe(false);
  });

  it('refuses any board without automatic polling (LIVE_POLL_INTERVAL_MS=0): nothing bounds its age', () => {
    expect(isFresh(polled(reachable, 0, 0))).toBe(false);
  });
});

describe('boardIdentities', () => {
  it("answers with the snapshot's identities when fresh, and null otherwise (not polled here, stale, not a polled vendor)", () => {
    const live = (answer: PolledSnapshot | null) => ({ polledSnapshot: () => answer });
    expect(boardIdentities(live(polled(reachable, 100)), 'bomgar')).toEqual([identity]);
    expect(boardIdentities(live(polled(reachable, 60_000)), 'bomgar')).toBeNull();
    expect(boardIdentities(live(null), 'bomgar')).toBeNull();
    expect(boardIdentities(live(polled(reachable, 100)), 'zendesk')).toBeNull();
  });
});
