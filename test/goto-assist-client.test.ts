import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createGoToAssistClient, type GoToAssistClient } from '../clients/goto/assist/client.js';
import { createGoToSession } from '../clients/goto/oauth.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import { useFreshSimulator } from './support/fresh-simulator.js';
import { simulatorAdmin } from './support/simulator-admin.js';
import { upstreamFailure } from './support/upstream-failure.js';

const sim = useFreshSimulator(42);
const WINDOW = { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2026-01-06T00:00:00Z') };

function client(): GoToAssistClient {
  const session = createGoToSession({
    baseUrl: `${sim().url}/goto`,
    clientId: 'simulator-goto-client',
    clientSecret: 'simulator-goto-secret',
    refreshToken: 'simulator-goto-refresh-token',
    transport: { retries: 0 },
  });
  return createGoToAssistClient(session);
}

describe('GoToAssist simulator and client', () => {
  it('lists sessions by window with int64 keys kept exact, partner objects that are Zendesk ticket ids, and ratings', async () => {
    const g2a = client();
    const sessions = await g2a.listSessions(WINDOW);
    expect(sessions.length).toBeGreaterThan(550);
    const raw = await simulatorAdmin(sim().url).journal('goto');
    expect(raw.some((call) => call.path === '/goto/G2A/rest/v1/sessions' && call.query.includes('sessionType=SCREEN_SHARING'))).toBe(true);
    const expertKeys = sessions.flatMap((session) => (session.expertUserKey ? [session.expertUserKey] : []));
    expect(expertKeys.every((key) => /^\d{19}$/.test(key) && BigInt(key) > 2n ** 53n)).toBe(true);
    const tickets = new Set(generateZendeskSeed(42).tickets.map((ticket) => String(ticket.id)));
    const linked = sessions.filter((session) => session.partnerObject);
    expect(linked.length).toBeGreaterThan(100);
    expect(linked.every((session) => tickets.has(session.partnerObject!))).toBe(true);
    expect(sessions.some((session) => session.rating !== null && session.resolution !== null)).toBe(true);
    expect(new Set(sessions.map((session) => session.status))).toEqual(new Set(['complete', 'abandoned', 'active', 'waiting']));

    const one = sessions.find((session) => session.status === 'complete')!;
    const detail = await g2a.getSession(one.sessionId);
    expect(detail).toMatchObject({ sessionId: one.sessionId, expertUserKey: one.expertUserKey, notes: expect.any(String), collaborators: [] });
    const events = await g2a.sessionEvents(one.sessionId);
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ timeStamp: expect.stringMatching(/Z$/), participantName: expect.any(String), content: expect.any(String) });
    expect(await g2a.getSession('1')).toBeNull();
  });

  it('speaks the published wire shapes: SCREEN_SHARING, create 200, numeric ids and tokens, flat transcript items', async () => {
    const session = createGoToSession({ baseUrl: `${sim().url}/goto`, clientId: 'simulator-goto-client', clientSecret: 'simulator-goto-secret', refreshToken: 'simulator-goto-refresh-token' });
    const headers = { authorization: `Bearer ${(await session.token()).accessToken}`, 'content-type': 'application/json' };
    const raw = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${sim().url}/goto/G2A/rest/v1${path}`, { ...init, headers });
      // lossless: the int64 keys stay as printed (a number above 2^53 would round in JSON.parse).
      return { status: response.status, text: await response.text() };
    };
    const created = await raw('/sessions', { method: 'POST', body: JSON.stringify({ sessionType: 'SCREEN_SHARING', partnerObject: '19856122753302' }) });
    expect(created.status).toBe(200);
    const listing = await raw(`/sessions?sessionType=SCREEN_SHARING&fromTime=2026-01-04T00:00:00Z&toTime=2026-01-06T00:00:00Z`);
    expect(listing.text).toMatch(/^\{"totalNumSessions":\d+,"sessions":\[\{"sessionId":\d{10},"sessionType":"screen_sharing","sessionStartToken":\d{18},/);
    const id = /"sessionId":(\d{10}),"sessionType":"screen_sharing","sessionStartToken":\d+,"customerJoinUrl":"[^"]+","partnerObject":"[^"]*","partnerObjectUrl":"[^"]*","status":"complete"/.exec(listing.text)![1]!;
    const byId = await raw(`/sessions/${id}`);
    expect(byId.text).toMatch(new RegExp(`^\\{"sessionId":"${id}",.*"accountKey":\\d{19},`));
    const events = JSON.parse((await raw(`/sessions/${id}/events`)).text) as Record<string, unknown>[];
    expect(events.length).toBeGreaterThan(0);
    for (const item of events) expect(Object.keys(item)).toEqual(expect.arrayContaining(['sessionId', 'startTime', 'endTime', 'timeStamp', 'content', 'participantName']));
    expect(events[0]).toMatchObject({ sessionId: id, startTime: expect.stringMatching(/Z$/), endTime: expect.stringMatching(/Z$/) });
  });

  it('refuses an over-long customer name or a bad email naming the field, and types joins and ends in transcripts', async () => {
    const g2a = client();
    const long = await upstreamFailure(g2a.createSession({ partnerObject: '19856122753302', customerName: 'x'.repeat(129) }));
    expect(long).toMatchObject({ code: 'UPSTREAM_REJECTED', status: 400, vendorMessage: 'customerName must be at most 128 characters' });
    const email = await upstreamFailure(g2a.createSession({ partnerObject: '19856122753302', customerName: 'Dana', customerEmail: 'not-an-email' }));
    expect(email).toMatchObject({ status: 400, vendorMessage: 'customerEmail must be an email address' });

    const complete = (await g2a.listSessions(WINDOW)).find((session) => session.status === 'complete')!;
    const events = await g2a.sessionEvents(complete.sessionId);
    expect(events[0]).toMatchObject({ eventType: 'customerJoined', participantType: 'customer', participantName: complete.customerName });
    expect(events.at(-1)).toMatchObject({ eventType: 'sessionEnded', participantType: 'system', timeStamp: complete.endedAt });
  });

  it('reads the modeled monitors: agents with status and active sessions, portal queues with waits', async () => {
    const g2a = client();
    const [agents, queues] = await Promise.all([g2a.agents(), g2a.queues()]);
    expect(agents.length).toBe(16);
    expect(agents[0]!.email).toBe('agent@switchboard.test');
    expect(agents.filter((agent) => agent.status === 'busy').every((agent) => agent.activeSessions.length > 0)).toBe(true);
    expect(queues.map((queue) => queue.portalName)).toEqual(['Support Portal', 'VIP Portal']);
    expect(queues.reduce((sum, queue) => sum + queue.waitingCount, 0)).toBe(4);
  });

  it('creates a session for a ticket, issues and cancels a connection code, and POSTs the status callback', async () => {
    const received: Record<string, unknown>[] = [];
    let arrived: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (arrived = resolve));
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(JSON.parse(body) as Record<string, unknown>);
        res.end();
        if (received.length === 3) arrived();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const g2a = client();
      const callback = `http://127.0.0.1:${(server.address() as AddressInfo).port}/g2a`;
      const ticketUrl = 'https://acme.zendesk.com/agent/tickets/19856122753302';
      const created = await g2a.createSession({ partnerObject: '19856122753302', partnerObjectUrl: ticketUrl, customerName: 'Dana Customer', customerEmail: 'dana@example.com', sessionStatusCallbackUrl: callback });
      expect(await g2a.getSession(created.sessionId)).toMatchObject({ partnerObject: '19856122753302', partnerObjectUrl: ticketUrl });
      expect(created.launchUrl).toMatch(/^https:\/\//);
      expect(created.customerJoinUrl).toMatch(/^https:\/\/www\.fastsupport\.com\//);
      const code = await g2a.createConnectionCode({ externalId: '19856122753302', sessionId: created.sessionId });
      expect(code.code).toMatch(/^\d{9}$/);
      expect(await g2a.cancelConnectionCode(code.code)).toBe(true);
      expect(await g2a.cancelConnectionCode(code.code)).toBe(false);
      expect((await g2a.getSession(created.sessionId))!.status).toBe('abandoned');

      const second = await g2a.createSession({ partnerObject: '19856122753302', customerName: 'Dana Customer', sessionStatusCallbackUrl: callback });
      const join = await fetch(`${sim().url}/goto/G2A/rest/v1/sessions/${second.sessionId}/customerJoined`, {
        method: 'POST',
        headers: { authorization: `Bearer ${(await createGoToSession({ baseUrl: `${sim().url}/goto`, clientId: 'simulator-goto-client', clientSecret: 'simulator-goto-secret', refreshToken: 'simulator-goto-refresh-token' }).token()).accessToken}` },
      });
      expect(join.status).toBe(200);
      const otherUrl = 'https://acme.zendesk.com/agent/tickets/19856122753305';
      // A refused update writes nothing, not even the valid half.
      const tooLong = await upstreamFailure(g2a.setPartnerObject(second.sessionId, { partnerObject: '19856122753305', partnerObjectUrl: `${otherUrl}?${'x'.repeat(2000)}` }));
      expect(tooLong).toMatchObject({ code: 'UPSTREAM_REJECTED', status: 400, vendorMessage: 'partnerObjectUrl must be a string of at most 2000 characters' });
      expect((await g2a.getSession(second.sessionId))!.partnerObject).toBe('19856122753302');
      await g2a.setPartnerObject(second.sessionId, { partnerObject: '19856122753305', partnerObjectUrl: otherUrl });
      await g2a.endSession(second.sessionId);
      await all;
      // The cancelled code's session ends unjoined (abandoned); the second one joins, then ends.
      expect(received.map((record) => record.status)).toEqual(['abandoned', 'active', 'complete']);
      expect(received.at(-1)).toMatchObject({ sessionId: second.sessionId, partnerObject: '19856122753305', partnerObjectUrl: otherUrl, status: 'complete' });
      const again = await upstreamFailure(g2a.endSession(second.sessionId));
      expect(again).toMatchObject({ code: 'UPSTREAM_REJECTED', status: 400, vendorMessage: 'Session has already ended' });
    } finally {
      server.close();
    }
  });
});
