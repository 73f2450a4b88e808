import { UpstreamError } from '../../clients/transport/index.js';
import type { ResourceRunContext } from './types.js';

/** How many waits one call may take before the sync gives up on it: rate limits pass, an outage may not. */
const MAX_RATE_LIMIT_WAITS = 30;
const MAX_OUTAGE_WAITS = 3;

/**
 * Runs a vendor call, waiting out the vendor's `Retry-After` (a 429, or a 503 in maintenance):
 * the sync's clients hand it over instead of waiting inside the call (Zendesk's incremental
 * export allows 10 calls a minute), and a background sync can afford the wait, through `ctx.pause`.
 */
export async function paced<T>(ctx: Pick<ResourceRunContext, 'signal' | 'pause'>, call: () => Promise<T>): Promise<T> {
  for (let waits = 0; ; waits++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      const limited = error.code === 'UPSTREAM_RATE_LIMITED';
      if (!limited && error.retryAfterSeconds === undefined) throw error;
      if (waits >= (limited ? MAX_RATE_LIMIT_WAITS : MAX_OUTAGE_WAITS)) throw error;
      await ctx.pause(Math.max(1, error.retryAfterSeconds ?? 1) * 1000, ctx.signal);
    }
  }
}

/** Maps items with at most `limit` calls in flight (child records read one call per parent). */
export async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Waits `ms` of real time (the default pause), or rejects when the run is aborted. */
export function realPause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
