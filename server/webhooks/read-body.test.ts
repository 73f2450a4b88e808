import { describe, expect, it } from 'vitest';
import { isRefusal, readWebhookBody } from './read-body.js';

const LIMITS = { maxBodyBytes: 1024, bodyTimeoutMs: 50 };

/** A POST whose body streams `chunks` (then ends, unless `hang`), counting the chunks pulled (only when read: no read-ahead). */
function streamed(chunks: Uint8Array[], { hang = false, headers = {} }: { hang?: boolean; headers?: Record<string, string> } = {}) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled.count];
      if (next) {
        pulled.count += 1;
        controller.enqueue(next);
      } else if (!hang) {
        controller.close();
      }
      // Hanging: nothing more ever comes.
      return hang && !next ? new Promise(() => undefined) : undefined;
    },
  }, { highWaterMark: 0 });
  const request = new Request('http://gateway.test/webhooks/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled };
}

async function refusalOf(read: Awaited<ReturnType<typeof readWebhookBody>>) {
  if (!isRefusal(read)) throw new Error('expected a refusal');
  return { status: read.refusal.status, connection: read.refusal.headers.get('connection'), body: (await read.refusal.json()) as { reason: string } };
}

describe('readWebhookBody', () => {
  it('reads a body within the limit, bytes and text', async () => {
    const { request } = streamed([new TextEncoder().encode('a=1&'), new TextEncoder().encode('b=é')]);
    const read = await readWebhookBody(request, LIMITS);
    expect(isRefusal(read)).toBe(false);
    if (!isRefusal(read)) expect([read.text, read.bytes.length]).toEqual(['a=1&b=é', 8]);
  });

  it('refuses a declared Content-Length over the limit without reading a byte (413, connection closed)', async () => {
    const { request, pulled } = streamed([new Uint8Array(10)], { headers: { 'content-length': '300000000' } });
    const refusal = await refusalOf(await readWebhookBody(request, LIMITS));
    expect(refusal).toMatchObject({ status: 413, connection: 'close', body: { reason: 'the body is 300000000 bytes; the limit is 1024 (WEBHOOK_MAX_BODY_BYTES)' } });
    expect(pulled.count).toBe(0);
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const { request, pulled } = streamed(Array.from({ length: 100 }, () => new Uint8Array(400)));
    const refusal = await refusalOf(await readWebhookBody(request, LIMITS));
    expect(refusal).toMatchObject({ status: 413, connection: 'close' });
    expect(refusal.body.reason).toMatch(/more than 1024 bytes/);
    expect(pulled.count).toBe(3);
  });

  it('refuses a body that stops arriving (408) once its time is up', async () => {
    const { request } = streamed([new Uint8Array(10)], { hang: true });
    const refusal = await refusalOf(await readWebhookBody(request, LIMITS));
    expect(refusal).toMatchObject({ status: 408, connection: 'close', body: { reason: 'the body did not arrive within 50 ms (REQUEST_BODY_TIMEOUT_MS)' } });
  });
});
