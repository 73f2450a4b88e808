import { isUpstreamError } from '../clients/transport/errors.js';
import { upstreamMessages } from '../server/errors.js';
import type { UnavailableVendor } from './support-model.js';


/**
 * Reads the same thing from several vendors at once. A vendor that fails with a typed upstream
 * error is left out and reported, so a listing shows the others' records; anything else is a bug
 * and is thrown.
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
    if (!isUpstreamError(error)) throw error;
    unavailable.push({ vendor: sources[index]!.vendor, code: error.code, message: `${error.vendor} ${upstreamMessages[error.code]}` });
  });
  return { items, unavailable };
}
