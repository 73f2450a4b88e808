import { isUpstreamError } from '../../clients/transport/errors.js';
import type { PolledVendor, VendorStatus } from '../../domain/live.js';

/**
 * A polled vendor's status, worked out from what its polls found: whether it answers and since
 * when (reachability changes only, not every failed poll of an outage), and how long the poller
 * waits before the next poll (backing off while the vendor fails). Pure: times come in as values.
 */

/** What one poll found of a vendor's reachability: it answered, or it failed with this error. */
export type Reachability = { reachable: true } | { reachable: false; failure: unknown };

/** What the engine says of one vendor's poller (`LiveEngine.pollers()`, /ready, metrics). */
export interface PollerStatus {
  vendor: PolledVendor;
  leading: boolean;
  /** Null before the first poll. */
  reachable: boolean | null;
  since: string | null;
  polls: number;
  failures: number;
  consecutiveFailures: number;
  nextPollInMs: number | null;
}

/** What a poller counted of its polls. */
export interface PollCounts {
  /** Polls run since this instance started (automatic and on demand). */
  polls: number;
  failures: number;
  /** Failures since the last poll that worked. */
  consecutiveFailures: number;
}

export const NO_POLLS: PollCounts = { polls: 0, failures: 0, consecutiveFailures: 0 };

/** The typed upstream code a failed read carries (UPSTREAM_TIMEOUT, ...); anything else counts as UPSTREAM_UNAVAILABLE. */
export function failureCode(failure: unknown): string {
  return isUpstreamError(failure) ? failure.code : 'UPSTREAM_UNAVAILABLE';
}

/**
 * The vendor's new status after a poll at `at` (ISO), or null when its reachability did not change:
 * the first answer and the first failure after answering (or before any poll) are changes; a
 * failure during an outage keeps the outage's `since` and code.
 */
export function statusAfter(vendor: PolledVendor, previous: VendorStatus | null, found: Reachability, at: string): VendorStatus | null {
  if (found.reachable) return previous?.reachable ? null : { vendor, reachable: true, since: at, code: null, message: null };
  if (previous && !previous.reachable) return null;
  const code = failureCode(found.failure);
  return { vendor, reachable: false, since: at, code, message: `${vendor} did not answer the live-status poll (${code})` };
}

/** The counts after one more poll. */
export function countPoll(counts: PollCounts, reachable: boolean): PollCounts {
  return reachable
    ? { ...counts, polls: counts.polls + 1, consecutiveFailures: 0 }
    : { polls: counts.polls + 1, failures: counts.failures + 1, consecutiveFailures: counts.consecutiveFailures + 1 };
}

/** The wait after `failures` consecutive failures: the interval, doubled per failure, capped. */
export function backoffDelay(intervalMs: number, maxBackoffMs: number, failures: number): number {
  if (failures <= 0) return intervalMs;
  return Math.min(maxBackoffMs, intervalMs * 2 ** Math.min(failures, 30));
}

/** Milliseconds from `now` until a poll due at `dueAt` (ms); null when none is due. */
export function msUntil(dueAt: number | null, now: number): number | null {
  return dueAt === null ? null : Math.max(0, dueAt - now);
}

/** One poller's status: the board's reachability for the vendor with the poller's counts. */
export function pollerStatus(
  vendor: PolledVendor,
  leading: boolean,
  status: VendorStatus | null,
  state: PollCounts & { nextPollInMs: number | null },
): PollerStatus {
  return { vendor, leading, reachable: status ? status.reachable : null, since: status?.since ?? null, ...state };
}
