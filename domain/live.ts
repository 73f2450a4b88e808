import type { Agent } from './agents.js';
import type { AgentIdentity, SupportQueue, SupportSession } from './support.js';
import { vendorsWith, type VendorsWith } from './vendors.js';

/**
 * What the live-status engine keeps and sends. Everything here is plain JSON (ISO strings, no
 * Date, no class instances): batches cross Redis between instances and snapshots are stored there.
 * Records are the same vendor-neutral records the queries return, so a dashboard renders one shape.
 */

/** Vendors the engine polls, one poller each. */
export const POLLED_VENDORS = vendorsWith('livePoll');
export type PolledVendor = VendorsWith<'livePoll'>;

/** Every vendor that feeds the live engine: the polled ones, and those that push (GoToWebinar's webhooks). */
export type LiveVendor = VendorsWith<'livePoll' | 'livePush'>;

export function isPolledVendor(vendor: string): vendor is PolledVendor {
  return (POLLED_VENDORS as readonly string[]).includes(vendor);
}

/**
 * A queue on the board: a remote-support queue, or (Ameyo) a campaign's call queue. Ameyo is not
 * a remote-support vendor, hence the wider `vendor`; the Queue type reads it the same way.
 */
export type LiveQueue = Omit<SupportQueue, 'vendor'> & { vendor: string };

/** Whether the last poll of a vendor worked, and since when that has been so. */
export interface VendorStatus {
  vendor: PolledVendor;
  reachable: boolean;
  /** When the vendor became (un)reachable (ISO). */
  since: string;
  /** While unreachable: the typed upstream code (UPSTREAM_UNAVAILABLE, ...) and a message without internals. */
  code: string | null;
  message: string | null;
}

/** One vendor's part of the board, as the leader last read it. */
export interface VendorSnapshot {
  vendor: PolledVendor;
  /** When it was read or last changed (ISO). */
  at: string;
  /** Null until the first poll answered or failed. */
  status: VendorStatus | null;
  identities: AgentIdentity[];
  queues: LiveQueue[];
  /** Sessions waiting or active now. */
  sessions: SupportSession[];
  /**
   * Sessions that recently left the board (newest last, at most RECENTLY_ENDED_KEPT): a repeated
   * end push or a poll listing them again is no change, a rating arriving later is.
   */
  ended: SupportSession[];
}

/** How many ended sessions a vendor snapshot remembers. */
export const RECENTLY_ENDED_KEPT = 200;

/** What a poll or push read from a vendor: a full picture of its live data, or the sessions it names only. */
export interface VendorReading {
  identities: AgentIdentity[];
  queues: LiveQueue[];
  sessions: SupportSession[];
}

/**
 * One real change. `before`/`after` are whole records, so applying a change is idempotent and a
 * late instance catches up from any batch. A session whose `after` is no longer active (ENDED,
 * ABANDONED) leaves the board.
 */
export type LiveChange =
  | { kind: 'identity'; before: AgentIdentity | null; after: AgentIdentity | null }
  | { kind: 'queue'; before: LiveQueue | null; after: LiveQueue | null }
  | { kind: 'session'; before: SupportSession | null; after: SupportSession | null }
  | { kind: 'vendor'; before: VendorStatus | null; after: VendorStatus }
  | { kind: 'webinar'; activity: WebinarActivity };

/** Something GoToWebinar pushed (a registration, someone joining, a webinar created or changed). Not kept on the board. */
export interface WebinarActivity {
  event: 'registrant.added' | 'registrant.joined' | 'webinar.created' | 'webinar.changed';
  webinarKey: string;
  webinarTitle: string | null;
  /** For registrant events. */
  registrantKey: string | null;
  name: string | null;
  email: string | null;
  /** When GoTo says it happened (ISO), else when it arrived. */
  at: string;
}

/** The changes one poll or push found, published on `liveChanges`. */
export interface LiveChangeBatch {
  /** Unique per batch (`<origin>:<n>`), so the publisher can wait until its own batch is applied. */
  id: string;
  /** The instance that published it. */
  origin: string;
  vendor: LiveVendor;
  at: string;
  changes: LiveChange[];
}

export const ACTIVE_SESSION_STATUSES = new Set<SupportSession['status']>(['WAITING', 'ACTIVE']);

export function isActive(session: SupportSession): boolean {
  return ACTIVE_SESSION_STATUSES.has(session.status);
}

/** A vendor record's key within its vendor. */
export function recordKey(record: { vendor: string; vendorId: string }): string {
  return `${record.vendor}:${record.vendorId}`;
}

/** The whole live picture, as `liveBoard` paints it first. Plain JSON. */
export interface LiveBoard {
  /** When the board last changed (ISO). */
  at: string;
  /** People across vendors, by name (as the `agents` query merges them). */
  agents: Agent[];
  queues: LiveQueue[];
  /** Sessions waiting or active now. */
  sessions: SupportSession[];
  /** Every polled vendor that has been polled, with whether it answers. */
  vendors: VendorStatus[];
}
