import { SyncCheckpointSchema, type SyncCheckpoint } from '../entities/index.js';
import type { EntityManager } from '../sql-types.js';

/** The stored checkpoint of one vendor resource, read from the database (not an identity map). */
export function readCheckpoint(em: EntityManager, vendor: string, resource: string): Promise<SyncCheckpoint | null> {
  return em.fork().findOne(SyncCheckpointSchema, { vendor, resource }, { disableIdentityMap: true });
}

/** Every stored checkpoint, by vendor then resource. */
export function listCheckpoints(em: EntityManager): Promise<SyncCheckpoint[]> {
  return em.fork().find(SyncCheckpointSchema, {}, { orderBy: { vendor: 'asc', resource: 'asc' }, disableIdentityMap: true });
}
