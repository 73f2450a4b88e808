import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { SyncLockSchema, type SyncLock } from '../entities/index.js';
import type { EntityManager } from '../sql-types.js';

/** The one lock name: a store has one sync at a time, whatever vendors it syncs. */
const SYNC = 'sync';

export interface SyncLockOptions {
  /** Who asks, for the others' messages: `switchboard sync`, `serve's interval sync`. */
  what: string;
  /**
   * How long the lock outlives its holder's last renewal: a holder that was killed blocks the
   * others this long at most. Default 60 s; the holder renews it every third of that.
   */
  ttlMs?: number;
}

/** A lock this process holds. */
export interface HeldSyncLock {
  /** Aborted when the lock was lost (the holder stalled past its expiry and another took it): stop writing. */
  readonly lost: AbortSignal;
  /** Stops renewing and deletes the row (only this holder's). */
  release(): Promise<void>;
}

/** Who holds the lock someone else asked for. */
export type SyncLockHolder = Pick<SyncLock, 'holder' | 'startedAt' | 'expiresAt'>;

/** `holder` as people read it: who, since when, and when a killed holder stops counting. */
export function describeHolder(held: SyncLockHolder): string {
  return `${held.holder}, since ${held.startedAt.toISOString()} (if it was killed, its lock lapses at ${held.expiresAt.toISOString()})`;
}

/**
 * Takes the store's sync lock, or says who holds it. The row is claimed by insert (its primary key
 * decides between racing processes, on SQLite and PostgreSQL alike); an expired row (its holder
 * was killed) is deleted first, and so is a row whose holder ran on this host and is gone. While
 * held, the lock is renewed every third of `ttlMs`.
 */
export async function tryTakeSyncLock(em: EntityManager, options: SyncLockOptions): Promise<{ lock: HeldSyncLock } | { heldBy: SyncLockHolder }> {
  const ttlMs = options.ttlMs ?? 60_000;
  const token = randomBytes(16).toString('hex');
  const now = new Date();
  await em.fork().nativeDelete(SyncLockSchema, { name: SYNC, expiresAt: { $lte: now } });
  const row: SyncLock = {
    name: SYNC,
    holder: `${options.what} on ${hostname()} (pid ${process.pid})`,
    host: hostname(),
    pid: process.pid,
    token,
    startedAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  };
  const inserted = await em.fork().createQueryBuilder(SyncLockSchema).insert(row).onConflict(['name']).ignore().execute('run');
  if ((inserted.affectedRows ?? 0) === 0) {
    const held = await em.fork().findOne(SyncLockSchema, { name: SYNC }, { disableIdentityMap: true });
    // Released in between: ask again.
    if (!held) return tryTakeSyncLock(em, options);
    // Its holder was killed on this host (its process is gone): no need to wait for the expiry.
    if (held.host === hostname() && !processAlive(held.pid)) {
      await em.fork().nativeDelete(SyncLockSchema, { name: SYNC, token: held.token });
      return tryTakeSyncLock(em, options);
    }
    return { heldBy: held };
  }
  return { lock: holdLock(em, token, ttlMs) };
}

/** Whether a process of this host runs (signal 0 only checks; EPERM: it runs as someone else). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Renews the lock until released; aborts `lost` when the row is no longer this holder's. */
function holdLock(em: EntityManager, token: string, ttlMs: number): HeldSyncLock {
  const lost = new AbortController();
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = em
      .fork()
      .nativeUpdate(SyncLockSchema, { name: SYNC, token }, { expiresAt: new Date(Date.now() + ttlMs) })
      .then(
        (renewed) => {
          if (renewed === 0) lost.abort(new Error('the sync lock was lost (this run stalled past its expiry and another run took the store)'));
        },
        // The store did not answer this time: the next renewal tries again, well within the expiry.
        () => {},
      );
  }, Math.max(1, Math.floor(ttlMs / 3)));
  timer.unref();
  return {
    lost: lost.signal,
    async release() {
      clearInterval(timer);
      await renewing;
      await em.fork().nativeDelete(SyncLockSchema, { name: SYNC, token });
    },
  };
}

export interface WaitForSyncLockOptions extends SyncLockOptions {
  /** Stops waiting (rejects with the signal's reason). */
  signal?: AbortSignal;
  /** How often a waiter asks again. Default 1 s. */
  pollMs?: number;
  /** Told once, when the lock is held by someone else and the wait begins. */
  onWait?: (heldBy: SyncLockHolder) => void;
}

/** Takes the store's sync lock, waiting while someone else holds it. */
export async function waitForSyncLock(em: EntityManager, options: WaitForSyncLockOptions): Promise<HeldSyncLock> {
  let told = false;
  for (;;) {
    options.signal?.throwIfAborted();
    const taken = await tryTakeSyncLock(em, options);
    if ('lock' in taken) return taken.lock;
    if (!told) options.onWait?.(taken.heldBy);
    told = true;
    await sleep(options.pollMs ?? 1_000, undefined, options.signal ? { signal: options.signal } : {});
  }
}
