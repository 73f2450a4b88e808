import { isUpstreamError } from '../../clients/transport/errors.js';
import { vendorName } from '../../domain/vendors.js';
import type { LiveEngine } from '../../live/engine.js';
import type { BackupOutcome } from './backup-service.js';

/**
 * Backup failures as alerts, through the live alerts' rules: a VENDOR_UNREACHABLE rule covering
 * the vendor fires (subject `backup:<vendor>`) when a run fails and resolves when one succeeds
 * again; the live engine publishes only changes. Returns the outcome listener.
 */
export function backupAlerts(options: { live: Pick<LiveEngine, 'reportCondition'>; onError?: (error: unknown) => void }): (outcome: BackupOutcome) => void {
  return (outcome) => {
    const name = vendorName(outcome.vendor);
    const message = outcome.ok ? `${name} configuration backup saved again (${outcome.backup.file})` : `${name} configuration backup failed: ${reasonOf(outcome.error)}`;
    options.live
      .reportCondition({ kind: 'VENDOR_UNREACHABLE', vendor: outcome.vendor, subject: `backup:${outcome.vendor}`, holds: !outcome.ok, message })
      .catch((error: unknown) => options.onError?.(error));
  };
}

/** Why a run failed, in words safe to show: an upstream error's message (no credentials), or a local file error's code. */
function reasonOf(error: unknown): string {
  if (isUpstreamError(error)) return `${error.message} (${error.code})`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? `the file could not be written (${code})` : 'the file could not be saved';
}
