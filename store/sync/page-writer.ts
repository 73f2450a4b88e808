import type { QBFilterQuery } from '@mikro-orm/sqlite';
import { SyncCheckpointSchema, type HistoryRow, type SyncCheckpoint } from '../entities/index.js';
import type { EntityManager } from '../sql-types.js';
import { contentHash } from './content-hash.js';
import { quote } from '../rows.js';
import { writeSessionIndexIn } from '../session-links.js';
import type { RecordPage, RowBatch, SyncPage } from './types.js';

/** Keys per `IN (...)` and rows per INSERT: far under SQLite's and PostgreSQL's bound-parameter limits. */
const KEYS_PER_QUERY = 500;
const ROWS_PER_INSERT = 500;

export interface PageWrite {
  /** Rows inserted, changed or deleted (0 when the vendor's data had not changed). */
  written: number;
}

/**
 * Stores one page (with its sessions' link-index rows, when it has any) and the checkpoint after it
 * in one transaction: either both land or neither
 * does, so a sync killed at any point resumes after the last page it committed and loses nothing.
 * Rows are upserted by (vendor, vendorId), and only when their content hash changed, so a rerun
 * writes nothing and never doubles a row.
 */
export async function commitPage(em: EntityManager, vendor: string, resource: string, page: SyncPage | RecordPage): Promise<PageWrite> {
  return em.fork().transactional(async (tx) => {
    await takeSqliteWriteLock(tx);
    let written = 0;
    for (const batch of page.batches) written += await writeBatch(tx, vendor, batch);
    if (page.index) await writeSessionIndexIn(tx, page.index);
    // One record read again (`--id`) says nothing of where the resource's next run starts.
    if ('checkpoint' in page) await saveCheckpoint(tx, vendor, resource, page, written);
    return { written };
  });
}

/**
 * On SQLite, makes the page's transaction a writer from its first statement, as `BEGIN IMMEDIATE`
 * would: a transaction that reads first and writes later fails at once with SQLITE_BUSY (no busy
 * timeout) when another connection (the gateway writing the link index) committed in between; one
 * that writes first waits its turn within the busy timeout instead. The statement changes nothing.
 */
async function takeSqliteWriteLock(tx: EntityManager): Promise<void> {
  const connection = tx.getConnection();
  if ((connection.getKnex().client as { dialect?: string }).dialect !== 'sqlite3') return;
  await connection.execute(`update ${quote('sync_checkpoints')} set ${quote('id')} = ${quote('id')} where 0`, [], 'run', tx.getTransactionContext());
}

async function writeBatch(tx: EntityManager, vendor: string, batch: RowBatch): Promise<number> {
  const entity = batch.entity as RowBatch<HistoryRow>['entity'];
  const now = new Date();
  const hashed = batch.rows.map((row) => ({ row, hash: contentHash(row) }));
  const stored = await storedHashes(tx, entity, vendor, hashed.map(({ row }) => row.vendorId));
  const changed = hashed
    .filter(({ row, hash }) => stored.get(row.vendorId) !== hash)
    .map(({ row, hash }) => ({ ...row, vendor, contentHash: hash, createdAt: now, updatedAt: now }));
  // The query builder's multi-row upsert: em.upsertMany would build and compare an entity per row,
  // several times slower than the SQL itself at these volumes.
  const merged = Object.keys(changed[0] ?? {}).filter((key) => key !== 'createdAt');
  for (let start = 0; start < changed.length; start += ROWS_PER_INSERT) {
    await tx
      .createQueryBuilder(entity)
      .insert(changed.slice(start, start + ROWS_PER_INSERT))
      .onConflict(['vendor', 'vendorId'])
      // The first time the store saw the row stays.
      .merge(merged as (keyof HistoryRow)[])
      .execute('run');
  }
  return changed.length + (batch.replaceChildrenOf ? await deleteMissingChildren(tx, entity, vendor, batch) : 0);
}

async function storedHashes(tx: EntityManager, entity: RowBatch<HistoryRow>['entity'], vendor: string, ids: string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (let start = 0; start < ids.length; start += KEYS_PER_QUERY) {
    // Plain rows, not entities: only the two columns are needed, for thousands of rows a page.
    const rows: Pick<HistoryRow, 'vendorId' | 'contentHash'>[] = await tx
      .createQueryBuilder(entity)
      .select(['vendorId', 'contentHash'])
      .where({ vendor, vendorId: { $in: ids.slice(start, start + KEYS_PER_QUERY) } })
      .execute('all');
    for (const row of rows) hashes.set(row.vendorId, row.contentHash);
  }
  return hashes;
}

/** Deletes children of the batch's parents that the vendor no longer lists. */
async function deleteMissingChildren(tx: EntityManager, entity: RowBatch<HistoryRow>['entity'], vendor: string, batch: RowBatch): Promise<number> {
  const { field, parentIds } = batch.replaceChildrenOf!;
  const keep = new Set(batch.rows.map((row) => row.vendorId));
  let deleted = 0;
  for (let start = 0; start < parentIds.length; start += KEYS_PER_QUERY) {
    const where = { vendor, [field]: { $in: parentIds.slice(start, start + KEYS_PER_QUERY) } } as QBFilterQuery<HistoryRow>;
    const present: Pick<HistoryRow, 'id' | 'vendorId'>[] = await tx.createQueryBuilder(entity).select(['id', 'vendorId']).where(where).execute('all');
    const gone = present.filter((row) => !keep.has(row.vendorId)).map((row) => row.id);
    for (let at = 0; at < gone.length; at += KEYS_PER_QUERY) deleted += await tx.nativeDelete(entity, { id: { $in: gone.slice(at, at + KEYS_PER_QUERY) } });
  }
  return deleted;
}

async function saveCheckpoint(tx: EntityManager, vendor: string, resource: string, page: SyncPage, written: number): Promise<void> {
  const now = new Date();
  const { cursor, coveredFrom, coveredTo, complete } = page.checkpoint;
  const previous = await tx.findOne(SyncCheckpointSchema, { vendor, resource }, { disableIdentityMap: true });
  const row: Omit<SyncCheckpoint, 'id'> = {
    vendor,
    resource,
    cursor,
    coveredFrom,
    coveredTo,
    syncedAt: now,
    completedAt: complete ? now : (previous?.completedAt ?? null),
    rowsWritten: (previous?.rowsWritten ?? 0) + written,
    updatedAt: now,
  };
  await tx.upsert(SyncCheckpointSchema, row, { onConflictFields: ['vendor', 'resource'], onConflictAction: 'merge', onConflictExcludeFields: ['id'], disableIdentityMap: true });
}
