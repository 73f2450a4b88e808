import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTransport,
  defaultVendorErrorDecoder,
  TRANSPORT_DEFAULTS,
  UpstreamError,
  type CallEvent,
  type Transport,
  type TransportOptions,
  withRequestBudget,
} from '../clients/transport/index.js';
import { upstreamFailure } from './support/upstream-failure.js';

/** What the test server saw: one entry per request that reached it. */
interface Hit {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** performance.now() when the request arrived. */
  at: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse, hit: Hit, index: number) => void;

interface TestServer {
  url: string;
  hits: Hit[];
  handle: Handler;
  /** Resolves on the next request the server receives. */
  nextHit(): Promise<Hit>;
  close(): Promise<void>;
}

const servers: TestServer[] = [];

async function startServer(handle: Handler): Promise<TestServer> {
  const waiters: Array<(hit: Hit) => void> = [];
  const state: TestServer = {
    url: '',
    hits: [],
    handle,
    nextHit: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const hit: Hit = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      };
      state.hits.push(hit);
      for (const resolve of waiters.splice(0)) resolve(hit);
      state.handle(req, res, hit, state.hits.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(state);
  return state;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Transport with fast backoff so retry tests run in milliseconds. */
function transportFor(server: TestServer, options: Partial<TransportOptions> = {}): Transport {
  return createTransport({
    vendor: 'testvendor',
    baseUrl: `${server.url}/api/v2`,
    backoff: { baseMs: 1, capMs: 5 },
    ...options,
  });
}

const failure = upstreamFailure;

describe('retries', () => {
  it('retries a GET answered 503 and returns the eventual success', async () => {
    const server = await startServer((_req, res, _hit, index) =>
      index < 2 ? json(res, 503, { error: 'busy' }) : json(res, 200, { ok: true }),
    );
    const events: CallEvent[] = [];
    const transport = transportFor(server, { onCall: (event) => events.push(event) });
    const response = await transport.request<{ ok: boolean }>({ method: 'GET', path: '/things.json' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
    expect(server.hits).toHaveLength(3);
    expect(server.hits.every((hit) => hit.url === '/api/v2/things.json')).toBe(true);
    expect(events.map((event) => [event.attempt, event.outcome, event.status])).toEqual([
      [1, 'server_error', 503],
      [2, 'server_error', 503],
      [3, 'success', 200],
    ]);
    expect(events[0]).toMatchObject({ vendor: 'testvendor', method: 'GET', path: '/api/v2/things.json' });
  });

  it('gives up after the configured retries with UPSTREAM_UNAVAILABLE carrying the status', async () => {
    const server = await startServer((_req, res) => json(res, 500, { description: 'Internal failure' }));
    const error = await failure(transportFor(server, { retries: 2 }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.status).toBe(500);
    expect(error.vendorMessage).toBe('Internal failure');
    expect(error.attempts).toBe(3);
    expect(server.hits).toHaveLength(3);
  });

  it('waits at least Retry-After between attempts, as measured by the server', async () => {
    const server = await startServer((_req, res, _hit, index) =>
      index === 0
        ? (res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/html' }), res.end('<html>Too Many</html>'))
        : json(res, 200, { ok: true }),
    );
    const response = await transportFor(server).request({ method: 'GET', path: '/limited' });
    expect(response.body).toEqual({ ok: true });
    expect(server.hits).toHaveLength(2);
    const gap = server.hits[1]!.at - server.hits[0]!.at;
    // Without Retry-After the backoff here is at most 5 ms; 5 ms of slack covers timer rounding.
    expect(gap).toBeGreaterThanOrEqual(995);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const server = await startServer((_req, res, _hit, index) =>
      index === 0
        ? json(res, 503, { error: 'later' }, { 'retry-after': new Date(Date.now() + 200_000).toUTCString() })
        : json(res, 200, {}),
    );
    const error = await failure(transportFor(server).request({ method: 'GET', path: '/x' }));
    // 200 s is over the 30 s cap: no waiting, one request, the wait reported.
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.retryAfterSeconds).toBeGreaterThan(190);
    expect(server.hits).toHaveLength(1);
  });

  it('fails fast with UPSTREAM_RATE_LIMITED when Retry-After exceeds the cap', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '120', 'content-type': 'text/html' });
      res.end('<html>slow down</html>');
    });
    const started = performance.now();
    const error = await failure(transportFor(server).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.vendorMessage).toBeUndefined();
    expect(server.hits).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reports UPSTREAM_RATE_LIMITED once retries run out on repeated 429s', async () => {
    const server = await startServer((_req, res) => json(res, 429, { error: 'TooManyRequests' }, { 'retry-after': '0' }));
    const error = await failure(transportFor(server, { retries: 2 }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(error.retryAfterSeconds).toBe(0);
    expect(server.hits).toHaveLength(3);
  });

  it('times out a vendor that never answers, retrying it, then UPSTREAM_TIMEOUT', async () => {
    const server = await startServer(() => {
      /* never answers */
    });
    const events: CallEvent[] = [];
    const transport = transportFor(server, { timeoutMs: 200, retries: 1, onCall: (event) => events.push(event) });
    const error = await failure(transport.request({ method: 'GET', path: '/slow' }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(error.message).toContain('200 ms');
    expect(server.hits).toHaveLength(2);
    expect(events.map((event) => event.outcome)).toEqual(['timeout', 'timeout']);
    expect(events[0]!.durationMs).toBeGreaterThanOrEqual(195);
  });

  it('times out a body that stalls after the headers', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    });
    const error = await failure(transportFor(server, { timeoutMs: 200, retries: 0 }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('retries a dropped connection, then UPSTREAM_UNAVAILABLE', async () => {
    const server = await startServer((req) => req.socket.destroy());
    const events: CallEvent[] = [];
    const transport = transportFor(server, { retries: 2, onCall: (event) => events.push(event) });
    const error = await failure(transport.request({ method: 'GET', path: '/drop' }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/connection failed .*\((ECONNRESET|UND_ERR_SOCKET|EPIPE)\)/);
    expect(server.hits).toHaveLength(3);
    expect(events.map((event) => event.outcome)).toEqual(['connection_error', 'connection_error', 'connection_error']);
  });

  it('never retries a POST the server may have received', async () => {
    const server = await startServer((_req, res) => json(res, 503, { error: 'busy' }));
    const transport = transportFor(server);
    const error = await failure(transport.request({ method: 'POST', path: '/tickets.json', json: { a: 1 } }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(server.hits).toHaveLength(1);

    server.handle = (req) => req.socket.destroy();
    await failure(transport.request({ method: 'POST', path: '/tickets.json', json: { a: 1 } }));
    expect(server.hits).toHaveLength(2);

    server.handle = (_req, res) => json(res, 429, {}, { 'retry-after': '0' });
    expect((await failure(transport.request({ method: 'POST', path: '/tickets.json', json: {} }))).code).toBe(
      'UPSTREAM_RATE_LIMITED',
    );
    expect(server.hits).toHaveLength(3);
  });

  it('retries a POST the caller marks idempotent', async () => {
    const server = await startServer((_req, res, _hit, index) => (index === 0 ? json(res, 502, {}) : json(res, 201, { id: 7 })));
    const response = await transportFor(server).request({ method: 'POST', path: '/upsert', json: {}, idempotent: true });
    expect(response.status).toBe(201);
    expect(server.hits).toHaveLength(2);
    expect(server.hits[1]!.body).toBe('{}');
  });

  it('retries a POST whose connection was refused: it never reached the server', async () => {
    const server = await startServer(() => undefined);
    const closedUrl = server.url;
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const events: CallEvent[] = [];
    const transport = createTransport({
      vendor: 'testvendor',
      baseUrl: closedUrl,
      retries: 2,
      backoff: { baseMs: 1, capMs: 2 },
      onCall: (event) => events.push(event),
    });
    const error = await failure(transport.request({ method: 'POST', path: '/x', json: {} }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('ECONNREFUSED');
    expect(events).toHaveLength(3);
  });
});

describe('deadline per call', () => {
  it('takes a Retry-After wait only when it ends within the deadline, then fails at once with the last error', async () => {
    const server = await startServer((_req, res) => json(res, 503, { error: 'busy' }, { 'retry-after': '1' }));
    const events: CallEvent[] = [];
    const transport = transportFor(server, { deadlineMs: 1500, retries: 5, onCall: (event) => events.push(event) });
    const started = performance.now();
    const error = await failure(transport.request({ method: 'GET', path: '/x' }));
    const elapsed = performance.now() - started;
    // Attempt 1 at ~0 ms: its 1 s wait ends before 1.5 s, so it is taken. Attempt 2 at ~1 s:
    // a second 1 s wait would end at ~2 s, past the deadline, so the call fails right then
    // with attempt 2's own error, well before the deadline itself.
    expect(server.hits).toHaveLength(2);
    expect(server.hits[1]!.at - server.hits[0]!.at).toBeGreaterThanOrEqual(995);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503, retryAfterSeconds: 1, attempts: 2 });
    expect(elapsed).toBeGreaterThanOrEqual(995);
    expect(elapsed).toBeLessThan(1500);
    expect(events.map((event) => event.outcome)).toEqual(['server_error', 'server_error']);
  });

  it('cuts a hanging attempt at the deadline when it is shorter than the timeout', async () => {
    const server = await startServer(() => undefined);
    const events: CallEvent[] = [];
    const transport = transportFor(server, { timeoutMs: 1000, deadlineMs: 300, onCall: (event) => events.push(event) });
    const started = performance.now();
    const error = await failure(transport.request({ method: 'GET', path: '/slow' }));
    const elapsed = performance.now() - started;
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(error.message).toContain('300 ms deadline');
    expect(error.attempts).toBe(1);
    expect(elapsed).toBeGreaterThanOrEqual(295);
    // Well under the 1 s per-attempt timeout: the deadline cut it (slack for a loaded CI machine).
    expect(elapsed).toBeLessThan(800);
    // No second attempt: the deadline has passed when the first one ends.
    expect(server.hits).toHaveLength(1);
    expect(events.map((event) => event.outcome)).toEqual(['timeout']);
  });

  it('gives a later attempt only the time left, not a fresh timeout', async () => {
    // First answer: 503 with Retry-After 0 (retry at once); then the vendor hangs.
    const server = await startServer((_req, res, _hit, index) => {
      if (index === 0) json(res, 503, {}, { 'retry-after': '0' });
    });
    const events: CallEvent[] = [];
    const transport = transportFor(server, { timeoutMs: 5000, deadlineMs: 400, onCall: (event) => events.push(event) });
    const started = performance.now();
    const error = await failure(transport.request({ method: 'GET', path: '/x' }));
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ code: 'UPSTREAM_TIMEOUT', attempts: 2 });
    expect(server.hits).toHaveLength(2);
    expect(events.map((event) => event.outcome)).toEqual(['server_error', 'timeout']);
    // Cut at what was left of the 400 ms (not a fresh 5 s timeout); timers may fire a little late under load.
    expect(events[1]!.durationMs).toBeLessThan(1000);
    expect(elapsed).toBeGreaterThanOrEqual(395);
    expect(elapsed).toBeLessThan(1500);
  });

  it('fails fast with UPSTREAM_RATE_LIMITED when Retry-After is within the cap but beyond the time left', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '5', 'content-type': 'text/html' });
      res.end('<html>slow down</html>');
    });
    // 5 s is under maxRetryAfterMs (30 s): only the 2 s deadline rules the wait out.
    const transport = transportFor(server, { deadlineMs: 2000 });
    const started = performance.now();
    const error = await failure(transport.request({ method: 'GET', path: '/x' }));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(error).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', status: 429, retryAfterSeconds: 5, attempts: 1 });
    expect(server.hits).toHaveLength(1);
    expect(transport.breakerState()).toBe('closed');
  });

  it('takes a per-request deadline over the transport default, and rejects a bad one', async () => {
    const server = await startServer(() => undefined);
    const transport = transportFor(server, { timeoutMs: 10_000 });
    const started = performance.now();
    const error = await failure(transport.request({ method: 'GET', path: '/x', deadlineMs: 250 }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(1500);
    await expect(transport.request({ method: 'GET', path: '/x', deadlineMs: 0 })).rejects.toThrow(RangeError);
    expect(() => createTransport({ vendor: 'v', baseUrl: server.url, deadlineMs: Number.NaN })).toThrow(RangeError);
    expect(TRANSPORT_DEFAULTS.deadlineMs).toBe(15_000);
  });

  it('does not repeat a call after an auth refresh that outlasted the deadline', async () => {
    const server = await startServer((_req, res) => json(res, 401, { error: "Couldn't authenticate you" }));
    let refreshes = 0;
    const transport = transportFor(server, {
      deadlineMs: 200,
      onAuthRejected: async () => {
        refreshes++;
        // A token endpoint slower than the whole budget.
        await new Promise((resolve) => setTimeout(resolve, 250));
        return true;
      },
    });
    const error = await failure(transport.request({ method: 'GET', path: '/x' }));
    // The deadline passed while the credentials were renewed: a timeout, and no repeat.
    expect(error).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    expect(refreshes).toBe(1);
    expect(server.hits).toHaveLength(1);
  });
});

describe('deadline per operation (REQUEST_DEADLINE_MS)', () => {
  it('shares one budget between sequential calls: once it is spent, the next call fails without a request', async () => {
    const server = await startServer(() => undefined);
    const transport = transportFor(server, { timeoutMs: 10_000, deadlineMs: 10_000 });
    const budget = withRequestBudget(undefined, 300);
    const first = await failure(transport.request({ method: 'GET', path: '/a', signal: budget }));
    expect(first).toMatchObject({ code: 'UPSTREAM_TIMEOUT', vendor: 'testvendor' });
    const second = await failure(transport.request({ method: 'GET', path: '/b', signal: budget }));
    expect(second).toMatchObject({ code: 'UPSTREAM_TIMEOUT', vendor: 'testvendor' });
    expect(server.hits.map((hit) => hit.url)).toEqual(['/api/v2/a']);
  });

  it('never takes a Retry-After wait that would end past the budget', async () => {
    const server = await startServer((_req, res) => json(res, 429, { error: 'slow down' }, { 'retry-after': '2' }));
    const transport = transportFor(server, { deadlineMs: 10_000, retries: 5 });
    const error = await failure(transport.request({ method: 'GET', path: '/x', signal: withRequestBudget(undefined, 1000) }));
    expect(error).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfterSeconds: 2, attempts: 1 });
    expect(server.hits).toHaveLength(1);
  });

  it('cuts calls to several vendors in flight at once, each naming its vendor', async () => {
    const server = await startServer(() => undefined);
    const budget = withRequestBudget(undefined, 250);
    const errors = await Promise.all(
      ['alpha', 'beta'].map((vendor) => failure(createTransport({ vendor, baseUrl: server.url, timeoutMs: 10_000 }).request({ method: 'GET', path: `/${vendor}`, signal: budget }))),
    );
    expect(errors.map((error) => [error.vendor, error.code])).toEqual([
      ['alpha', 'UPSTREAM_TIMEOUT'],
      ['beta', 'UPSTREAM_TIMEOUT'],
    ]);
  });

  it('still rejects with the caller\'s own reason when the caller goes away', async () => {
    const server = await startServer(() => undefined);
    const caller = new AbortController();
    const call = transportFor(server).request({ method: 'GET', path: '/x', signal: withRequestBudget(caller.signal, 60_000) });
    await server.nextHit();
    caller.abort(new Error('client left'));
    await expect(call).rejects.toThrow('client left');
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failures and then fails without touching the network', async () => {
    const server = await startServer((_req, res) => json(res, 503, { error: 'down' }));
    const states: string[] = [];
    const events: CallEvent[] = [];
    const transport = transportFor(server, {
      retries: 0,
      breaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 },
      onCall: (event) => events.push(event),
    });
    transport.onBreakerStateChange((state) => states.push(state));
    for (let i = 0; i < 3; i++) {
      expect(transport.breakerState()).toBe('closed');
      await failure(transport.request({ method: 'GET', path: '/x' }));
    }
    expect(transport.breakerState()).toBe('open');
    expect(states).toEqual(['open']);
    const error = await failure(transport.request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('circuit breaker open');
    expect(error.attempts).toBe(0);
    expect(server.hits).toHaveLength(3);
    expect(events.map((event) => event.outcome)).toEqual(['server_error', 'server_error', 'server_error', 'breaker_open']);
  });

  it('counts every attempt of a retried call', async () => {
    const server = await startServer((_req, res) => json(res, 500, {}));
    const transport = transportFor(server, { retries: 3, breaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 } });
    const error = await failure(transport.request({ method: 'GET', path: '/x' }));
    // The third attempt found the breaker open and was not sent.
    expect(error.message).toContain('circuit breaker open');
    expect(server.hits).toHaveLength(2);
  });

  it('does not count 4xx or 429 answers: the vendor is up', async () => {
    const server = await startServer((_req, res, _hit, index) =>
      index % 2 === 0 ? json(res, 404, { error: 'RecordNotFound' }) : json(res, 429, {}, { 'retry-after': '600' }),
    );
    const transport = transportFor(server, { retries: 0, breaker: { consecutiveFailures: 2 } });
    for (let i = 0; i < 6; i++) await failure(transport.request({ method: 'GET', path: '/x' }));
    expect(transport.breakerState()).toBe('closed');
    expect(server.hits).toHaveLength(6);
  });

  it('lets one probe through after halfOpenAfter and closes when it succeeds', async () => {
    const server = await startServer((_req, res) => json(res, 503, {}));
    const transport = transportFor(server, { retries: 0, breaker: { consecutiveFailures: 2, halfOpenAfterMs: 200 } });
    await failure(transport.request({ method: 'GET', path: '/x' }));
    await failure(transport.request({ method: 'GET', path: '/x' }));
    expect(transport.breakerState()).toBe('open');
    const openedAt = performance.now();
    server.handle = (_req, res) => json(res, 200, { recovered: true });

    const probeArrived = server.nextHit();
    let probe: unknown;
    // Poll until the breaker lets a call through; refused calls never reach the server.
    while (!probe) {
      try {
        probe = await transport.request({ method: 'GET', path: '/x' });
      } catch (error) {
        expect((error as UpstreamError).message).toContain('circuit breaker open');
        expect(server.hits).toHaveLength(2);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    const hit = await probeArrived;
    expect(hit.at - openedAt).toBeGreaterThanOrEqual(195);
    expect(probe).toMatchObject({ status: 200, body: { recovered: true } });
    expect(server.hits).toHaveLength(3);
    expect(transport.breakerState()).toBe('closed');
  });

  it('opens again when the half-open probe fails', async () => {
    const server = await startServer((_req, res) => json(res, 503, {}));
    const transport = transportFor(server, { retries: 0, breaker: { consecutiveFailures: 1, halfOpenAfterMs: 100 } });
    await failure(transport.request({ method: 'GET', path: '/x' }));
    expect(transport.breakerState()).toBe('open');
    while (server.hits.length < 2) {
      await failure(transport.request({ method: 'GET', path: '/x' }));
      if (server.hits.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(transport.breakerState()).toBe('open');
    const error = await failure(transport.request({ method: 'GET', path: '/x' }));
    expect(error.message).toContain('circuit breaker open');
    expect(server.hits).toHaveLength(2);
  });
});

describe('answers and bodies', () => {
  it('turns a 4xx into UPSTREAM_REJECTED with the vendor message and code, without retrying', async () => {
    const server = await startServer((_req, res) =>
      json(res, 422, { error: 'RecordInvalid', description: 'Record validation errors' }),
    );
    const error = await failure(transportFor(server).request({ method: 'PUT', path: '/tickets/1.json', json: {} }));
    expect(error.code).toBe('UPSTREAM_REJECTED');
    expect(error.status).toBe(422);
    expect(error.vendor).toBe('testvendor');
    expect(error.vendorMessage).toBe('Record validation errors');
    expect(error.vendorCode).toBe('RecordInvalid');
    expect(error.message).toBe('testvendor rejected PUT /api/v2/tickets/1.json with 422: Record validation errors');
    expect(server.hits).toHaveLength(1);
  });

  it('returns an accepted non-2xx status instead of throwing', async () => {
    const server = await startServer((_req, res) => json(res, 404, { error: 'RecordNotFound' }));
    const response = await transportFor(server).request({ method: 'GET', path: '/t/9.json', acceptStatus: [404] });
    expect(response).toMatchObject({ status: 404, body: { error: 'RecordNotFound' } });
  });

  it('keeps integers above 2^53 exact, as strings, and small numbers as numbers', async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, '{"id": 19856122753300123456, "ids": [9007199254740993, 12], "small": 42, "ratio": 0.5}'),
    );
    const { body } = await transportFor(server).request({ method: 'GET', path: '/big' });
    expect(body).toEqual({ id: '19856122753300123456', ids: ['9007199254740993', 12], small: 42, ratio: 0.5 });
  });

  it('writes bigint values in a JSON body as exact numbers', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    await transportFor(server).request({ method: 'PUT', path: '/x', json: { requester_id: 19856122753300123456n } });
    expect(server.hits[0]!.body).toBe('{"requester_id":19856122753300123456}');
    expect(server.hits[0]!.headers['content-type']).toBe('application/json');
  });

  it('fails a 2xx with an invalid JSON body as UPSTREAM_UNAVAILABLE', async () => {
    const server = await startServer((_req, res) => json(res, 200, '{"tickets": [1, 2'));
    const error = await failure(transportFor(server, { retries: 1 }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('not valid JSON');
    expect(server.hits).toHaveLength(2);
  });

  it('reads text, form bodies and empty 204s', async () => {
    const server = await startServer((req, res) => {
      if (req.method === 'DELETE') {
        res.writeHead(204);
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end('<ok/>');
      }
    });
    const transport = transportFor(server);
    const xml = await transport.request<string>({ method: 'POST', path: '/cmd', form: { action: 'ping', n: 2 }, parse: 'xml-text' });
    expect(xml.body).toBe('<ok/>');
    expect(server.hits[0]!.body).toBe('action=ping&n=2');
    expect(server.hits[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(server.hits[0]!.headers.accept).toContain('xml');
    const deleted = await transport.request({ method: 'DELETE', path: '/t/1.json' });
    expect(deleted).toMatchObject({ status: 204, body: null });
  });

  it('encodes query parameters: brackets, arrays, and skips undefined', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    await transportFor(server).request({
      method: 'GET',
      path: '/tickets.json',
      query: { 'page[size]': 100, ids: [1, 2], query: 'type:ticket "a b"', skip: undefined, none: null },
    });
    expect(server.hits[0]!.url).toBe('/api/v2/tickets.json?page%5Bsize%5D=100&ids=1&ids=2&query=type%3Aticket+%22a+b%22');
  });

  it('follows an absolute URL on the same origin and refuses any other origin', async () => {
    const server = await startServer((_req, res) => json(res, 200, { page: 2 }));
    const other = await startServer((_req, res) => json(res, 200, { stolen: true }));
    const transport = transportFor(server, { auth: () => ({ authorization: 'Bearer t0ken-value' }) });

    const next = await transport.request({ method: 'GET', path: `${server.url}/api/v2/tickets.json?page%5Bafter%5D=abc` });
    expect(next.body).toEqual({ page: 2 });
    expect(server.hits[0]!.url).toBe('/api/v2/tickets.json?page%5Bafter%5D=abc');

    const error = await failure(transport.request({ method: 'GET', path: `${other.url}/steal` }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('not the vendor');
    expect(other.hits).toHaveLength(0);
    await failure(transport.request({ method: 'GET', path: `http://user:pw@127.0.0.1:${new URL(server.url).port}/x` }));
    expect(server.hits).toHaveLength(1);
  });

  it('sends auth headers from the provider on every attempt and the user agent', async () => {
    const server = await startServer((_req, res, _hit, index) => (index === 0 ? json(res, 503, {}) : json(res, 200, {})));
    let calls = 0;
    const transport = transportFor(server, {
      userAgent: 'switchboard-test/1',
      auth: async () => ({ authorization: `Bearer token-${++calls}` }),
    });
    await transport.request({ method: 'GET', path: '/x' });
    expect(server.hits.map((hit) => hit.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(server.hits[0]!.headers['user-agent']).toBe('switchboard-test/1');
  });

  it('refreshes credentials once on an auth rejection and repeats the call, even a POST', async () => {
    let token = 'expired-token-1';
    const server = await startServer((req, res) =>
      req.headers.authorization === 'Bearer fresh-token-2'
        ? json(res, 201, { created: true })
        : json(res, 403, { int_err_code: 'InvalidToken', msg: 'Token is expired' }),
    );
    const rejections: unknown[] = [];
    const transport = transportFor(server, {
      auth: () => ({ authorization: `Bearer ${token}` }),
      onAuthRejected: (event) => {
        rejections.push(event);
        token = 'fresh-token-2';
        return true;
      },
    });
    const response = await transport.request({ method: 'POST', path: '/meetings', json: {} });
    expect(response.status).toBe(201);
    expect(rejections).toEqual([{ status: 403, vendorCode: 'InvalidToken', vendorMessage: 'Token is expired' }]);
    expect(server.hits).toHaveLength(2);

    // A vendor that keeps refusing: one refresh, then the rejection.
    const stubborn = transportFor(server, { auth: () => ({ authorization: 'Bearer expired-token-1' }), onAuthRejected: () => true });
    const error = await failure(stubborn.request({ method: 'GET', path: '/x' }));
    expect(error).toMatchObject({ code: 'UPSTREAM_REJECTED', status: 403, vendorCode: 'InvalidToken' });
    expect(server.hits).toHaveLength(4);
  });
});

describe('abort', () => {
  it('cancels an in-flight call with the signal reason, without retrying', async () => {
    const server = await startServer(() => undefined);
    const controller = new AbortController();
    const transport = transportFor(server, { timeoutMs: 10_000 });
    const pending = transport.request({ method: 'GET', path: '/x', signal: controller.signal });
    await server.nextHit();
    controller.abort();
    const error = await pending.then(() => null, (e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(server.hits).toHaveLength(1);
    expect(transport.breakerState()).toBe('closed');
  });

  it('cancels a call waiting out a Retry-After', async () => {
    const server = await startServer((_req, res) => json(res, 429, {}, { 'retry-after': '20' }));
    const controller = new AbortController();
    let waitStarted = 0;
    const transport = transportFor(server, {
      // A deadline past the 20 s wait, so the transport takes the wait instead of failing fast.
      deadlineMs: 60_000,
      // The 429 has been read and the 20 s wait is about to begin: cancel then.
      onCall: (event) => {
        if (event.outcome !== 'rate_limited') return;
        waitStarted = performance.now();
        setImmediate(() => controller.abort());
      },
    });
    const error = await transport.request({ method: 'GET', path: '/x', signal: controller.signal }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe('AbortError');
    expect(waitStarted).toBeGreaterThan(0);
    expect(performance.now() - waitStarted).toBeLessThan(2000);
    expect(server.hits).toHaveLength(1);
  });
});

describe('credentials never leak', () => {
  const SECRET = 'sk_live_SWITCHBOARD_secret_4242';
  const BASIC_TOKEN = 'zd_token_SECRET_9191';

  function expectClean(value: unknown): void {
    const views = [JSON.stringify(value), String(value), inspect(value, { depth: 10, showHidden: true })];
    if (value instanceof Error) views.push(value.stack ?? '', JSON.stringify(value.cause ?? null));
    for (const view of views) {
      expect(view).not.toContain(SECRET);
      expect(view).not.toContain(BASIC_TOKEN);
      expect(view).not.toContain(Buffer.from(`agent@example.test/token:${BASIC_TOKEN}`).toString('base64'));
    }
  }

  /** A server that quotes whatever credentials it was sent back in its answers. */
  function echoingServer(): Promise<TestServer> {
    return startServer((req, res) => {
      const auth = req.headers.authorization ?? '';
      const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString() : auth;
      const echo = `bad credentials ${auth} (${decoded})`;
      const path = req.url ?? '';
      if (path.startsWith('/api/v2/401')) json(res, 401, { error: echo });
      else if (path.startsWith('/api/v2/422')) json(res, 422, { error: 'RecordInvalid', description: echo, details: { f: [{ description: echo }] } });
      else if (path.startsWith('/api/v2/429')) json(res, 429, { error: echo }, { 'retry-after': '3600' });
      else if (path.startsWith('/api/v2/500')) json(res, 500, { description: echo });
      else if (path.startsWith('/api/v2/302')) (res.writeHead(302, { location: `http://x.test/?token=${decoded}` }), res.end());
      else if (path.startsWith('/api/v2/malformed')) json(res, 200, `{"oops": "${echo}`);
      else if (path.startsWith('/api/v2/reset')) req.socket.destroy();
      // anything else hangs until the timeout
    });
  }

  it('keeps the secret out of every error kind and every call event', async () => {
    const server = await echoingServer();
    const events: CallEvent[] = [];
    const base = {
      retries: 1,
      timeoutMs: 150,
      breaker: { consecutiveFailures: 100 },
      onCall: (event: CallEvent) => events.push(event),
      // Like a vendor client's decoder: keeps per-field details, which must be scrubbed too.
      decodeError: (status: number, body: unknown, text: string) => {
        const info = defaultVendorErrorDecoder(status, body, text);
        const details = (body as { details?: { f: Array<{ description: string }> } } | undefined)?.details;
        return details ? { ...info, details: { f: details.f.map((entry) => entry.description) } } : info;
      },
    };
    const bearer = transportFor(server, { ...base, auth: () => ({ authorization: `Bearer ${SECRET}` }) });
    const basic = transportFor(server, {
      ...base,
      auth: () => ({ authorization: `Basic ${Buffer.from(`agent@example.test/token:${BASIC_TOKEN}`).toString('base64')}` }),
    });
    const errors: UpstreamError[] = [];
    for (const transport of [bearer, basic]) {
      for (const path of ['/401', '/422', '/429', '/500', '/302', '/malformed', '/reset', '/hang']) {
        errors.push(await failure(transport.request({ method: 'GET', path, query: { api_key: SECRET } })));
      }
    }
    const codes = new Set(errors.map((error) => error.code));
    expect(codes).toEqual(new Set(['UPSTREAM_REJECTED', 'UPSTREAM_RATE_LIMITED', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT']));
    // The vendor's messages survive, minus the secret.
    expect(errors[0]!.vendorMessage).toContain('[redacted]');
    expect(errors[1]!.details?.f?.[0]).toContain('[redacted]');

    const other = await startServer(() => undefined);
    errors.push(await failure(bearer.request({ method: 'GET', path: `${other.url}/?token=${SECRET}` })));
    const throwingAuth = transportFor(server, {
      auth: () => {
        throw new Error(`refresh failed for ${SECRET}`);
      },
    });
    errors.push(await failure(throwingAuth.request({ method: 'GET', path: '/x' })));
    const badHeader = transportFor(server, { auth: () => ({ authorization: `Bearer ${SECRET}\nX-Injected: 1` }) });
    errors.push(await failure(badHeader.request({ method: 'GET', path: '/x' })));
    const breaker = transportFor(server, {
      retries: 0,
      breaker: { consecutiveFailures: 1 },
      auth: () => ({ authorization: `Bearer ${SECRET}` }),
    });
    await failure(breaker.request({ method: 'GET', path: '/500' }));
    errors.push(await failure(breaker.request({ method: 'GET', path: `/500/${SECRET}` })));
    expect(errors.at(-1)!.message).toContain('circuit breaker open');

    for (const error of errors) expectClean(error);
    expect(events.length).toBeGreaterThan(16);
    expectClean(events);
  });

  it('refuses a base URL carrying credentials without echoing it', () => {
    let thrown: unknown;
    try {
      createTransport({ vendor: 'v', baseUrl: `http://user:${SECRET}@127.0.0.1:1/api` });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expectClean(thrown);
  });
});
