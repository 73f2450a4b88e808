import { createHash } from 'node:crypto';
import { access, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UpstreamError } from '../../clients/transport/errors.js';
import { SIDECAR_SUFFIX, type BackupFile } from './backup-file.js';
import { listBackups } from './list-backups.js';
import { rotateBackups } from './rotate-backups.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** What a vendor's backup endpoint hands over: the bytes, not yet read, and the name it gave them. */
export interface BackupDownload {
  body: ReadableStream<Uint8Array>;
  fileName: string | undefined;
}

/** How one run ended, for logs, alerts and tests. */
export type BackupOutcome =
  | { ok: true; vendor: string; at: string; backup: BackupFile; deleted: string[] }
  | { ok: false; vendor: string; at: string; error: unknown };

export interface BackupServiceOptions {
  /** The vendor whose configuration is saved (`bomgar`); it starts every file name. */
  vendor: string;
  /** Where backups go; created on the first run. */
  dir: string;
  /** How many backups to keep: after each successful run the older ones are deleted. At least 1. */
  keep: number;
  /** Starts one download from the vendor (the caller's signal cancels it). */
  download: (signal: AbortSignal | undefined) => Promise<BackupDownload>;
  /** The clock (ms) backups are named and dated by. Default `Date.now`. */
  now?: () => number;
  /** Called after every run, successful or not. Default none; exceptions it throws are ignored. */
  onOutcome?: (outcome: BackupOutcome) => void;
}

export interface BackupService {
  readonly vendor: string;
  readonly dir: string;
  /** Downloads and saves one backup, then rotates; a run already in progress is joined instead of started twice. */
  run(signal?: AbortSignal): Promise<BackupFile>;
  /** The complete backups, newest first. */
  list(): Promise<BackupFile[]>;
}

/** `2026-01-05T09:00:00.000Z` → `20260105T090000.000Z`: sortable and safe in a file name. */
const stampOf = (iso: string): string => iso.replace(/[-:]/g, '');

/**
 * A vendor's configuration backups in a directory: each run downloads the file, writes it
 * atomically with its SHA-256 and size in a sidecar (`<file>.json`, written the same way after
 * it), and keeps the newest `keep`.
 */
export function createBackupService(options: BackupServiceOptions): BackupService {
  const now = options.now ?? Date.now;
  const keep = Math.max(1, Math.floor(options.keep));
  let running: Promise<BackupFile> | undefined;

  const report = (outcome: BackupOutcome) => {
    try {
      options.onOutcome?.(outcome);
    } catch {
      // A listener must never fail a backup.
    }
  };

  async function freeName(at: string): Promise<string> {
    const base = `${options.vendor}-${stampOf(at)}`;
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${base}.nsb` : `${base}-${n}.nsb`;
      const taken = await access(join(options.dir, name)).then(() => true, () => false);
      if (!taken) return name;
    }
  }

  async function runOnce(signal: AbortSignal | undefined): Promise<BackupFile> {
    const at = new Date(now()).toISOString();
    try {
      await mkdir(options.dir, { recursive: true });
      const download = await options.download(signal);
      const file = await freeName(at);
      const hash = createHash('sha256');
      const size = await writeFileAtomically(join(options.dir, file), chunksOf(download.body), (chunk) => hash.update(chunk));
      const backup: BackupFile = { file, vendor: options.vendor, size, sha256: hash.digest('hex'), createdAt: at, vendorFileName: download.fileName ?? null };
      if (size === 0) {
        await rm(join(options.dir, file), { force: true });
        throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: options.vendor, message: `${options.vendor} sent an empty backup file` });
      }
      await writeFileAtomically(join(options.dir, `${file}${SIDECAR_SUFFIX}`), [Buffer.from(`${JSON.stringify(backup, null, 2)}\n`)]);
      const deleted = await rotateBackups(options.dir, options.vendor, keep);
      report({ ok: true, vendor: options.vendor, at, backup, deleted });
      return backup;
    } catch (error) {
      report({ ok: false, vendor: options.vendor, at, error });
      throw error;
    }
  }

  return {
    vendor: options.vendor,
    dir: options.dir,
    run(signal) {
      running ??= runOnce(signal).finally(() => {
        running = undefined;
      });
      return running;
    },
    list: () => listBackups(options.dir, options.vendor),
  };
}

/** A web stream's chunks as an async iterable (Node 20's types do not declare streams iterable); a stopped loop cancels the stream. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value;
    done = true;
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
