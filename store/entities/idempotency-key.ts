import { EntitySchema } from '@mikro-orm/core';

/** Where a key's first request stands: still running, finished with a result, or cut with its outcome unknown. */
export type IdempotencyKeyState = 'running' | 'done' | 'unknown';

/**
 * One `idempotencyKey` a caller gave a creating mutation, kept for 24 h (resolvers/idempotency):
 * the first request's arguments (as a fingerprint) and, once it finished, what it returned.
 */
export interface IdempotencyKeyRecord {
  id: number;
  /** Whose key it is: the caller's label (`agent#3f2a1c`, `jwt:<sub>`); keys are per caller. */
  caller: string;
  /** The key as the caller sent it (at most 128 characters). */
  key: string;
  /** The mutation it was used with, e.g. `createTicket`. */
  operation: string;
  /** SHA-256 (hex) of the operation and its arguments, so a repeat with other arguments is told apart. */
  fingerprint: string;
  state: IdempotencyKeyState;
  /** For `done`: what the mutation returned, as JSON (resolvers/idempotency/payload.ts). */
  result: string | null;
  /** For `unknown`: the vendor that may have carried the request out. */
  vendor: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** When the key may be used afresh: 24 h after its first request. */
  expiresAt: Date;
}

export const IdempotencyKeySchema = new EntitySchema<IdempotencyKeyRecord>({
  name: 'IdempotencyKey',
  tableName: 'idempotency_keys',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    caller: { type: 'string', length: 255 },
    key: { type: 'string', length: 128 },
    operation: { type: 'string', length: 64 },
    fingerprint: { type: 'string', length: 64 },
    state: { type: 'string', length: 16 },
    result: { type: 'text', nullable: true },
    vendor: { type: 'string', length: 32, nullable: true },
    createdAt: { type: 'datetime', fieldName: 'created_at' },
    updatedAt: { type: 'datetime', fieldName: 'updated_at' },
    expiresAt: { type: 'datetime', fieldName: 'expires_at' },
  },
  uniques: [{ name: 'idempotency_keys_caller_key_unique', properties: ['caller', 'key'] }],
  indexes: [{ name: 'idempotency_keys_expires_index', properties: ['expiresAt'] }],
});
