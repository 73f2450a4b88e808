import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SIDECAR_SUFFIX, TEMP_SUFFIX } from './backup-file.js';
import { listBackups } from './list-backups.js';

/** A temporary file nobody has written to for this long is a crashed run's leftover. */
const STALE_TEMP_MS = 3_600_000;

/**
 * Keeps the newest `keep` backups of `vendor` in `dir` and deletes the older ones (sidecar first,
 * so a backup is never listed without its file), and removes temporary files no run has touched
 * for an hour (a crash's leftovers; a download in progress keeps writing to its own). Returns the
 * files deleted.
 */
export async function rotateBackups(dir: string, vendor: string, keep: number): Promise<string[]> {
  const deleted: string[] = [];
  for (const old of (await listBackups(dir, vendor)).slice(keep)) {
    await rm(join(dir, `${old.file}${SIDECAR_SUFFIX}`), { force: true });
    await rm(join(dir, old.file), { force: true });
    deleted.push(old.file);
  }
  for (const name of await readdir(dir)) {
    if (!name.startsWith(`.${vendor}-`) || !name.endsWith(TEMP_SUFFIX)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) {
      await rm(path, { force: true });
      deleted.push(name);
    }
  }
  return deleted;
}
