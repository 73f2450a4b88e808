import { setTimeout as sleep } from 'node:timers/promises';
import type { BackupService } from '../resolvers/backups/backup-service.js';
import type { Logger } from './logger.js';

/** How the schedule waits `ms` (rejecting when `signal` aborts). Default real timers; tests take the waits on the simulator's clock. */
export type ScheduleWait = (ms: number, signal: AbortSignal) => Promise<void>;

export interface BackupScheduleOptions {
  backups: BackupService;
  /** Between runs (BOMGAR_BACKUP_INTERVAL). */
  intervalMs: number;
  /** The clock (ms) runs are due by, the one the service dates backups with. Default `Date.now`. */
  now?: () => number;
  wait?: ScheduleWait;
  logger: Logger;
}

export interface BackupSchedule {
  /** Stops the schedule and cancels the run in progress (its temporary file is removed); resolves once stopped. */
  stop(): Promise<void>;
}

const realWait: ScheduleWait = (ms, signal) => sleep(ms, undefined, { signal, ref: false });

/**
 * Saves a backup every `intervalMs`, never two at once. The first is due one interval after the
 * newest backup already on disk (at once when there is none), so a restart neither skips nor
 * repeats one; a failed run is logged and tried again one interval after it started.
 */
export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const log = options.logger.child({ component: 'backup', vendor: options.backups.vendor });
  const now = options.now ?? Date.now;
  const wait = options.wait ?? realWait;
  const abort = new AbortController();

  const loop = async () => {
    // A directory that cannot be read yet fails the run itself, which is logged and retried.
    const newest = (await options.backups.list().catch(() => []))[0];
    let due = newest ? Date.parse(newest.createdAt) + options.intervalMs : now();
    while (!abort.signal.aborted) {
      await wait(Math.max(0, due - now()), abort.signal);
      due = now() + options.intervalMs;
      try {
        const backup = await options.backups.run(abort.signal);
        log.info({ file: backup.file, size: backup.size, sha256: backup.sha256 }, 'configuration backup saved');
      } catch (err) {
        if (abort.signal.aborted) return;
        log.warn({ err }, 'configuration backup failed; trying again next interval');
      }
    }
  };
  const running = loop().catch((err: unknown) => {
    if (!abort.signal.aborted) log.error({ err }, 'configuration backup schedule stopped');
  });
  log.info({ intervalMs: options.intervalMs, dir: options.backups.dir }, 'configuration backups scheduled');
  return {
    async stop() {
      abort.abort(new Error('the gateway is closing'));
      await running;
    },
  };
}
