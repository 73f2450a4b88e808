import { EntitySchema } from '@mikro-orm/core';

/**
 * Who is syncing a store's vendor history (store/sync/lock.ts): at most one row per `name`, taken
 * by insert, so one `switchboard sync` or `serve` interval runs at a time, across processes and hosts.
 */
export interface SyncLock {
  /** What is locked: `sync` (the whole history; one sync per store). */
  name: string;
  /** Who holds it, for people: `switchboard sync on host (pid 1234)`. */
  holder: string;
  /** The holder's host and process: a holder on this host whose process is gone is taken over at once. */
  host: string;
  pid: number;
  /** A random token only the holder knows, so it renews and releases only its own lock. */
  token: string;
  startedAt: Date;
  /** When a holder that stopped renewing (killed) stops blocking the others. */
  expiresAt: Date;
}

export const SyncLockSchema = new EntitySchema<SyncLock>({
  name: 'SyncLock',
  tableName: 'sync_locks',
  properties: {
    name: { type: 'string', length: 64, primary: true },
    holder: { type: 'string', length: 255 },
    host: { type: 'string', length: 255 },
    pid: { type: 'integer' },
    token: { type: 'string', length: 64 },
    startedAt: { type: 'datetime', fieldName: 'started_at' },
    expiresAt: { type: 'datetime', fieldName: 'expires_at' },
  },
});
