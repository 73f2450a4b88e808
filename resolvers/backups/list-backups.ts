import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupFileSchema, SIDECAR_SUFFIX, type BackupFile } from './backup-file.js';

/**
 * The complete backups of `vendor` in `dir`, newest first. A backup counts only once both its file
 * and its sidecar are in place (each is renamed into place complete) and the file's size is the
 * recorded one: temporary files being written, leftovers of a crash and unrelated files are not
 * listed. A directory that does not exist yet holds none.
 */
export async function listBackups(dir: string, vendor: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    if (!name.startsWith(`${vendor}-`) || !name.endsWith(SIDECAR_SUFFIX)) continue;
    const backup = await readSidecar(dir, name);
    if (backup && backup.vendor === vendor) found.push(backup);
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

async function readSidecar(dir: string, name: string): Promise<BackupFile | null> {
  try {
    const parsed = backupFileSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
    if (!parsed.success || `${parsed.data.file}${SIDECAR_SUFFIX}` !== name) return null;
    const file = await stat(join(dir, parsed.data.file));
    return file.isFile() && file.size === parsed.data.size ? parsed.data : null;
  } catch {
    // Removed meanwhile (a rotation), unreadable or not JSON: not a backup.
    return null;
  }
}
