import { SyncCheckpointSchema } from '../../store/entities/sync-checkpoint.js';
import type { Store } from '../../store/index.js';

/** How far behind one synced resource is. */
export interface SyncLagReading {
  vendor: string;
  resource: string;
  seconds: number;
}

/**
 * Reads the sync checkpoints: for each resource, the seconds since a run last caught up with
 * the vendor (`completedAt`), or before any complete run since its last committed page
 * (`syncedAt`). Resources never synced are left out; a store without the checkpoints table
 * (older database, or sync not set up) reads as none.
 */
export async function readSyncLag(store: Store, now: number = Date.now()): Promise<SyncLagReading[]> {
  let checkpoints;
  try {
    checkpoints = await store.fork().find(SyncCheckpointSchema, {}, { fields: ['vendor', 'resource', 'syncedAt', 'completedAt'] });
  } catch {
    return [];
  }
  return checkpoints.flatMap(({ vendor, resource, syncedAt, completedAt }) => {
    const at = completedAt ?? syncedAt;
    return at ? [{ vendor, resource, seconds: Math.max(0, (now - at.getTime()) / 1000) }] : [];
  });
}
