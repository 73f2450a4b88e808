import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportSessionsDocument, TicketsDocument } from '../clients/graphql/generated/graphql.js';
import { loadConfig } from '../server/config.js';
import { syncPlan } from '../store/sync/registry.js';
import { runSync } from '../store/sync/run.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { wsStream } from './support/live.js';

/** One span as OTLP/JSON carries it (ids in hex), with its attributes as plain values. */
interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  status: { code?: number };
  attributes: Record<string, unknown>;
  events: { name: string; attributes: Record<string, unknown> }[];
}

const SERVER = 2;
const CLIENT = 3;
const STATUS_ERROR = 2;

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
  arrayValue?: { values?: OtlpValue[] };
}
type OtlpAttributes = { key: string; value: OtlpValue }[] | undefined;

const valueOf = (value: OtlpValue): unknown =>
  value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : undefined) ?? value.boolValue ?? value.doubleValue ?? value.arrayValue?.values?.map(valueOf);
const attributesOf = (attributes: OtlpAttributes) => Object.fromEntries((attributes ?? []).map(({ key, value }) => [key, valueOf(value)]));

/** A small OTLP/HTTP receiver in this process: every export's raw body, and its spans. */
const bodies: string[] = [];
const resources: Record<string, unknown>[] = [];
const spans: ReceivedSpan[] = [];
let receiver: Server;
const logged: string[] = [];
let gw: TestGateway;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const text = (request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      bodies.push(text);
      const body = JSON.parse(text) as {
        resourceSpans: { resource: { attributes: OtlpAttributes }; scopeSpans: { spans: (Omit<ReceivedSpan, 'attributes' | 'events'> & { attributes: OtlpAttributes; events?: { name: string; attributes: OtlpAttributes }[] })[] }[] }[];
      };
      for (const resourceSpans of body.resourceSpans) {
        resources.push(attributesOf(resourceSpans.resource.attributes));
        for (const scope of resourceSpans.scopeSpans) {
          for (const span of scope.spans) {
            spans.push({ ...span, attributes: attributesOf(span.attributes), events: (span.events ?? []).map((event) => ({ name: event.name, attributes: attributesOf(event.attributes) })) });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as { port: number };
  gw = await startGateway({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, LOG_LEVEL: 'info', UPSTREAM_RETRIES: '1' },
    logDestination: { write: (line: string) => void logged.push(line) },
  });
});

afterAll(async () => {
  await gw?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** Runs an operation as admin over HTTP with extra headers (a caller's traceparent). */
async function post(document: Parameters<typeof print>[0], variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(gw.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${gw.keys.admin}`, ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions: Record<string, unknown> }[] } };
}

/** Every span exported so far (the app's batch flushed first). */
async function exported(): Promise<ReceivedSpan[]> {
  await gw.app.flushTraces();
  return spans;
}

const byId = (all: ReceivedSpan[]) => new Map(all.map((span) => [span.spanId, span]));
/** Whether `span` descends from `ancestor` in the exported tree. */
function descends(span: ReceivedSpan, ancestor: ReceivedSpan, all: Map<string, ReceivedSpan>): boolean {
  for (let parent = all.get(span.parentSpanId); parent; parent = all.get(parent.parentSpanId)) if (parent.spanId === ancestor.spanId) return true;
  return false;
}

describe('tracing over OTLP/HTTP', () => {
  it('continues a caller’s traceparent: the operation span, and each vendor call of a cross-vendor query beneath it', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const { body } = await post(
      SupportSessionsDocument,
      { filter: { vendor: 'BOMGAR', from: '2025-10-01T00:00:00Z', to: '2026-01-06T00:00:00Z' }, first: 20 },
      { traceparent: `00-${traceId}-${callerSpan}-01` },
    );
    expect(body.errors).toBeUndefined();
    const all = (await exported()).filter((span) => span.traceId === traceId);
    const operation = all.find((span) => span.name === 'query SupportSessions')!;
    expect(operation).toMatchObject({ kind: SERVER, parentSpanId: callerSpan });
    expect(operation.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'SupportSessions',
      'switchboard.caller.role': 'admin',
      'http.response.status_code': 200,
    });
    const calls = all.filter((span) => span.kind === CLIENT);
    const tree = byId(all);
    expect(calls.every((call) => descends(call, operation, tree))).toBe(true);
    // Bomgar's listing and Zendesk's tickets, both children of the operation (Bomgar's token call sits under its call).
    for (const vendor of ['bomgar', 'zendesk']) {
      expect(calls.some((call) => call.attributes['switchboard.vendor'] === vendor && call.parentSpanId === operation.spanId), vendor).toBe(true);
    }
    const zendesk = calls.find((call) => call.attributes['switchboard.vendor'] === 'zendesk')!;
    // The simulator serves each vendor under a path of its own (`/zendesk`).
    expect(zendesk.name).toBe('GET /zendesk/api/v2/tickets/show_many.json');
    expect(zendesk.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.template': '/zendesk/api/v2/tickets/show_many.json',
      'server.address': '127.0.0.1',
      'http.response.status_code': 200,
      'switchboard.attempts': 1,
      'switchboard.breaker.state': 'closed',
    });
    expect(zendesk.events.map((event) => event.attributes['switchboard.outcome'])).toEqual(['success']);

    // The access log line of that request carries the trace id.
    const lines = logged.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.some((line) => line['msg'] === 'request' && line['operation'] === 'SupportSessions' && line['traceId'] === traceId)).toBe(true);
  });

  it('starts a trace of its own without a traceparent, and puts its id in an error’s extensions', async () => {
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'status', status: 400, times: 1 });
    const { body } = await post(TicketsDocument, { first: 3 });
    const error = body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', vendor: 'zendesk' });
    const traceId = error!.extensions['traceId'] as string;
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const all = (await exported()).filter((span) => span.traceId === traceId);
    const operation = all.find((span) => span.name === 'query Tickets')!;
    expect(operation.parentSpanId || undefined).toBeUndefined();
    expect(operation.status.code).toBe(STATUS_ERROR);
    expect(operation.attributes['switchboard.graphql.error_codes']).toEqual(['UPSTREAM_REJECTED']);
    const call = all.find((span) => span.kind === CLIENT && span.parentSpanId === operation.spanId)!;
    expect(call.status.code).toBe(STATUS_ERROR);
    expect(call.attributes).toMatchObject({ 'error.type': 'UPSTREAM_REJECTED', 'http.response.status_code': 400 });
    // The vendor's failure was logged in the same trace.
    expect(logged.some((line) => line.includes('"code":"UPSTREAM_REJECTED"') && line.includes(traceId))).toBe(true);
  });

  it('records a retried call’s attempts and its wait', async () => {
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'status', status: 503, times: 1 });
    const { body } = await post(TicketsDocument, { first: 3 });
    expect(body.errors).toBeUndefined();
    const all = await exported();
    const operation = all.findLast((span) => span.name === 'query Tickets')!;
    const call = all.find((span) => span.kind === CLIENT && span.parentSpanId === operation.spanId && span.events.length > 1)!;
    expect(call.attributes).toMatchObject({ 'switchboard.attempts': 2, 'http.request.resend_count': 1, 'http.response.status_code': 200 });
    expect(call.attributes['switchboard.retry.wait_ms']).toEqual(expect.any(Number));
    expect(call.events.map((event) => [event.name, event.attributes['http.response.status_code'] ?? null])).toEqual([
      ['attempt', 503],
      ['retry wait', null],
      ['attempt', 200],
    ]);
  });

  it('traces an operation over graphql-ws too', async () => {
    const socket = wsStream(gw, 'agent', TicketsDocument, { first: 2 });
    try {
      expect((await socket.next()).errors).toBeUndefined();
    } finally {
      await socket.close();
    }
    const all = await exported();
    const operation = all.find((span) => span.name === 'query Tickets' && span.attributes['switchboard.caller.role'] === 'agent')!;
    expect(operation).toMatchObject({ kind: SERVER });
    expect(all.some((span) => span.kind === CLIENT && span.parentSpanId === operation.spanId && span.attributes['switchboard.vendor'] === 'zendesk')).toBe(true);
  });

  it('traces a live poll and a vendor push, each with its vendor calls beneath it', async () => {
    await gw.app.live.pollNow('bomgar');
    const push = new URLSearchParams({
      token: gw.app.config.ameyo.webhookSecret!,
      phone: '12025550142',
      campaignId: '3',
      crtObjectId: `trace-${randomBytes(4).toString('hex')}-vce-1`,
      userCrtObjectId: 'u1',
      userId: '',
      customerId: '7',
      callType: 'inbound.call.dial',
      customerInfo: '{}',
    });
    expect((await fetch(`${gw.url}/webhooks/ameyo?${push}`)).status).toBe(200);
    const all = await exported();
    const tree = byId(all);
    const poll = all.find((span) => span.name === 'live poll' && span.attributes['switchboard.vendor'] === 'bomgar')!;
    expect(poll.attributes).toMatchObject({ 'switchboard.live.reachable': true });
    expect(all.some((span) => span.kind === CLIENT && span.attributes['switchboard.vendor'] === 'bomgar' && descends(span, poll, tree))).toBe(true);
    const webhook = all.find((span) => span.name === 'webhook ameyo')!;
    expect(webhook).toMatchObject({ kind: SERVER });
    expect(webhook.attributes).toMatchObject({ 'url.path': '/webhooks/ameyo', 'http.response.status_code': 200 });
    expect(all.some((span) => span.kind === CLIENT && span.attributes['switchboard.vendor'] === 'zendesk' && descends(span, webhook, tree))).toBe(true);
  });

  it('traces each page a sync reads and commits, with the page’s vendor calls beneath it', async () => {
    const plan = syncPlan(gw.app.vendors, ['bomgar'], { bomgar: { sessions: { lookbackDays: 3 } } });
    const [outcome] = await runSync({ em: gw.app.store.fork(), plan, now: new Date('2026-01-05T00:00:00Z') });
    expect(outcome!.error).toBeUndefined();
    const all = await exported();
    const tree = byId(all);
    const pages = all.filter((span) => span.name === 'sync page' && span.attributes['switchboard.vendor'] === 'bomgar');
    const withRecords = pages.filter((page) => Number(page.attributes['switchboard.sync.records']) > 0);
    expect(withRecords.length).toBeGreaterThan(0);
    expect(withRecords[0]!.attributes).toMatchObject({ 'switchboard.sync.resource': 'sessions', 'switchboard.sync.written': expect.any(Number) });
    expect(withRecords.every((page) => all.some((span) => span.kind === CLIENT && descends(span, page, tree)))).toBe(true);
  });

  it('exports no credential, query string or authorization value, under the configured service name', async () => {
    await exported();
    expect(resources.every((resource) => resource['service.name'] === 'switchboard')).toBe(true);
    const exports = bodies.join('\n');
    const credentials = [...gw.app.config.credentials, ...Object.values(gw.keys)];
    expect(credentials.length).toBeGreaterThan(5);
    for (const credential of credentials) {
      expect(exports).not.toContain(credential);
      expect(exports).not.toContain(encodeURIComponent(credential));
    }
    expect(exports).not.toMatch(/Bearer |Basic |authorization/i);
    for (const span of spans) {
      for (const value of Object.values(span.attributes)) if (typeof value === 'string') expect(value).not.toContain('?');
    }
  });
});

describe('tracing configuration', () => {
  it('is off without an endpoint, and when the SDK is disabled or the exporter is none', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({ url: 'http://collector:4318/v1/traces', serviceName: 'switchboard' });
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/otlp', OTEL_SERVICE_NAME: 'gateway-eu' }).tracing,
    ).toEqual({ url: 'https://traces.example/otlp', serviceName: 'gateway-eu' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }).tracing).toBeNull();
  });
});
