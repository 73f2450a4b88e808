import { VendorDisabledError } from '../../domain/errors.js';
import { familyOf, type VendorId } from '../../domain/vendors.js';
import type { Context } from '../context.js';
import type { BackupFile } from './backup-file.js';
import type { BackupService } from './backup-service.js';

function service(ctx: Context, vendor: VendorId): BackupService {
  const backups = ctx.backups?.get(vendor);
  if (!backups) throw new VendorDisabledError(vendor, familyOf(vendor));
  return backups;
}

/** A vendor's configuration backups kept on this gateway's disk, newest first. */
export function listBackups(ctx: Context, vendor: VendorId): Promise<BackupFile[]> {
  return service(ctx, vendor).list();
}

/**
 * Saves one configuration backup of a vendor now (joining a run already in progress), then rotates.
 * It is not cut short when the caller goes away: a half-written backup is never kept anyway, and
 * one nearly done should finish.
 */
export function runBackup(ctx: Context, vendor: VendorId): Promise<BackupFile> {
  return service(ctx, vendor).run();
}
