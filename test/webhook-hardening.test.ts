import { randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveBoardEvent } from '../resolvers/live/board.js';
import { watchLiveBoard } from '../resolvers/live/board.js';
import { webinarSignature } from '../server/webhooks/gotowebinar.js';
import { registerWebinarWebhooks } from '../server/webhooks/live.js';
import { createWebinarRegistrar } from '../server/webhooks/webinar-registration.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { startReplicaPair, type ReplicaPair } from './support/gateway-instances.js';
import { LIVE_TEST_ENV, simEvent } from './support/live.js';

/**
 * Vendor pushes against a gateway with every webhook configured: bodies capped before they are
 * read whole (issue 17, defect 2), signed GoToWebinar events refused outside the replay window
 * and applied once (defect 3), the GoToWebinar registration retried and shown in /ready, and
 * background work logging with ids of its own (defect 14). Time moves on the simulator's clock
 * and the gateway's injected one, together or apart; nothing sleeps.
 */

const secrets = {
  bomgar: randomBytes(18).toString('base64url'),
  gotoassist: randomBytes(18).toString('base64url'),
  gotowebinar: randomBytes(18).toString('base64url'),
  zendesk: randomBytes(18).toString('base64url'),
};
const MAX_BODY = 4096;

type Line = Record<string, unknown> & { level: string; msg: string };

/** A pino destination that keeps every line, parsed, and lets a test wait for one. */
function capture() {
  const lines: Line[] = [];
  const waiters: { test: (line: Line) => boolean; resolve: (line: Line) => void }[] = [];
  return {
    lines,
    destination: {
      write(raw: string) {
        const line = JSON.parse(raw) as Line;
        lines.push(line);
        for (const waiter of waiters.splice(0)) {
          if (waiter.test(line)) waiter.resolve(line);
          else waiters.push(waiter);
        }
      },
    },
    /** The first line from now on that passes `test`. */
    next(test: (line: Line) => boolean): Promise<Line> {
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
  };
}

const out = capture();
/** How far the gateway's clock is ahead of real time: tests move it with the simulator's. */
let gatewaySkewMs = 0;
let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway({
    // The simulator's virtual clock starts at real time, like the gateway's; both tick with it.
    simulatorStartTime: new Date(),
    now: () => Date.now() + gatewaySkewMs,
    logDestination: out.destination,
    env: {
      ...LIVE_TEST_ENV,
      LOG_LEVEL: 'debug',
      // Automatic polling on (so a push's early poll runs), an hour apart: only the start and the pushes poll.
      LIVE_POLL_INTERVAL_MS: '3600000',
      BOMGAR_WEBHOOK_SECRET: secrets.bomgar,
      GOTO_ASSIST_WEBHOOK_SECRET: secrets.gotoassist,
      GOTO_WEBINAR_WEBHOOK_SECRET: secrets.gotowebinar,
      ZENDESK_WEBHOOK_SECRET: secrets.zendesk,
      WEBHOOK_MAX_BODY_BYTES: String(MAX_BODY),
      REQUEST_BODY_TIMEOUT_MS: '500',
    },
  });
  await gw.sim.call('/_sim/bomgar/outbound-recipients', { urls: [`${gw.url}/webhooks/bomgar?token=${secrets.bomgar}`] }, 'PUT');
  await gw.sim.call('/_sim/gotoassist/callback-url', { url: `${gw.url}/webhooks/gotoassist?token=${secrets.gotoassist}` }, 'PUT');
  await gw.sim.call('/_sim/gotowebinar/secret-key', { value: secrets.gotowebinar }, 'PUT');
});
afterAll(() => gw?.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * A request over node:http that sends `sent` and then, unless `end`, keeps the request open (a
 * body that claims more than it sends). Resolves with the answer as soon as one arrives.
 */
function raw(url: string, options: { method?: string; headers: Record<string, string>; sent: Buffer; end: boolean }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.write(options.sent);
    if (options.end) req.end();
  });
}

/** `bytes` bytes streamed in 16 kB chunks with no Content-Length. */
function chunked(bytes: number, fill = 0x61): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      controller.enqueue(new Uint8Array(16_384).fill(fill));
      sent += 16_384;
    },
  });
}

async function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Promise<{ status: number; connection: string | null; json: Record<string, unknown> }> {
  const response = await fetch(`${gw.url}${path}`, { method: 'POST', headers, body, ...(body instanceof ReadableStream && { duplex: 'half' }) } as RequestInit);
  const text = await response.text();
  return { status: response.status, connection: response.headers.get('connection'), json: JSON.parse(text) as Record<string, unknown> };
}

/** A GoToWebinar event as GoTo sends it, signed with `secret` at `timestampMs`. */
function signedEvent(fields: Record<string, unknown>, { timestampMs = Date.now() + gatewaySkewMs, secret = secrets.gotowebinar } = {}) {
  const body = JSON.stringify({ eventName: 'registrant.added', eventVersion: '1.0.0', product: 'g2w', eventKey: randomUUID(), webinarKey: 8_123_456_789_012_345, ...fields });
  const timestamp = String(timestampMs);
  return { body, headers: { 'content-type': 'application/json', 'x-webhook-signature-timestamp': timestamp, 'x-webhook-signature': webinarSignature(secret, timestamp, body) } };
}

async function answersGraphQL(): Promise<void> {
  const response = await fetch(gw.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.viewer}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(response.status).toBe(200);
}

describe('webhook bodies are capped and authenticated before they are read (defect 2)', () => {
  it('a GoToWebinar push declaring 300 MB is refused with 413 at once, with 1 kB of it sent, and its connection closed', async () => {
    const { headers } = signedEvent({});
    const answer = await raw(`${gw.url}/webhooks/gotowebinar`, { headers: { ...headers, 'content-length': '300000000' }, sent: Buffer.alloc(1024), end: false });
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
    expect(JSON.parse(answer.text)).toMatchObject({ status: 'error', limit: MAX_BODY, measured: 300_000_000, reason: expect.stringContaining('WEBHOOK_MAX_BODY_BYTES') });
    await answersGraphQL();
  });

  it('every vendor’s push streamed past the limit without a Content-Length is refused with 413, connection closed', async () => {
    const { headers } = signedEvent({});
    const pushes: [string, Record<string, string>][] = [
      ['/webhooks/gotowebinar', headers],
      [`/webhooks/bomgar?token=${secrets.bomgar}`, { 'content-type': 'application/x-www-form-urlencoded' }],
      [`/webhooks/gotoassist?token=${secrets.gotoassist}`, { 'content-type': 'application/json' }],
      [`/webhooks/ameyo?token=${gw.app.config.ameyo.webhookSecret!}`, { 'content-type': 'application/x-www-form-urlencoded' }],
      // Zendesk signs the timestamp and body: a fresh timestamp lets the body be read, and refused at the limit.
      ['/webhooks/zendesk', { 'content-type': 'application/json', 'x-zendesk-webhook-signature-timestamp': new Date().toISOString(), 'x-zendesk-webhook-signature': 'c2lnbmVk' }],
    ];
    for (const [path, pushHeaders] of pushes) {
      const answer = await post(path, chunked(1_000_000), pushHeaders);
      expect([path.split('?')[0], answer.status, answer.connection]).toEqual([path.split('?')[0], 413, 'close']);
      expect(answer.json['reason']).toMatch(/more than 4096 bytes/);
    }
    await answersGraphQL();
  });

  it('a body that stops arriving is answered 408 when REQUEST_BODY_TIMEOUT_MS is up, connection closed, and /graphql answers meanwhile', async () => {
    const { headers } = signedEvent({});
    const slow = raw(`${gw.url}/webhooks/gotowebinar`, { headers: { ...headers, 'content-length': '1000' }, sent: Buffer.from('{"eventNam'), end: false });
    await answersGraphQL();
    const answer = await slow;
    expect(answer.status).toBe(408);
    expect(answer.headers['connection']).toBe('close');
    // The webhook's reader and the listener (server/listen.ts) keep the same deadline: whichever answers first.
    if (answer.text) expect(JSON.parse(answer.text)).toMatchObject({ reason: 'the body did not arrive within 500 ms (REQUEST_BODY_TIMEOUT_MS)' });
  });

  it('a signature is checked on the raw bytes before the JSON is parsed: malformed but signed is 400, unsigned garbage is 401', async () => {
    const signed = signedEvent({});
    const garbage = '{"eventName": "registrant.added", "webinarKey": ';
    const timestamp = signed.headers['x-webhook-signature-timestamp'];
    const good = await post('/webhooks/gotowebinar', garbage, { ...signed.headers, 'x-webhook-signature': webinarSignature(secrets.gotowebinar, timestamp, garbage) });
    expect(good.status).toBe(400);
    const forged = await post('/webhooks/gotowebinar', garbage, { ...signed.headers, 'x-webhook-signature': webinarSignature('not-the-secret-key-at-all', timestamp, garbage) });
    expect(forged).toMatchObject({ status: 401, json: { reason: 'a valid x-webhook-signature is required' } });
  });
});

describe('signed GoToWebinar events: a replay window on the gateway’s clock, and each event applied once (defect 3)', () => {
  it('refuses an event signed with the right secret at a timestamp from 2001', async () => {
    const event = signedEvent({ email: 'old@example.com' }, { timestampMs: Date.parse('2001-09-09T01:46:40Z') });
    const answer = await post('/webhooks/gotowebinar', event.body, event.headers);
    expect(answer.status).toBe(401);
    expect(answer.json['reason']).toMatch(/behind the gateway's clock; pushes more than 300 s either way are refused \(WEBHOOK_REPLAY_WINDOW_MS\)/);
  });

  it('applies the same signed event sent five times once: the repeats answer 200 duplicate, and subscribers see it once', async () => {
    const board = watchLiveBoard(gw.app.createContext({ role: 'viewer', label: 'replay-test' }));
    try {
      expect(((await board.next()).value as LiveBoardEvent).kind).toBe('BOARD');
      const event = signedEvent({ firstName: 'Rita', lastName: 'Replay', email: 'rita.replay@example.com' });
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push((await post('/webhooks/gotowebinar', event.body, event.headers)).json);
      expect(answers).toEqual([{ status: 'success', changes: 1 }, ...Array.from({ length: 4 }, () => ({ status: 'success', duplicate: true, changes: 0 }))]);
      // The same event with no eventKey is told apart by its signature: once more, applied once.
      const keyless = signedEvent({ eventKey: undefined, email: 'no.key@example.com' });
      expect((await post('/webhooks/gotowebinar', keyless.body, keyless.headers)).json).toEqual({ status: 'success', changes: 1 });
      expect((await post('/webhooks/gotowebinar', keyless.body, keyless.headers)).json).toMatchObject({ duplicate: true });
      // What subscribers saw, up to a last, different event.
      const last = signedEvent({ email: 'last@example.com' });
      await post('/webhooks/gotowebinar', last.body, last.headers);
      const seen: string[] = [];
      while (seen.at(-1) !== 'last@example.com') {
        const next = (await board.next()).value as LiveBoardEvent;
        if (next.kind === 'WEBINAR') seen.push(next.webinar!.email!);
      }
      expect(seen).toEqual(['rita.replay@example.com', 'no.key@example.com', 'last@example.com']);
    } finally {
      await board.return?.();
    }
  });

  it('passes the simulator’s own signed pushes while its clock and the gateway’s agree, and refuses them once they are ten minutes apart', async () => {
    expect(await registerWebinarWebhooks({ vendors: gw.app.vendors, secret: secrets.gotowebinar, publicUrl: gw.url, logger: gw.app.logger })).toBe(true);
    const deliveries = async () =>
      ((await (await gw.sim.call('/_sim/pushes?vendor=gotowebinar')).json()) as { deliveries: { status: number; event: string }[] }).deliveries.map((delivery) => delivery.status);
    await gw.sim.call('/_sim/pushes', undefined, 'DELETE');
    await simEvent(gw, { vendor: 'gotowebinar', kind: 'registrant-added', firstName: 'In', lastName: 'Time', email: 'in.time@example.com' });
    expect(await deliveries()).toEqual([200]);
    // The simulator's clock moves ten minutes on; the gateway's does not: its window refuses the push.
    await gw.sim.call('/_sim/clock', { advanceMs: 600_000 });
    await simEvent(gw, { vendor: 'gotowebinar', kind: 'registrant-added', firstName: 'Too', lastName: 'Late', email: 'too.late@example.com' });
    expect(await deliveries()).toEqual([200, 401]);
    // The gateway's clock follows: the two agree again.
    gatewaySkewMs += 600_000;
    await simEvent(gw, { vendor: 'gotowebinar', kind: 'registrant-added', firstName: 'On', lastName: 'Time', email: 'on.time@example.com' });
    expect(await deliveries()).toEqual([200, 401, 200]);
  });

  it('forgets an event id only once a repeat of it would be refused for its age anyway', async () => {
    const event = signedEvent({ email: 'remembered@example.com' });
    expect((await post('/webhooks/gotowebinar', event.body, event.headers)).json).toMatchObject({ changes: 1 });
    gatewaySkewMs += 299_000;
    expect((await post('/webhooks/gotowebinar', event.body, event.headers)).json).toMatchObject({ duplicate: true });
    gatewaySkewMs += 2_000;
    expect((await post('/webhooks/gotowebinar', event.body, event.headers)).status).toBe(401);
  });
});

describe('two instances behind a load balancer share the ids of applied events through Redis (defect 3)', () => {
  let pair: ReplicaPair;
  beforeAll(async () => {
    pair = await startReplicaPair({ ...LIVE_TEST_ENV, GOTO_WEBINAR_WEBHOOK_SECRET: secrets.gotowebinar });
  });
  afterAll(() => pair?.close());

  it('applies one signed event once when it reaches both instances', async () => {
    const event = signedEvent({ email: 'both@example.com' }, { timestampMs: Date.now() });
    const send = (url: string) => fetch(`${url}/webhooks/gotowebinar`, { method: 'POST', headers: event.headers, body: event.body }).then((response) => response.json());
    const answers = await Promise.all([send(pair.a.url), send(pair.b.url)]);
    expect(answers.map((answer) => (answer as { changes: number }).changes).sort()).toEqual([0, 1]);
    expect(answers.filter((answer) => (answer as { duplicate?: boolean }).duplicate)).toHaveLength(1);
  });
});

describe('the GoToWebinar webhook registration is retried and shown in /ready (defect 14)', () => {
  const registration = async () => ((await (await fetch(`${gw.url}/ready`)).json()) as { webhooks: Record<string, unknown>[] }).webhooks;

  it('a registration that failed at start is retried, and /ready says where it stands', async () => {
    await gw.sim.fault({ vendor: 'goto', path: '/G2W/rest/v2/webhooks', kind: 'status', status: 503 });
    try {
      expect(await gw.app.webinarWebhooks.start(gw.url)).toBe(false);
      expect(await registration()).toEqual([
        { webhook: 'gotowebinar', state: 'retrying', attempts: 1, lastError: 'UPSTREAM_UNAVAILABLE', nextAttemptAt: expect.stringMatching(/Z$/) },
      ]);
    } finally {
      await gw.sim.clearFaults();
    }
    // The retry its timer would run.
    expect(await gw.app.webinarWebhooks.retryNow()).toBe(true);
    expect(await registration()).toEqual([{ webhook: 'gotowebinar', state: 'registered', attempts: 2 }]);
  });

  it('retries on its timer with a doubling delay, capped, until GoTo answers', async () => {
    const timers: { run: () => void; delayMs: number }[] = [];
    const registrar = createWebinarRegistrar({
      vendors: gw.app.vendors,
      secret: secrets.gotowebinar,
      logger: gw.app.logger,
      initialDelayMs: 1000,
      maxDelayMs: 4000,
      schedule: (run, delayMs) => {
        timers.push({ run, delayMs });
        return () => undefined;
      },
    });
    await gw.sim.fault({ vendor: 'goto', path: '/G2W/rest/v2/webhooks', kind: 'status', status: 503 });
    try {
      expect(await registrar.start(gw.url)).toBe(false);
      for (let i = 0; i < 4; i++) {
        timers.at(-1)!.run();
        // The attempt the timer started: retryNow waits for it rather than starting another.
        expect(await registrar.retryNow()).toBe(false);
      }
    } finally {
      await gw.sim.clearFaults();
    }
    expect(timers.map((timer) => timer.delayMs)).toEqual([1000, 2000, 4000, 4000, 4000]);
    timers.at(-1)!.run();
    expect(await registrar.retryNow()).toBe(true);
    expect(registrar.state()).toMatchObject({ state: 'registered' });
  });
});

describe('background work logs with ids of its own (defect 14)', () => {
  it('the early poll an Ameyo CRM push asks for does not log with the push’s requestId', async () => {
    // The polls the start began are over (pollNow waits for one in flight); from here the Ameyo poll
    // fails and logs it (the push's own work reads no queue figures).
    await gw.app.live.pollNow('ameyo');
    await gw.sim.fault({ vendor: 'ameyo', path: '/ameyorestapi/cc/queueStats', kind: 'status', status: 500 });
    try {
      const access = out.next((line) => line['component'] === 'http' && line['path'] === '/webhooks/ameyo');
      await simEvent(gw, { vendor: 'ameyo', kind: 'call-ring', phone: '14155550142' });
      const { requestId: pushId } = await access;
      // The early poll the push asked for runs a second after it.
      const pollFailed = out.next((line) => line.msg === 'live-status poll failed' && line['vendor'] === 'ameyo');
      expect(pushId).toEqual(expect.any(String));
      const poll = await pollFailed;
      expect(poll['requestId']).not.toBe(pushId);
      expect(poll['requestId']).toMatch(/^live:[0-9a-f-]{36}$/);
      expect(out.lines.filter((line) => line['requestId'] === pushId && line['component'] === 'live')).toEqual([]);
    } finally {
      await gw.sim.clearFaults();
    }
  });
});
