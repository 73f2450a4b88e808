import type { VendorFamily } from '../../domain/vendors.js';
import { setMaxListeners } from 'node:events';
import type { EntityManager } from '../sql-types.js';
import { readCheckpoint } from './checkpoints.js';
import type { SyncEvent } from './events.js';

import { realPause } from './pacing.js';
import { commitPage } from './page-writer.js';
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
    for await (const page of sync.pages(ctx)) {
      options.signal.throwIfAborted();
      const { written } = await commitPage(options.em, sync.vendor, sync.resource, page);
      outcome.records += page.records;
      outcome.written += written;
      emit({ type: 'page', ...about, records: page.records, written, coveredTo: page.checkpoint.coveredTo });
    }
    emit({ type: 'done', ...about, records: outcome.records, written: outcome.written });
  } catch (error) {
    outcome.error = error instanceof Error ? error : new Error(String(error));
    emit({ type: 'failed', ...about, error: outcome.error });
  }
  return outcome;
}
