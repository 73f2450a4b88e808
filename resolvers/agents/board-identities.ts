import { isPolledVendor, type VendorSnapshot } from '../../domain/live.js';
import type { AgentIdentity } from '../../domain/support.js';
import type { LiveEngine, PolledSnapshot } from '../../live/engine.js';

/** What freshness is judged on: the snapshot's reachability, its age and the polling interval. */
export type Freshness = Pick<PolledSnapshot, 'ageMs' | 'intervalMs'> & { snapshot: Pick<VendorSnapshot, 'status'> };

/**
 * Whether a vendor's part of the live board may answer for the vendor itself: this instance polls
 * it on an interval, its last poll answered, and that was no longer ago than the interval plus a
 * margin for the next poll's own read (half an interval, at least a second). With no automatic
 * polling (LIVE_POLL_INTERVAL_MS=0) nothing bounds the board's age, so it is never fresh; nor is a
 * vendor another instance polls (its board follows that instance's batches, whose age it cannot tell).
 */
export function isFresh(polled: Freshness): boolean {
  if (polled.intervalMs <= 0 || polled.snapshot.status?.reachable !== true) return false;
  return polled.ageMs <= polled.intervalMs + Math.max(1_000, polled.intervalMs / 2);
}

/**
 * A vendor's agent identities as the live board holds them, when that part of the board is fresh
 * (see {@link isFresh}): the same records a read of the vendor maps (the poll maps the same
 * listings), at most a poll interval old. Null: read the vendor.
 */
export function boardIdentities(live: Pick<LiveEngine, 'polledSnapshot'>, vendor: string): AgentIdentity[] | null {
  if (!isPolledVendor(vendor)) return null;
  const polled = live.polledSnapshot(vendor);
  return polled && isFresh(polled) ? polled.snapshot.identities : null;
}
