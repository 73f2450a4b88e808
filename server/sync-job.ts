import type { VendorFamily } from '../domain/vendors.js';
import type { Logger } from './logger.js';
import { runSync, syncRecord, type VendorOutcome } from '../store/sync/run.js';
import { describeHolder, tryTakeSyncLock } from '../store/sync/lock.js';
import { withoutSql } from '../store/sync/store-error.js';
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
  /** Only the resource of this upstream vendor (`gotowebinar`: `--product webinar`). Default: every resource of `vendors`. */
  upstream?: string;
  /** Only this record of the one resource `vendors` and `upstream` name (`--id`); checkpoints stay. */
  id?: string;
}

/**
 * One sync run of the configured vendors into the store. It takes no lock: callers hold the
 * store's sync lock (store/sync/lock.ts) around it, as `switchboard sync` and the interval do.
 */
export function runConfiguredSync(options: ConfiguredSyncOptions): Promise<VendorOutcome[]> {
  const vendors = options.vendors ?? options.config.enabledVendors;
  const plan = syncPlan(syncClients(options.config), vendors, options.tuning);
  if (options.upstream !== undefined) {
    for (const [vendor, syncs] of plan) plan.set(vendor, syncs && syncs.filter((sync) => sync.vendor === options.upstream));
  }
  const run = {
    em: options.store.fork(),
    plan,
    ...(options.signal && { signal: options.signal }),
    ...(options.onEvent && { onEvent: options.onEvent }),
    ...(options.pause && { pause: options.pause }),
  };
  if (options.id !== undefined) return syncRecord({ ...run, id: options.id });
  return runSync({ ...run, since: options.since, full: options.full ?? false });
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
      // One sync per store: a `switchboard sync` (or another instance's interval) holding it skips this turn.
      const taken = await tryTakeSyncLock(options.store.fork(), { what: "serve's interval sync" });
      if ('heldBy' in taken) {
        log.info({ holder: describeHolder(taken.heldBy) }, 'sync skipped: another sync holds the store');
        return;
      }
      try {
        const outcomes = await runConfiguredSync({ config: options.config, store: options.store, signal: AbortSignal.any([abort.signal, taken.lock.lost]) });
        for (const outcome of outcomes) {
          const written = outcome.resources.reduce((sum, r) => sum + r.written, 0);
          if (outcome.error) log.warn({ vendor: outcome.vendor, err: outcome.error }, 'sync failed');
          else log.info({ vendor: outcome.vendor, written }, 'synced');
        }
      } finally {
        await taken.lock.release();
      }
    } catch (err) {
      // A store error's message holds its statement and row values: logged without them.
      if (!abort.signal.aborted) log.error({ err: withoutSql(err) }, 'sync crashed');
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
