import type { LiveSource } from '../../adapters/live-source.js';
import { isPolledVendor, type LiveChange, type LiveVendor, type PolledVendor, type VendorReading, type VendorSnapshot, type VendorStatus, type WebinarActivity } from '../../domain/live.js';
import { diffReading } from '../diff.js';
import { changesForAlerts } from '../queue-wait.js';
import { statusAfter } from './status.js';

/**
 * One poll of a vendor, as values: read its source (the clock passed in says when it answered),
 * then turn the reading, or the failure, into the changes to publish: what differs from the
 * board's snapshot, and the vendor's status when its reachability changed. A push is a partial
 * reading and becomes changes the same way.
 */

/** What `pollNow` (and each automatic poll) resolves with. */
export interface PollOutcome {
  /** False on an instance that does not lead this vendor's poll (its leader polls). */
  polled: boolean;
  /** Whether the vendor answered. */
  reachable: boolean;
  /** Changes published. */
  changes: number;
}

/** A poll this instance did not run (it does not lead the vendor's poll, or it is closing). */
export const NOT_POLLED: PollOutcome = { polled: false, reachable: false, changes: 0 };
/** A poll that got no answer and published nothing (closing, or a poll that crashed). */
export const UNANSWERED: PollOutcome = { polled: true, reachable: false, changes: 0 };

/** One read of a source: the vendor's reading, or why it failed; `readAt` (ms) is when it answered (when the read began, if it failed). */
export type SourceRead = { reading: VendorReading; readAt: number } | { failure: unknown; readAt: number };

/** Reads a vendor's whole live picture; never rejects (a failure is part of the result). */
export async function readSource(source: LiveSource, previous: VendorSnapshot | null, signal: AbortSignal, now: () => number): Promise<SourceRead> {
  const began = now();
  try {
    const reading = await source.read(previous, signal);
    return { reading, readAt: now() };
  } catch (error) {
    return { failure: error ?? new Error('poll failed'), readAt: began };
  }
}

export interface PollInput {
  vendor: PolledVendor;
  /** What the board holds for the vendor as the changes are worked out. */
  previous: VendorSnapshot | null;
  read: SourceRead;
  /** Whether a push was applied while the source was read: its sessions are newer than the reading's. */
  pushedMeanwhile: boolean;
  /** When this instance last polled the vendor (ms); undefined before its first poll here. */
  lastPolledAt: number | undefined;
  /** When the changes are worked out (ISO): a new status's `since`. */
  at: string;
}

export interface PollFindings {
  /** What to publish: records that changed, then the vendor's status when it changed. */
  changes: LiveChange[];
  /** What alert rules see: the changes, with every queue's wait as it was at the last poll and as it is now. */
  forAlerts: LiveChange[];
  /** The vendor's new status when its reachability changed; null when it did not. */
  status: VendorStatus | null;
  /** The status it replaces. */
  previousStatus: VendorStatus | null;
  reachable: boolean;
}

/** What one poll found: the changes to publish and what alert rules see. */
export function pollChanges({ vendor, previous, read, pushedMeanwhile, lastPolledAt, at }: PollInput): PollFindings {
  let changes: LiveChange[] = 'reading' in read ? diffReading(previous, read.reading, true, read.readAt) : [];
  // A push applied while this poll read is newer than what it read about sessions: the next poll catches up.
  if (pushedMeanwhile) changes = changes.filter((change) => change.kind !== 'session');
  const previousStatus = previous?.status ?? null;
  const status = statusAfter(vendor, previousStatus, 'reading' in read ? { reachable: true } : { reachable: false, failure: read.failure }, at);
  if (status) changes.push({ kind: 'vendor', before: previousStatus, after: status });
  // Alerts see every queue's wait as it was at the previous poll and as it is now: a wait crosses a threshold unpublished.
  const previousAt = lastPolledAt ?? (previous ? Date.parse(previous.at) : read.readAt);
  const forAlerts = changesForAlerts(previous?.queues ?? [], changes, previousAt, read.readAt);
  return { changes, forAlerts, status, previousStatus, reachable: 'reading' in read };
}

/** What a vendor pushed: the sessions it names (a partial reading), or GoToWebinar activity. */
export interface Push {
  reading?: VendorReading;
  activity?: WebinarActivity[];
}

/** The changes a push makes, read at `readAt` (ms): its activity, and what its sessions change on the board (added or updated only). */
export function pushChanges(vendor: LiveVendor, previous: VendorSnapshot | null, push: Push, readAt: number): LiveChange[] {
  const changes: LiveChange[] = (push.activity ?? []).map((activity) => ({ kind: 'webinar', activity }));
  if (push.reading && isPolledVendor(vendor)) changes.push(...diffReading(previous, push.reading, false, readAt));
  return changes;
}
