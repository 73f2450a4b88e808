import { randomBytes } from 'node:crypto';
import type { EntitySchema } from '@mikro-orm/core';
import { SyncCheckpointSchema, type HistoryRow } from '../../store/entities/index.js';
import { openStore, type EntityManager } from '../../store/index.js';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The two stores a history test runs on: in-memory SQLite, and PostgreSQL in a schema of its own
 * (`prefix_<random>`, dropped by `drop()`), so test files running at once never share tables.
 */
export function historyDatabases(prefix: string): { name: string; url: string; drop(): Promise<void> }[] {
  const schema = `${prefix}_${randomBytes(5).toString('hex')}`;
  return [
    { name: 'SQLite', url: ':memory:', drop: async () => {} },
    {
      name: 'PostgreSQL',
      url: `${POSTGRES_URL}?schema=${schema}`,
      async drop() {
        const store = await openStore({ databaseUrl: POSTGRES_URL });
        await store.fork().getConnection().execute(`drop schema if exists "${schema}" cascade`);
        await store.close();
      },
    },
  ];
}

/** A history row as a test writes it: the vendor's fields; the sync's own columns are filled in. */
export type SeedRow<T extends HistoryRow> = Omit<T, 'id' | 'contentHash' | 'createdAt' | 'updatedAt'>;

/** Writes rows straight into a history table, as a sync would have. */
export async function seedRows<T extends HistoryRow>(em: EntityManager, entity: EntitySchema<T>, rows: SeedRow<T>[]): Promise<void> {
  const now = new Date();
  if (rows.length > 0) await em.fork().insertMany(entity, rows.map((row) => ({ ...row, contentHash: 'seed', createdAt: now, updatedAt: now })) as never);
}

/** Says the store holds `vendor`'s `resource` over [from, to], last synced at `syncedAt`. */
export async function seedCoverage(em: EntityManager, vendor: string, resource: string, from: string, to: string, syncedAt: string): Promise<void> {
  const fork = em.fork();
  await fork.nativeDelete(SyncCheckpointSchema, { vendor, resource });
  await fork.insert(SyncCheckpointSchema, {
    vendor,
    resource,
    cursor: null,
    coveredFrom: new Date(from),
    coveredTo: new Date(to),
    syncedAt: new Date(syncedAt),
    completedAt: new Date(syncedAt),
    rowsWritten: 0,
    updatedAt: new Date(syncedAt),
  });
}
