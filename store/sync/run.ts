import type { VendorFamily } from '../../domain/vendors.js';
import { setMaxListeners } from 'node:events';
import type { EntityManager } from '../sql-types.js';
import { readCheckpoint } from './checkpoints.js';
import type { SyncEvent } from './events.js';

import { realPause } from './pacing.js';
import { commitPage } from './page-writer.js';
import { forEachPage } from './for-each-page.js';
import { withoutSql } from './store-error.js';
import type { ResourceRunContext, ResourceSync, SyncResource } from './types.js';

export interface SyncRunOptions {
  /** The store to write to (each resource works on its own fork). */
  em: EntityManager;
  /** What to sync per vendor (see `syncPlan`); null: the vendor has no configured clients. */
  plan: Map<VendorFamily, ResourceSync[] | null>;
  /** `--since`: read from this time even where the checkpoint is later (rows are upserted, so nothing doubles). */
  since?: Date | undefined;
  /** `--full`: ignore the checkpoints and read everything from `since` (or each resource's lookback) again. */
  full?: boolean;
  /** Stops the run between calls; pages already committed stay. */
  signal?: AbortSignal;
  /** How rate-limit waits are waited. Default: real time. Tests and the bench advance the simulator's clock instead. */
  pause?: (ms: number, signal: AbortSignal) => Promise<void>;
  onEvent?: (event: SyncEvent) => void;
  /** The run's "now". Default: the real clock. */
  now?: Date;
}

export interface ResourceOutcome {
  upstream: string;
  resource: SyncResource;
  /** Vendor records read. */
  records: number;
  /** Rows inserted, changed or deleted. */
  written: number;
  error?: Error;
}

export interface VendorOutcome {
  vendor: VendorFamily;
  resources: ResourceOutcome[];
  /** Why the vendor failed (its first failing resource's error, or that it is not configured); undefined when it did not. */
  error?: Error;
}

/**
 * Syncs every planned vendor: vendors side by side, each vendor's resources one after another.
 * A failing resource keeps its checkpoint at its last committed page and the rest carry on; the
 * outcome names what failed.
 */
export async function runSync(options: SyncRunOptions): Promise<VendorOutcome[]> {
  const signal = options.signal ?? new AbortController().signal;
  // Every call of the run listens to this one signal, many at once.
  setMaxListeners(0, signal);
  const now = options.now ?? new Date();
  const emit = (event: SyncEvent) => options.onEvent?.(event);
  return Promise.all(
    [...options.plan].map(async ([vendor, syncs]): Promise<VendorOutcome> => {
      if (syncs === null) return { vendor, resources: [], error: new Error(`${vendor} is not configured`) };
      const resources: ResourceOutcome[] = [];
      for (const sync of syncs) {
        if (signal.aborted) break;
        resources.push(await runResource(sync, vendor, { ...options, signal, now }, emit));
      }
      const failed = resources.find((outcome) => outcome.error);
      return { vendor, resources, ...(failed && { error: failed.error }) };
    }),
  );
}

async function runResource(
  sync: ResourceSync,
  vendor: VendorFamily,
  options: SyncRunOptions & { signal: AbortSignal; now: Date },
  emit: (event: SyncEvent) => void,
): Promise<ResourceOutcome> {
  const about = { vendor, upstream: sync.vendor, resource: sync.resource };
  const outcome: ResourceOutcome = { upstream: sync.vendor, resource: sync.resource, records: 0, written: 0 };
  emit({ type: 'start', ...about });
  try {
    const ctx: ResourceRunContext = {
      checkpoint: options.full ? null : await readCheckpoint(options.em, sync.vendor, sync.resource),
      since: options.since,
      now: options.now,
      signal: options.signal,
      total: (records) => emit({ type: 'total', ...about, records }),
      pause: options.pause ?? realPause,
    };
    await forEachPage(sync.pages(ctx), { 'switchboard.vendor': sync.vendor, 'switchboard.sync.resource': sync.resource }, async (page, span) => {
      options.signal.throwIfAborted();
      const { written } = await commitPage(options.em, sync.vendor, sync.resource, page);
      outcome.records += page.records;
      outcome.written += written;
      span.setAttributes({ 'switchboard.sync.records': page.records, 'switchboard.sync.written': written });
      emit({ type: 'page', ...about, records: page.records, written, coveredTo: page.checkpoint.coveredTo });
    });
    emit({ type: 'done', ...about, records: outcome.records, written: outcome.written });
  } catch (error) {
    // A store error's message holds the statement and its row values: never printed or logged.
    outcome.error = withoutSql(error);
    emit({ type: 'failed', ...about, error: outcome.error });
  }
  return outcome;
}

export interface SyncRecordOptions extends Pick<SyncRunOptions, 'em' | 'plan' | 'signal' | 'pause' | 'onEvent' | 'now'> {
  /** The record's vendor id, in the one resource the plan holds. */
  id: string;
}

/**
 * `switchboard sync --id`: reads one record of the plan's one resource again and stores it (upserted
 * like a page's rows, with its children), leaving the resource's checkpoint where it is.
 */
export async function syncRecord(options: SyncRecordOptions): Promise<VendorOutcome[]> {
  const entries = [...options.plan];
  const resources = entries.flatMap(([, syncs]) => syncs ?? []);
  const [vendor, syncs] = entries[0] ?? [];
  if (entries.length !== 1 || !vendor) throw new Error('one record is synced from one vendor');
  if (syncs === null || syncs === undefined) return [{ vendor, resources: [], error: new Error(`${vendor} is not configured`) }];
  if (resources.length !== 1) throw new Error(`one record is synced from one resource; ${vendor} has ${resources.length}`);
  const sync = resources[0]!;
  const signal = options.signal ?? new AbortController().signal;
  const about = { vendor, upstream: sync.vendor, resource: sync.resource };
  const outcome: ResourceOutcome = { upstream: sync.vendor, resource: sync.resource, records: 0, written: 0 };
  const emit = (event: SyncEvent) => options.onEvent?.(event);
  emit({ type: 'start', ...about });
  try {
    if (!sync.one) throw new Error(`${sync.vendor} cannot read one of its ${sync.resource} on its own: sync its range with --since`);
    const page = await sync.one(options.id, { em: options.em, now: options.now ?? new Date(), signal, pause: options.pause ?? realPause });
    if (!page) throw new Error(`${sync.vendor} has no ${sync.resource} record ${options.id}`);
    signal.throwIfAborted();
    const { written } = await commitPage(options.em, sync.vendor, sync.resource, page);
    outcome.records = page.records;
    outcome.written = written;
    emit({ type: 'done', ...about, records: outcome.records, written });
  } catch (error) {
    outcome.error = withoutSql(error);
    emit({ type: 'failed', ...about, error: outcome.error });
  }
  return [{ vendor, resources: [outcome], ...(outcome.error && { error: outcome.error }) }];
}
