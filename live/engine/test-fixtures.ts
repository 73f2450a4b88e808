/** Small records and a clock for the engine parts' unit tests (no vendor, no network). */
import type { LiveSource } from '../../adapters/live-source.js';
import type { LiveQueue, PolledVendor, VendorReading, VendorSnapshot } from '../../domain/live.js';
import type { AgentIdentity, SupportSession } from '../../domain/support.js';

export const T0 = Date.parse('2030-01-01T09:00:00.000Z');

/** A clock that moves only when told. */
export function fakeClock(start = T0) {
  let time = start;
  return {
    now: () => time,
    iso: () => new Date(time).toISOString(),
    advance(ms: number) {
      time += ms;
    },
  };
}

export function identity(vendorId: string, overrides: Partial<AgentIdentity> = {}): AgentIdentity {
  return { vendor: 'bomgar', vendorId, name: `Agent ${vendorId}`, email: `${vendorId}@example.test`, status: 'AVAILABLE', teamIds: [], ...overrides };
}

export function queue(vendorId: string, overrides: Partial<LiveQueue> = {}): LiveQueue {
  return { vendor: 'bomgar', vendorId, name: `Queue ${vendorId}`, waitingCount: 0, longestWaitSeconds: 0, teamId: null, memberIds: [], ...overrides };
}

export function session(vendorId: string, overrides: Partial<SupportSession> = {}): SupportSession {
  return {
    vendor: 'bomgar',
    vendorId,
    status: 'ACTIVE',
    startedAt: '2030-01-01T08:50:00.000Z',
    endedAt: null,
    durationSeconds: null,
    portal: null,
    queueId: null,
    teamId: null,
    agent: null,
    customer: { name: 'Customer', company: null, email: null },
    externalKey: null,
    recordingUrl: null,
    ...overrides,
  };
}

export function reading(overrides: Partial<VendorReading> = {}): VendorReading {
  return { identities: [], queues: [], sessions: [], ...overrides };
}

export function snapshot(overrides: Partial<VendorSnapshot> = {}): VendorSnapshot {
  return { vendor: 'bomgar', at: new Date(T0).toISOString(), status: null, identities: [], queues: [], sessions: [], ended: [], ...overrides };
}

/** A source that answers with what `next` returns (or throws what it throws), recording what it was given. */
export function fakeSource(next: (previous: VendorSnapshot | null) => VendorReading, vendor: PolledVendor = 'bomgar') {
  const calls: { previous: VendorSnapshot | null; signal: AbortSignal }[] = [];
  const source: LiveSource = {
    vendor,
    read: async (previous, signal) => {
      calls.push({ previous, signal });
      return next(previous);
    },
  };
  return { source, calls };
}
