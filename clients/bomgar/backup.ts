import { UpstreamError, type Transport } from '../transport/index.js';
import { decodeBomgarError } from './error-decoder.js';

/** One download of the appliance's software configuration (`/api/backup`), not yet read. */
export interface BomgarBackupDownload {
  /** The backup file's bytes as they arrive: read it to its end or cancel it. A failure mid-way errors it with an UpstreamError. */
  body: ReadableStream<Uint8Array>;
  /** The file name the appliance suggested (`Content-Disposition`), reduced to a safe base name; undefined when it gave none. */
  fileName: string | undefined;
  /** `Content-Length`, when the appliance sent one. */
  contentLength: number | undefined;
}

export interface BomgarBackupOptions {
  signal?: AbortSignal;
  /**
   * How long the whole download may take, headers and body, in ms (a backup holds the site's
   * configuration and logged data, so it can be large). Default 600000 (10 minutes).
   */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 600_000;
/** An `<error>` document in place of the file is small; anything longer is not read whole. */
const ERROR_BODY_LIMIT = 64 * 1024;

/**
 * The Backup API (confirmed: BeyondTrust RS/PRA API guide, "Backup API"): `GET` or `POST
 * /api/backup` with the API account's credentials; the answer is the binary `.nsb` file. A legacy
 * site takes `username`/`password` form parameters on `/api/backup.ns`. The appliance reports a
 * refusal (an API account without backup permission) as an `<error>` document, which becomes
 * UPSTREAM_REJECTED instead of being saved as a backup.
 */
export async function downloadBomgarBackup(
  transport: Transport,
  legacy: { username: string; password: string } | null,
  options: BomgarBackupOptions = {},
): Promise<BomgarBackupDownload> {
  const path = legacy ? '/api/backup.ns' : '/api/backup';
  const method = legacy ? 'POST' : 'GET';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const response = await transport.request<ReadableStream<Uint8Array>>({
    method,
    path,
    ...(legacy && { form: { username: legacy.username, password: legacy.password } }),
    // Asking for a backup changes nothing on the appliance: a repeat is harmless.
    idempotent: true,
    parse: 'stream',
    timeoutMs,
    deadlineMs: timeoutMs,
    secrets: legacy ? [legacy.password] : [],
    ...(options.signal && { signal: options.signal }),
  });
  const type = response.headers.get('content-type') ?? '';
  if (/xml/i.test(type)) {
    const text = await readSmall(response.body);
    const said = decodeBomgarError(response.status, undefined, text).message ?? 'an XML document instead of the backup file';
    throw new UpstreamError({ code: 'UPSTREAM_REJECTED', vendor: 'bomgar', status: response.status, method, path, vendorMessage: said, message: `bomgar refused the backup: ${said}` });
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return {
    body: failingAsUpstream(response.body, { method, path }, options.signal),
    fileName: fileNameOf(response.headers.get('content-disposition')),
    contentLength: Number.isSafeInteger(length) && length >= 0 ? length : undefined,
  };
}

/** `attachment; filename="bomgar-backup-20260105.nsb"` → `bomgar-backup-20260105.nsb` (no path, only safe characters). */
function fileNameOf(disposition: string | null): string | undefined {
  const raw = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  if (!raw) return undefined;
  const base = decodeURIComponentSafe(raw).split(/[\\/]/).pop() ?? '';
  const safe = base.replace(/[^\w.-]/g, '_').replace(/^\.+/, '');
  return safe === '' ? undefined : safe.slice(0, 200);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function readSmall(body: ReadableStream<Uint8Array>): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done && size < ERROR_BODY_LIMIT; read = await reader.read()) {
      chunks.push(read.value);
      size += read.value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, ERROR_BODY_LIMIT);
}

/**
 * The body, with a failure while it arrives (the connection cut, the download's timeout) turned
 * into an UpstreamError that names the call but none of undici's objects. The caller's own abort
 * keeps its reason.
 */
function failingAsUpstream(body: ReadableStream<Uint8Array>, call: { method: 'GET' | 'POST'; path: string }, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        throw new UpstreamError({
          code: timedOut ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
          vendor: 'bomgar',
          ...call,
          message: timedOut ? `bomgar did not finish sending the backup (${call.method} ${call.path}) in time` : `bomgar: the backup download (${call.method} ${call.path}) was cut off`,
        });
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}
