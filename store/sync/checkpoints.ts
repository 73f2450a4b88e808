import { SyncCheckpointSchema, type SyncCheckpoint } from '../entities/index.js';
import type { EntityManager } from '../sql-types.js';
import { quote, selectRows } from '../rows.js';

/** The stored checkpoint of one vendor resource, read from the database (not an identity map). */
export function readCheckpoint(em: EntityManager, vendor: string, resource: string): Promise<SyncCheckpoint | null> {
  return em.fork().findOne(SyncCheckpointSchema, { vendor, resource }, { disableIdentityMap: true });
}

/** Every stored checkpoint, by vendor then resource. */
export function listCheckpoints(em: EntityManager): Promise<SyncCheckpoint[]> {
  // Plain SQL: every request reading history asks (resolvers/history/source.ts).
  return selectRows(em, SyncCheckpointSchema, null, [], `order by ${quote('vendor')} asc, ${quote('resource')} asc`);
}
