import { createBackupService, type BackupOutcome, type BackupService } from '../resolvers/backups/backup-service.js';
import type { Config } from './config.js';
import { vendorClientsOf } from './vendor-settings.js';

/**
 * The Bomgar configuration backups of a configuration (BOMGAR_BACKUP_DIR, BOMGAR_BACKUP_KEEP), on a
 * Bomgar client of their own (its own breaker: a slow download never opens the live poll's); undefined
 * when the gateway has no Bomgar account (SWITCHBOARD_VENDORS leaves it out).
 */
export function bomgarBackupService(config: Config, options: { now?: () => number; onOutcome?: (outcome: BackupOutcome) => void } = {}): BackupService | undefined {
  const client = config.enabledVendors.includes('bomgar') ? vendorClientsOf({ ...config, enabledVendors: ['bomgar'] }).bomgar : undefined;
  if (!client) return undefined;
  return createBackupService({
    vendor: 'bomgar',
    dir: config.bomgarBackup.dir,
    keep: config.bomgarBackup.keep,
    download: (signal) => client.downloadBackup(signal ? { signal } : {}),
    ...(options.now && { now: options.now }),
    ...(options.onOutcome && { onOutcome: options.onOutcome }),
  });
}
