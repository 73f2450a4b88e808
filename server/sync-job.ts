import type { VendorFamily } from '../domain/vendors.js';
import type { Logger } from './logger.js';
import { runSync, type VendorOutcome } from '../store/sync/run.js';
import { syncPlan, type SyncTuning } from '../store/sync/registry.js';
import type { SyncEvent } from '../store/sync/events.js';

import type { Store } from '../store/index.js';
import type { Config } from './config.js';
import { vendorClientsOf } from './vendor-settings.js';

/**
 * Vendor clients for a background sync: the configured ones with room for big pages (a minute
 * per call, three per call with retries) — no proxy waits on a sync, unlike on a GraphQL request.
 * A vendor's `Retry-After` is not waited inside the call but by the sync (store/sync/pacing.ts),
 * whose waits a test or the bench can take on the simulator's clock.
 */
function syncClients(config: Config) {
  const upstream = {
    ...config.upstream,
    timeoutMs: Math.max(config.upstream.timeoutMs, 60_000),
    deadlineMs: Math.max(config.upstream.deadlineMs, 180_000),
  };
  return vendorClientsOf({ ...config, upstream }, { maxRetryAfterMs: 0 });
}

export interface ConfiguredSyncOptions {
  config: Config;
  store: Store;
  /** Default: every vendor SWITCHBOARD_VENDORS enables. */
  vendors?: readonly VendorFamily[];
  since?: Date | undefined;
  full?: boolean;
  signal?: AbortSignal;
  onEvent?: (event: SyncEvent) => void;
  /** How rate-limit waits are waited (default real time). */
  pause?: (ms: number, signal: AbortSignal) => Promise<void>;
  tuning?: SyncTuning;
}

/** One sync run of the configured vendors into the store. */
export function runConfiguredSync(options: ConfiguredSyncOptions): Promise<VendorOutcome[]> {
  const vendors = options.vendors ?? options.config.enabledVendors;
  return runSync({
    em: options.store.fork(),
    plan: syncPlan(syncClients(options.config), vendors, options.tuning),
    since: options.since,
    full: options.full ?? false,
    ...(options.signal && { signal: options.signal }),
    ...(options.onEvent && { onEvent: options.onEvent }),
    ...(options.pause && { pause: options.pause }),
  });
}

/** The vendors whose sync failed, each with why (safe to print: upstream errors carry no credentials). */
export function failedVendors(outcomes: readonly VendorOutcome[]): { vendor: VendorFamily; message: string }[] {
  return outcomes.flatMap((outcome) => (outcome.error ? [{ vendor: outcome.vendor, message: outcome.error.message }] : []));
}

export interface SyncInterval {
  /** Stops the timer and the run in progress (its committed pages stay); resolves once it has stopped. */
  stop(): Promise<void>;
}

/**
 * `serve`'s periodic sync: a run every `intervalMs` (the first one interval after start), never
 * two at once. The timer does not keep the process alive.
 */
export function startSyncInterval(options: { config: Config; store: Store; intervalMs: number; logger: Logger }): SyncInterval {
  const log = options.logger.child({ component: 'sync' });
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const schedule = () => {
    if (abort.signal.aborted) return;
    timer = setTimeout(() => {
      running = runOnce().finally(() => {
        running = undefined;
        schedule();
      });
    }, options.intervalMs);
    timer.unref();
  };
  const runOnce = async () => {
    try {
      const outcomes = await runConfiguredSync({ config: options.config, store: options.store, signal: abort.signal });
      for (const outcome of outcomes) {
        const written = outcome.resources.reduce((sum, r) => sum + r.written, 0);
        if (outcome.error) log.warn({ vendor: outcome.vendor, err: outcome.error }, 'sync failed');
        else log.info({ vendor: outcome.vendor, written }, 'synced');
      }
    } catch (err) {
      if (!abort.signal.aborted) log.error({ err }, 'sync crashed');
    }
  };
  schedule();
  return {
    async stop() {
      abort.abort(new Error('the gateway is closing'));
      clearTimeout(timer);
      await running;
    },
  };
}
