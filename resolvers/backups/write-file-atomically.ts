import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TEMP_SUFFIX } from './backup-file.js';

/**
 * Writes `path` so that it is either absent or complete, never half-written: the bytes go to a
 * hidden temporary file beside it (`.<name>.<uuid>.tmp`), which is flushed to disk (fsync),
 * renamed over `path`, and the directory is flushed so the rename survives a crash too. On any
 * failure the temporary file is removed and the error rethrown. `onChunk` sees every chunk
 * before it is written (for a checksum). Resolves with the bytes written.
 */
export async function writeFileAtomically(
  path: string,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onChunk: (chunk: Uint8Array) => void = () => undefined,
): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}${TEMP_SUFFIX}`);
  const file = await open(temp, 'wx', 0o600);
  let size = 0;
  try {
    try {
      for await (const chunk of source) {
        onChunk(chunk);
        // FileHandle.write may write less than asked: keep going until the chunk is on its way.
        for (let offset = 0; offset < chunk.byteLength; ) offset += (await file.write(chunk, offset)).bytesWritten;
        size += chunk.byteLength;
      }
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
  return size;
}

/** Flushes a directory's entries (the rename) to disk; a platform that cannot open a directory skips it. */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic.
  } finally {
    await handle?.close();
  }
}
