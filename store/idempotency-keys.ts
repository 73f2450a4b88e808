import { IdempotencyKeySchema, type IdempotencyKeyRecord } from './entities/idempotency-key.js';
import type { EntityManager } from './sql-types.js';

/** A first request about to run under a key. */
export interface NewIdempotencyKey {
  caller: string;
  key: string;
  operation: string;
  fingerprint: string;
  /** When the key may be used afresh. */
  expiresAt: Date;
}

/**
 * Claims `caller`'s key for a first request, or finds the request that holds it: of two
 * requests racing with one key (in one process or several sharing the database), the unique
 * index lets exactly one insert its row (`claimed: true`). A row past `expiresAt` is dropped
 * first, with every other expired row, so the key is new again after its 24 h.
 */
export async function claimIdempotencyKey(
  em: EntityManager,
  claim: NewIdempotencyKey,
  now: Date,
): Promise<{ record: IdempotencyKeyRecord; claimed: boolean }> {
  await em.fork().nativeDelete(IdempotencyKeySchema, { expiresAt: { $lte: now } });
  const result = await em
    .fork()
    .createQueryBuilder(IdempotencyKeySchema)
    .insert({ ...claim, state: 'running', result: null, vendor: null, createdAt: now, updatedAt: now })
    .onConflict(['caller', 'key'])
    .ignore()
    .execute('run');
  const record = await em.fork().findOne(IdempotencyKeySchema, { caller: claim.caller, key: claim.key });
  // Deleted in between (expired and purged by a racing claim): claim it afresh.
  if (!record) return claimIdempotencyKey(em, claim, now);
  return { record, claimed: (result.affectedRows ?? 0) > 0 };
}

/** Keeps what the first request returned (JSON), for the repeats. */
export async function finishIdempotencyKey(em: EntityManager, id: number, result: string, now: Date): Promise<void> {
  await em.fork().nativeUpdate(IdempotencyKeySchema, { id }, { state: 'done', result, updatedAt: now });
}

/** The first request may have been carried out by `vendor` but its answer was lost: the key stays taken. */
export async function markIdempotencyKeyUnknown(em: EntityManager, id: number, vendor: string, now: Date): Promise<void> {
  await em.fork().nativeUpdate(IdempotencyKeySchema, { id }, { state: 'unknown', vendor, updatedAt: now });
}

/** The first request failed without doing anything: the key is free for the next one. */
export async function releaseIdempotencyKey(em: EntityManager, id: number): Promise<void> {
  await em.fork().nativeDelete(IdempotencyKeySchema, { id });
}

/**
 * Takes a key whose first request's outcome is unknown (or whose first request's process went
 * quiet) for one more try, as read: of several repeats racing, one wins (`true`).
 */
export async function retakeIdempotencyKey(em: EntityManager, record: Pick<IdempotencyKeyRecord, 'id' | 'state' | 'updatedAt'>, now: Date): Promise<boolean> {
  const taken = await em
    .fork()
    .nativeUpdate(IdempotencyKeySchema, { id: record.id, state: record.state, updatedAt: record.updatedAt }, { state: 'running', updatedAt: now });
  return taken === 1;
}
