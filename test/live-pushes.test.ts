import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveBoardDocument, LiveBoardNowDocument, SessionChangedDocument, type LiveBoardSubscription } from '../clients/graphql/generated/graphql.js';
import type { LiveBoardEvent } from '../resolvers/live/board.js';
import { watchLiveBoard } from '../resolvers/live/board.js';
import { POLLED_VENDORS } from '../domain/live.js';
import { webinarSignature } from '../server/webhooks/gotowebinar.js';
import { registerWebinarWebhooks } from '../server/webhooks/live.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { LIVE_TEST_ENV, openedStreams, simEvent, sseStream, wsStream } from './support/live.js';

const secrets = { bomgar: randomBytes(18).toString('base64url'), gotoassist: randomBytes(18).toString('base64url'), gotowebinar: randomBytes(18).toString('base64url') };
const BUFFER = 3;

let gw: TestGateway;
const { open, closeAll } = openedStreams();

beforeAll(async () => {
  gw = await startGateway({
    simulatorStartTime: new Date(),
    env: {
      ...LIVE_TEST_ENV,
      LIVE_SUBSCRIBER_BUFFER: String(BUFFER),
      BOMGAR_WEBHOOK_SECRET: secrets.bomgar,
      GOTO_ASSIST_WEBHOOK_SECRET: secrets.gotoassist,
      GOTO_WEBINAR_WEBHOOK_SECRET: secrets.gotowebinar,
    },
  });
  // What an operator sets up at each vendor (serve does it for the embedded simulator).
  const put = async (path: string, body: unknown) => expect((await gw.sim.call(path, body, 'PUT')).status).toBe(200);
  await put('/_sim/bomgar/outbound-recipients', { urls: [`${gw.url}/webhooks/bomgar?token=${secrets.bomgar}`] });
  await put('/_sim/gotoassist/callback-url', { url: `${gw.url}/webhooks/gotoassist?token=${secrets.gotoassist}` });
  await put('/_sim/gotowebinar/secret-key', { value: secrets.gotowebinar });
  for (const vendor of POLLED_VENDORS) await gw.app.live.pollNow(vendor);
});
afterAll(async () => {
  await closeAll();
  await gw?.close();
});

const sessionIds = async () => new Map((await gw.run(LiveBoardNowDocument, {}, 'viewer')).body.data!.liveBoard.sessions.map((session) => [session.vendorId, session.id]));
const boardSession = (vendorId: string) => gw.app.live.board().sessions.find((session) => session.vendorId === vendorId);

describe('pushes need their vendor’s secret', () => {
  it('refuses a push without the right token, and it changes nothing', async () => {
    const active = gw.app.live.board().sessions.find((session) => session.vendor === 'bomgar' && session.status === 'ACTIVE')!;
    const endIt = new URLSearchParams({ event: 'support_conference_end', version: '3', lsid: active.vendorId }).toString();
    const post = (path: string, body: string, type: string) => fetch(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('/webhooks/bomgar?token=not-the-secret-at-all', endIt, 'application/x-www-form-urlencoded')).status).toBe(401);
    expect((await post('/webhooks/bomgar', endIt, 'application/x-www-form-urlencoded')).status).toBe(401);
    expect((await post(`/webhooks/bomgar?token=${secrets.gotoassist}`, endIt, 'application/x-www-form-urlencoded')).status).toBe(401);
    const assist = gw.app.live.board().sessions.find((session) => session.vendor === 'gotoassist' && session.status === 'ACTIVE')!;
    const ended = JSON.stringify({ sessionId: assist.vendorId, status: 'complete', endedAt: new Date().toISOString() });
    expect((await post(`/webhooks/gotoassist?token=${secrets.bomgar}`, ended, 'application/json')).status).toBe(401);
    expect((await post('/webhooks/gotowebinar', '{"eventName":"webinar.created","webinarKey":1}', 'application/json')).status).toBe(401);
    expect(boardSession(active.vendorId)?.status).toBe('ACTIVE');
    expect(boardSession(assist.vendorId)?.status).toBe('ACTIVE');
    // The same GoToAssist record with the right token does end it.
    expect((await post(`/webhooks/gotoassist?token=${secrets.gotoassist}`, ended, 'application/json')).status).toBe(200);
    expect(boardSession(assist.vendorId)).toBeUndefined();
  });
});

describe('pushes reach subscribers without waiting for a poll', () => {
  it('a Bomgar rep taking a waiting session (outbound event) reaches sessionChanged over graphql-ws', async () => {
    const waiting = gw.app.live.board().sessions.find((session) => session.vendor === 'bomgar' && session.status === 'WAITING')!;
    const changes = open(wsStream(gw, 'viewer', SessionChangedDocument, { id: (await sessionIds()).get(waiting.vendorId)! }));
    await gw.app.live.whenSubscribed(1);
    await simEvent(gw, { vendor: 'bomgar', kind: 'session-start', session: waiting.vendorId });
    const change = (await changes.next()).data!.sessionChanged;
    expect(change).toMatchObject({ previousStatus: 'WAITING', ended: false, session: { vendor: 'BOMGAR', vendorId: waiting.vendorId, status: 'ACTIVE' } });
    expect(change.session.agent).not.toBeNull();
  });

  it('a GoToAssist session ending with its rating (status callback) reaches sessionChanged over SSE, by ticket', async () => {
    const withTicket = gw.app.live.board().sessions.find((session) => session.vendor === 'gotoassist' && session.status === 'ACTIVE' && session.externalKey);
    const target = withTicket ?? gw.app.live.board().sessions.find((session) => session.vendor === 'gotoassist' && session.status === 'ACTIVE')!;
    const changes = open(
      withTicket
        ? sseStream(gw, 'viewer', SessionChangedDocument, { ticketId: withTicket.externalKey! })
        : sseStream(gw, 'viewer', SessionChangedDocument, { id: (await sessionIds()).get(target.vendorId)! }),
    );
    await gw.app.live.whenSubscribed(2);
    await simEvent(gw, { vendor: 'gotoassist', kind: 'session-end', session: target.vendorId, rating: 4, comment: 'quick' });
    expect((await changes.next()).data!.sessionChanged).toMatchObject({
      previousStatus: 'ACTIVE',
      ended: true,
      session: { vendorId: target.vendorId, status: 'ENDED', rating: 4, feedback: 'quick' },
    });
  });

  it('GoToWebinar activity arrives signed through the webhooks the gateway registered', async () => {
    expect(await registerWebinarWebhooks({ vendors: gw.app.vendors, secret: secrets.gotowebinar, publicUrl: gw.url, logger: gw.app.logger })).toBe(true);
    // Registering again reuses what exists.
    expect(await registerWebinarWebhooks({ vendors: gw.app.vendors, secret: secrets.gotowebinar, publicUrl: gw.url, logger: gw.app.logger })).toBe(true);
    const board = open(wsStream(gw, 'viewer', LiveBoardDocument));
    expect((await board.next()).data!.liveBoard.kind).toBe('BOARD');
    await simEvent(gw, { vendor: 'gotowebinar', kind: 'registrant-added', firstName: 'Rena', lastName: 'Ito', email: 'Rena.Ito@example.com' });
    const event = (await board.next()).data!.liveBoard;
    expect(event).toMatchObject({ kind: 'WEBINAR', webinar: { event: 'REGISTRANT_ADDED', name: 'Rena Ito', email: 'rena.ito@example.com' } });

    // A body signed with another key is refused.
    const body = JSON.stringify({ eventName: 'webinar.created', webinarKey: 1 });
    const forged = await fetch(`${gw.url}/webhooks/gotowebinar`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-webhook-signature-timestamp': '1', 'x-webhook-signature': webinarSignature('another-secret-key-value', '1', body) },
      body,
    });
    expect(forged.status).toBe(401);
  });
});

describe('a slow subscriber', () => {
  it('skips to the latest board instead of its backlog, and never slows the others', async () => {
    const ctx = gw.app.createContext({ role: 'viewer', label: 'slow-test' });
    const slow = watchLiveBoard(ctx);
    const fast = open(wsStream(gw, 'viewer', LiveBoardDocument));
    expect((await fast.next()).data!.liveBoard.kind).toBe('BOARD');

    // More change batches (one poll each) than the slow subscriber's buffer holds, while it reads nothing.
    const people = gw.app.live.board().agents.filter((agent) => agent.identities.some((identity) => identity.vendor === 'ameyo' && identity.status !== 'AWAY')).slice(0, BUFFER + 2);
    expect(people.length).toBe(BUFFER + 2);
    for (const person of people) {
      const identity = person.identities.find((candidate) => candidate.vendor === 'ameyo')!;
      await simEvent(gw, { vendor: 'ameyo', kind: 'agent-status', agent: identity.vendorId, status: 'break' });
      expect(await gw.app.live.pollNow('ameyo')).toMatchObject({ changes: 1 });
    }

    // The fast one got every change.
    const seen = new Set<string>();
    while (seen.size < people.length) {
      const event: LiveBoardSubscription['liveBoard'] = (await fast.next()).data!.liveBoard;
      if (event.kind === 'AGENT') seen.add(event.agent!.email!);
    }
    expect([...seen].sort()).toEqual(people.map((person) => person.email).sort());

    // The slow one skipped its backlog: it reads a fresh whole board (as it stood when the buffer
    // overflowed), then only what changed after that; together they hold every change.
    const queue = slow as unknown as { queued: number; skipped: number };
    expect(queue.skipped).toBeGreaterThan(0);
    const first = (await slow.next()).value as LiveBoardEvent;
    expect(first.kind).toBe('BOARD');
    const away = new Set(first.board!.agents.filter((agent) => agent.identities.some((identity) => identity.vendor === 'ameyo' && identity.status === 'AWAY')).map((agent) => agent.key));
    const later: LiveBoardEvent[] = [];
    while (queue.queued > 0) later.push((await slow.next()).value as LiveBoardEvent);
    expect(later.length).toBeLessThan(BUFFER);
    for (const event of later) {
      expect(event.kind).toBe('AGENT');
      expect(event.agent!.identities.find((identity) => identity.vendor === 'ameyo')!.status).toBe('AWAY');
      away.add(event.agent!.key);
    }
    expect(people.every((person) => away.has(person.key))).toBe(true);
    await slow.return?.();
  });
});
