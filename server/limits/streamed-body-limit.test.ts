import { describe, expect, it } from 'vitest';
import { limitStreamedBody } from './streamed-body-limit.js';

/** A POST whose body arrives in chunks, with no Content-Length. */
function chunked(chunks: string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request('http://gateway.test/graphql', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('limitStreamedBody', () => {
  it('passes a body within the limit through unchanged', async () => {
    const limited = limitStreamedBody(chunked(['{"query":', '"{ __typename }"}']), 100, globalThis);
    expect(await limited.text()).toBe('{"query":"{ __typename }"}');
    expect(limited.method).toBe('POST');
  });

  it('fails the read with REQUEST_TOO_LARGE (413) once the body passes the limit', async () => {
    const limited = limitStreamedBody(chunked(['x'.repeat(60), 'x'.repeat(60)]), 100, globalThis);
    await expect(limited.text()).rejects.toMatchObject({ extensions: { code: 'REQUEST_TOO_LARGE', limit: 100, http: { status: 413 } } });
  });

  it('leaves a request without a body as it is', () => {
    const request = new Request('http://gateway.test/graphql');
    expect(limitStreamedBody(request, 100, globalThis)).toBe(request);
  });
});
