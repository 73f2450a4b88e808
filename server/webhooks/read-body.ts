import { jsonResponse } from './json-response.js';

export interface WebhookBodyLimits {
  /** WEBHOOK_MAX_BODY_BYTES: the largest body a push may have; default 256 KiB. */
  maxBodyBytes: number;
  /** REQUEST_BODY_TIMEOUT_MS: how long the whole body may take to arrive; default 10 s. */
  bodyTimeoutMs: number;
}

/** A push body read whole (within the limits): the raw bytes (what a signature covers) and their text. */
export interface WebhookBody {
  bytes: Buffer;
  text: string;
}

/**
 * The refusal a body gets: the connection closes after it, because the rest of the body may
 * still be arriving and no client may reuse a socket with half a body on it (as for /graphql).
 */
function refusal(status: 400 | 408 | 413, reason: string, extra: Record<string, unknown> = {}): Response {
  return jsonResponse(Response, status, { status: 'error', reason, ...extra }, { connection: 'close' });
}

function tooLarge(measured: number | null, limit: number): Response {
  const size = measured === null ? `more than ${limit} bytes` : `${measured} bytes`;
  return refusal(413, `the body is ${size}; the limit is ${limit} (WEBHOOK_MAX_BODY_BYTES)`, { limit, ...(measured !== null && { measured }) });
}

/** 413 when the request's Content-Length already says the body is over `limit`; null otherwise (nothing is read). */
export function declaredTooLarge(request: Request, limit: number): Response | null {
  const declared = request.headers.get('content-length');
  if (!declared || !/^\d+$/.test(declared)) return null;
  const size = Number(declared);
  return size > limit ? tooLarge(size, limit) : null;
}

/**
 * Reads a push body, never more than `maxBodyBytes` of it and never for longer than
 * `bodyTimeoutMs`: a body that says it is too large is refused before a byte is read; one that
 * streams past the limit is refused as soon as it does, and reading stops there (the rest is
 * never held in memory). Answers the body, or the refusal to send (413, 408, or 400 when the
 * client went away mid-body).
 */
export async function readWebhookBody(request: Request, limits: WebhookBodyLimits): Promise<WebhookBody | { refusal: Response }> {
  const declared = declaredTooLarge(request, limits.maxBodyBytes);
  if (declared) return { refusal: declared };
  if (!request.body) return { bytes: Buffer.alloc(0), text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  // Raced rather than relied on cancel() to end a pending read: not every stream behind a Request does.
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limits.bodyTimeoutMs);
    timer.unref();
  });
  const stop = () => void reader.cancel().catch(() => undefined);
  try {
    for (;;) {
      const pending = reader.read();
      pending.catch(() => undefined);
      const result = await Promise.race([pending, deadline]);
      if (result === 'timeout') {
        stop();
        return { refusal: refusal(408, `the body did not arrive within ${limits.bodyTimeoutMs} ms (REQUEST_BODY_TIMEOUT_MS)`) };
      }
      if (result.done) break;
      size += result.value.byteLength;
      if (size > limits.maxBodyBytes) {
        stop();
        return { refusal: tooLarge(null, limits.maxBodyBytes) };
      }
      chunks.push(result.value);
    }
  } catch {
    return { refusal: refusal(400, 'the body could not be read (the connection broke off)') };
  } finally {
    clearTimeout(timer);
  }
  const bytes = Buffer.concat(chunks, size);
  return { bytes, text: bytes.toString('utf8') };
}

/** Whether what readWebhookBody answered is a refusal. */
export function isRefusal<T extends object>(read: T | { refusal: Response }): read is { refusal: Response } {
  return 'refusal' in read && read.refusal instanceof Response;
}
