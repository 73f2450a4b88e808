import { z } from 'zod';

/** One saved backup of a vendor's configuration, as its sidecar (`<file>.json`) records it. */
export interface BackupFile {
  /** The file's name in the backup directory, e.g. `bomgar-20260105T090000.000Z.nsb`. */
  file: string;
  /** The vendor whose configuration it holds (`bomgar`). */
  vendor: string;
  /** Bytes written. */
  size: number;
  /** SHA-256 of the bytes written, lowercase hex. */
  sha256: string;
  /** When the download started (ISO), by the gateway's clock. */
  createdAt: string;
  /** The name the vendor gave the file (Content-Disposition), or null. */
  vendorFileName: string | null;
}

/** A sidecar as written; anything else in the directory is not a backup. */
export const backupFileSchema = z.object({
  file: z.string().regex(/^[\w.-]+$/),
  vendor: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime(),
  vendorFileName: z.string().nullable(),
});

/** The sidecar's name beside a backup file. */
export const SIDECAR_SUFFIX = '.json';
/** Files being written carry this suffix (and a leading dot) until they are complete. */
export const TEMP_SUFFIX = '.tmp';
