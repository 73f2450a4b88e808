import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTransport, UpstreamError, unexpectedBodyError, type CallEvent, type TransportRequest } from '../clients/transport/index.js';

/**
 * A write whose answer is lost is UPSTREAM_OUTCOME_UNKNOWN, never UPSTREAM_UNAVAILABLE: judged per
 * failure kind, against a local server that does exactly one thing wrong.
 */

interface TestServer {
  url: string;
  /** Requests the server read to the end (so the vendor "got" them). */
  received: number;
  close(): Promise<void>;
}

const servers: TestServer[] = [];

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.received += 1;
      handle(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const state: TestServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(state);
  return state;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function failure(baseUrl: string, request: Partial<TransportRequest> = {}, events: CallEvent[] = []): Promise<UpstreamError> {
  const transport = createTransport({
    vendor: 'testvendor',
    baseUrl,
    timeoutMs: 300,
    retries: 2,
    backoff: { baseMs: 1, capMs: 2 },
    breaker: { consecutiveFailures: 100 },
    onCall: (event) => events.push(event),
  });
  try {
    await transport.request({ method: 'POST', path: '/tickets.json', json: { subject: 'Printer' }, ...request });
  } catch (error) {
    if (error instanceof UpstreamError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

const cutAfterRead = (req: IncomingMessage) => req.socket.destroy();
const invalidJson = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(201, { 'content-type': 'application/json' });
  res.end('{"ticket": {"id": 7');
};
/** Headers and half the promised body, then the connection drops. */
const cutMidBody = (status: number) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': '200' });
  res.write('{"ticket": {"id": 7,');
  setImmediate(() => res.socket?.destroy());
};

describe('a write whose answer is lost', () => {
  it('is UPSTREAM_OUTCOME_UNKNOWN when the connection drops after the request was read, and is not repeated', async () => {
    const server = await serve(cutAfterRead);
    const events: CallEvent[] = [];
    const error = await failure(server.url, {}, events);
    expect(error).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'testvendor', method: 'POST', path: '/tickets.json' });
    expect(error.message).toMatch(/was sent but the connection failed \((ECONNRESET|UND_ERR_SOCKET|EPIPE)\); testvendor may have carried it out/);
    expect(server.received).toBe(1);
    expect(events.map((event) => event.outcome)).toEqual(['connection_error']);
  });

  it('is UPSTREAM_OUTCOME_UNKNOWN when no answer comes in time', async () => {
    const server = await serve(() => undefined);
    const error = await failure(server.url);
    expect(error.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    expect(error.message).toContain('no answer came in time');
    expect(server.received).toBe(1);
  });

  it('is UPSTREAM_OUTCOME_UNKNOWN for a 2xx whose body is not JSON, or is cut mid-body', async () => {
    const malformed = await serve(invalidJson);
    expect(await failure(malformed.url)).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', status: 201 });
    expect(malformed.received).toBe(1);
    const cut = await serve(cutMidBody(201));
    expect(await failure(cut.url)).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', status: 201 });
    expect(cut.received).toBe(1);
  });

  it('is UPSTREAM_UNAVAILABLE when the vendor said it failed (a 5xx, even one cut mid-body)', async () => {
    const failing = await serve((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"error":"busy"}');
    });
    expect((await failure(failing.url)).code).toBe('UPSTREAM_UNAVAILABLE');
    const cut = await serve(cutMidBody(500));
    expect((await failure(cut.url)).code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('is UPSTREAM_UNAVAILABLE when the request never reached the vendor (connection refused), after repeating it', async () => {
    const server = await serve(() => undefined);
    await server.close();
    const events: CallEvent[] = [];
    const error = await failure(server.url, {}, events);
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('ECONNREFUSED');
    expect(events).toHaveLength(3);
  });

  it('stays as it was for a call that may be repeated: a read, or a POST marked idempotent', async () => {
    const dropping = await serve(cutAfterRead);
    expect((await failure(dropping.url, { method: 'GET', json: undefined })).code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await failure(dropping.url, { idempotent: true })).code).toBe('UPSTREAM_UNAVAILABLE');
    // Repeated: 3 attempts each.
    expect(dropping.received).toBe(6);
    const silent = await serve(() => undefined);
    expect((await failure(silent.url, { method: 'GET', json: undefined })).code).toBe('UPSTREAM_TIMEOUT');
    const malformed = await serve(invalidJson);
    expect((await failure(malformed.url, { method: 'PUT' })).code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('is UPSTREAM_OUTCOME_UNKNOWN for a PUT marked not idempotent (a comment added by a ticket update)', async () => {
    const server = await serve(cutAfterRead);
    expect((await failure(server.url, { method: 'PUT', idempotent: false })).code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    expect(server.received).toBe(1);
  });
});

describe('a 2xx of the wrong shape', () => {
  it('is UPSTREAM_OUTCOME_UNKNOWN for a write and UPSTREAM_UNAVAILABLE for a read', () => {
    const write = unexpectedBodyError('zendesk', { method: 'POST', path: '/api/v2/tickets.json' }, 'an unexpected body (ticket.id: expected a record with an id)');
    expect(write).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'zendesk', method: 'POST', path: '/api/v2/tickets.json' });
    expect(write.message).toBe('zendesk answered POST /api/v2/tickets.json with an unexpected body (ticket.id: expected a record with an id); zendesk may have carried it out');
    expect(unexpectedBodyError('zendesk', { method: 'GET', path: '/api/v2/tickets.json' }, 'an unexpected body').code).toBe('UPSTREAM_UNAVAILABLE');
    expect(unexpectedBodyError('zendesk', { method: 'POST', path: '/api/v2/users/create_or_update.json', idempotent: true }, 'x').code).toBe('UPSTREAM_UNAVAILABLE');
    expect(unexpectedBodyError('zendesk', { method: 'PUT', path: '/api/v2/tickets/1.json', idempotent: false }, 'x').code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
  });
});
