import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateContactDocument, SupportTeamsDocument, TicketsDocument } from '../clients/graphql/generated/graphql.js';
import { createMetrics } from '../server/observability/metrics.js';
import { SyncCheckpointSchema } from '../store/entities/sync-checkpoint.js';
import { startGateway, type TestGateway } from './support/gateway.js';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway({
    env: { METRICS_TOKEN, UPSTREAM_RETRIES: '0', BREAKER_FAILURES: '2', BREAKER_COOLDOWN_MS: '600000' },
  });
});
afterAll(() => gw?.close());

/** POSTs an operation with the given headers; answers status, headers and body. */
async function post<R, V>(document: TypedDocumentNode<R, V>, variables: V, headers: Record<string, string> = {}) {
  const response = await fetch(gw.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.admin}`, ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, headers: response.headers, body };
}

async function scrape(authorization = `Bearer ${METRICS_TOKEN}`): Promise<string> {
  const response = await fetch(`${gw.url}/metrics`, { headers: { authorization } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((row) => row.startsWith(`${name}{`) && wanted.every((pair) => row.slice(0, row.indexOf('}') + 1).includes(pair)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('health and readiness', () => {
  it('/health answers 200 while the process is alive', async () => {
    expect((await fetch(`${gw.url}/health`)).status).toBe(200);
  });

  it('/ready is 200 with the store up and lists every vendor breaker, without authentication', async () => {
    const response = await fetch(`${gw.url}/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; store: string; vendors: { vendor: string; state: string }[] };
    expect(body).toMatchObject({ status: 'ready', store: 'up' });
    expect(body.vendors.map((entry) => entry.vendor).sort()).toEqual(
      ['ameyo', 'bomgar', 'gotoassist', 'gotomeeting', 'gototraining', 'gotowebinar', 'zendesk'],
    );
    expect(new Set(body.vendors.map((entry) => entry.state))).toEqual(new Set(['closed']));
  });
});

describe('request ids', () => {
  it("echoes the caller's X-Request-Id, or makes one, on every response", async () => {
    const given = await post(TicketsDocument, { first: 1 }, { 'x-request-id': 'client-trace-42' });
    expect(given.headers.get('x-request-id')).toBe('client-trace-42');
    const made = await post(TicketsDocument, { first: 1 }, { 'x-request-id': 'not a sane id; <script>' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${gw.url}/ready`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id in every error: auth, validation, role and upstream', async () => {
    const id = { 'x-request-id': 'errors-1' };
    const unauthenticated = await post(TicketsDocument, { first: 1 }, { ...id, authorization: 'Bearer nope-nope-nope-nope' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'errors-1' });

    const invalid = await fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.admin}`, ...id },
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    const invalidBody = (await invalid.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(invalidBody.errors[0]!.extensions).toMatchObject({ requestId: 'errors-1' });

    const forbidden = await post(CreateContactDocument, { input: { name: 'X' } }, { ...id, authorization: `Bearer ${gw.keys.viewer}` });
    expect(forbidden.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requestId: 'errors-1' });

    await gw.sim.fault({ vendor: 'zendesk', kind: 'status', status: 502, times: 1 });
    const upstream = await post(TicketsDocument, { first: 1 }, id);
    expect(upstream.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk', requestId: 'errors-1' });
  });
});

describe('request ids over graphql-ws', () => {
  it('gives each operation on a socket its own id, in its errors', async () => {
    const client = createClient({
      url: gw.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${gw.keys.viewer}` },
      retryAttempts: 0,
    });
    try {
      const run = () =>
        new Promise<{ errors?: { extensions: Record<string, unknown> }[] }>((resolve, reject) => {
          let result: unknown;
          client.subscribe(
            { query: print(CreateContactDocument), variables: { input: { name: 'X' } } },
            { next: (value) => (result = value), error: reject, complete: () => resolve(result as never) },
          );
        });
      const [first, second] = [await run(), await run()];
      expect(first.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(second.errors![0]!.extensions['requestId']).not.toBe(first.errors![0]!.extensions['requestId']);
    } finally {
      await client.dispose();
    }
  });
});

describe('/metrics', () => {
  it('needs METRICS_TOKEN or an admin key', async () => {
    expect((await fetch(`${gw.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${gw.url}/metrics`, { headers: { authorization: `Bearer ${gw.keys.manager}` } })).status).toBe(401);
    expect((await fetch(`${gw.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-wrong-012345' } })).status).toBe(401);
    await scrape(`Bearer ${gw.keys.admin}`);
  });

  it('counts requests per operation and type, and upstream calls per vendor and status, with latency', async () => {
    const before = await scrape();
    const requests = () => ({ operation: 'Tickets', type: 'query', status: '200' });
    await post(TicketsDocument, { first: 2 });
    await post(TicketsDocument, { first: 2 });
    const after = await scrape();
    expect((sample(after, 'http_requests_total', requests()) ?? 0) - (sample(before, 'http_requests_total', requests()) ?? 0)).toBe(2);
    expect(sample(after, 'http_request_duration_seconds_count', { operation: 'Tickets', type: 'query' })).toBeGreaterThanOrEqual(2);
    const zendeskOk = { vendor: 'zendesk', status: '200', outcome: 'success' };
    expect((sample(after, 'upstream_requests_total', zendeskOk) ?? 0) - (sample(before, 'upstream_requests_total', zendeskOk) ?? 0)).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'upstream_request_duration_seconds_count', { vendor: 'zendesk' })).toBeGreaterThanOrEqual(2);
    // Process metrics, and the live subscriber gauge.
    expect(sample(after, 'process_resident_memory_bytes', {}) ?? Number(/^process_resident_memory_bytes (\d+)/m.exec(after)?.[1])).toBeGreaterThan(0);
    expect(after).toMatch(/^live_subscribers \d+$/m);
  });

  it('reports a failed upstream by status, and an open breaker, while /ready stays 200 (vendors do not gate)', async () => {
    const bomgar = gw.app.vendors.bomgar!.transport;
    const opened = new Promise<void>((resolve) => bomgar.onBreakerStateChange((state) => state === 'open' && resolve()));
    // A token first, so the failures land on the API's own breaker (the token endpoint has one of its own).
    expect((await post(SupportTeamsDocument, { vendor: 'BOMGAR' })).body.data!.teams!.unavailableVendors).toEqual([]);
    await gw.sim.fault({ vendor: 'bomgar', path: '/api/*', kind: 'status', status: 500 });
    for (let i = 0; i < 2; i++) {
      const { body } = await post(SupportTeamsDocument, { vendor: 'BOMGAR' });
      expect(body.data!.teams!.unavailableVendors).toEqual([{ vendor: 'BOMGAR', code: 'UPSTREAM_UNAVAILABLE' }]);
    }
    await opened;
    await gw.sim.clearFaults();

    const text = await scrape();
    expect(sample(text, 'upstream_requests_total', { vendor: 'bomgar', status: '500', outcome: 'server_error' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'upstream_breaker_state', { vendor: 'bomgar', state: 'open' })).toBe(1);
    expect(sample(text, 'upstream_breaker_state', { vendor: 'bomgar', state: 'closed' })).toBe(0);
    expect(sample(text, 'upstream_breaker_state', { vendor: 'zendesk', state: 'closed' })).toBe(1);

    // The breaker refuses without a request, counted as such.
    await post(SupportTeamsDocument, { vendor: 'BOMGAR' });
    expect(sample(await scrape(), 'upstream_requests_total', { vendor: 'bomgar', status: 'breaker_open' })).toBeGreaterThanOrEqual(1);

    const ready = await fetch(`${gw.url}/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { vendors: { vendor: string; state: string }[] };
    expect(body.vendors).toContainEqual({ vendor: 'bomgar', state: 'open', token: 'closed' });
  });
});

describe('sync lag', () => {
  it('reads each checkpoint: seconds since the resource last caught up, else since its last page', async () => {
    const now = Date.now();
    const em = gw.app.store.fork();
    const checkpoint = (vendor: string, resource: string, syncedAt: Date | null, completedAt: Date | null) =>
      em.create(SyncCheckpointSchema, { vendor, resource, cursor: null, coveredFrom: null, coveredTo: null, syncedAt, completedAt, rowsWritten: 0, updatedAt: new Date(now) });
    checkpoint('zendesk', 'tickets', new Date(now - 30_000), new Date(now - 600_000));
    checkpoint('bomgar', 'sessions', new Date(now - 90_000), null);
    checkpoint('ameyo', 'calls', null, null);
    await em.flush();
    const text = await scrape();
    expect(sample(text, 'sync_lag_seconds', { vendor: 'zendesk', resource: 'tickets' })).toBeCloseTo(600, -1);
    expect(sample(text, 'sync_lag_seconds', { vendor: 'bomgar', resource: 'sessions' })).toBeCloseTo(90, -1);
    expect(sample(text, 'sync_lag_seconds', { vendor: 'ameyo', resource: 'calls' })).toBeUndefined();
  });
});

describe('operation names as labels', () => {
  it('keeps sane names up to the cap and counts the rest as other', async () => {
    const metrics = createMetrics({}, { processMetrics: false, maxOperationNames: 2 });
    for (const operation of ['A', 'B', 'C', 'bad name!', undefined]) metrics.request({ operation, type: 'query', status: 200, seconds: 0.01 });
    const text = await metrics.scrape();
    expect(sample(text, 'http_requests_total', { operation: 'A' })).toBe(1);
    expect(sample(text, 'http_requests_total', { operation: 'B' })).toBe(1);
    expect(sample(text, 'http_requests_total', { operation: 'C' })).toBeUndefined();
    expect(sample(text, 'http_requests_total', { operation: 'other' })).toBe(2);
    expect(sample(text, 'http_requests_total', { operation: 'anonymous' })).toBe(1);
  });
});

// Last: these take the instance out of rotation.
describe('readiness when the instance cannot serve', () => {
  it('answers 503 draining once shutdown began', async () => {
    gw.app.drain();
    const response = await fetch(`${gw.url}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'draining', store: 'up' });
  });

  it('answers 503 when the store is unreachable', async () => {
    await gw.app.store.close();
    const response = await fetch(`${gw.url}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ store: 'down' });
  });
});
