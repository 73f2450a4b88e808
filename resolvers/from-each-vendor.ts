import { isUpstreamError } from '../clients/transport/errors.js';
import { upstreamMessages } from './upstream-messages.js';
import { vendorOfUpstream } from '../adapters/index.js';
import { reportVendorFailure } from './request-scope.js';
import { VendorDisabledError } from '../domain/errors.js';
import type { UnavailableVendor } from '../domain/support.js';


/**
 * Reads the same thing from several vendors at once. A vendor that fails with a typed upstream
 * error is left out and reported, so a listing shows the others' records; a vendor
 * SWITCHBOARD_VENDORS leaves out is simply absent (its read fails before any call); anything
 * else is a bug and is thrown.
 */
export async function fromEachVendor<S extends { vendor: string }, T>(
  sources: readonly S[],
  read: (source: S) => Promise<T[]>,
): Promise<{ items: T[]; unavailable: UnavailableVendor[] }> {
  const settled = await Promise.allSettled(sources.map(read));
  const items: T[] = [];
  const unavailable: UnavailableVendor[] = [];
  settled.forEach((result, index) => {
    if (result.status === 'fulfilled') {
      items.push(...result.value);
      return;
    }
    const error: unknown = result.reason;
    // Only the source's own vendor (GoToTraining may read GoToMeeting: both are `goto`); a
    // listing that needed another, disabled, vendor fails typed.
    if (error instanceof VendorDisabledError && error.setting === vendorOfUpstream(sources[index]!.vendor)) return;
    if (!isUpstreamError(error)) throw error;
    reportVendorFailure(sources[index]!.vendor, error.code);
    unavailable.push({ vendor: sources[index]!.vendor, code: error.code, message: `${error.vendor} ${upstreamMessages[error.code]}` });
  });
  return { items, unavailable };
}
