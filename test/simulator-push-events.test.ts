import { createHmac } from 'node:crypto';
import { parse } from 'lossless-json';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GOTO_CREDENTIALS } from '../simulator/goto/index.js';
import { startSimulator } from '../simulator/server.js';
import { startPushReceiver, type PushReceiver } from './support/push-receiver.js';
import { simulatorAdmin, type SimulatorAdmin } from './support/simulator-admin.js';

let sim: Awaited<ReturnType<typeof startSimulator>>;
let admin: SimulatorAdmin;
let receiver: PushReceiver;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  admin = simulatorAdmin(sim.url);
  receiver = await startPushReceiver();
});
afterAll(async () => {
  await sim?.close();
  await receiver?.close();
});
// Tests add their own sessions and calls, so they share the seed data; those that need fresh state reset.
beforeEach(() => {
  receiver.clear();
  receiver.answer(200);
});

/** `POST /_sim/events`; answers once the pushes it caused have landed. */
async function inject(body: Record<string, unknown>): Promise<{ status: number; json: any }> {
  const response = await admin.call('/_sim/events', body);
  return { status: response.status, json: await response.json() };
}

/** The Ameyo agents' userIds, through the REST API as the gateway reads them. */
async function executives(): Promise<string[]> {
  const login = await fetch(`${sim.url}/ameyo/ameyorestapi/userLogin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'switchboard', token: 'simulator-password' }) });
  const { sessionId } = (await login.json()) as { sessionId: string };
  const states = (await (await fetch(`${sim.url}/ameyo/ameyorestapi/cc/agentStates`, { headers: { sessionId } })).json()) as { userId: string }[];
  return states.map((state) => state.userId);
}

async function put(path: string, body: unknown): Promise<Response> {
  return admin.call(path, body, 'PUT');
}

const form = (body: string) => Object.fromEntries(new URLSearchParams(body));

async function gotoToken(): Promise<string> {
  return (await gotoSignIn()).access_token;
}

async function gotoSignIn(): Promise<{ access_token: string; organizer_key: string }> {
  const response = await fetch(`${sim.url}/goto/oauth/v2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${GOTO_CREDENTIALS.clientId}:${GOTO_CREDENTIALS.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `grant_type=refresh_token&refresh_token=${GOTO_CREDENTIALS.refreshToken}`,
  });
  return (await response.json()) as { access_token: string; organizer_key: string };
}

describe('Bomgar outbound events', () => {
  beforeEach(async () => {
    expect((await put('/_sim/bomgar/outbound-recipients', { urls: [`${receiver.url}/bomgar?token=s3cret`] })).status).toBe(200);
  });

  it('posts the appliance form fields for a session going through a queue, a rep and the end with a survey', async () => {
    const waiting = await inject({ vendor: 'bomgar', kind: 'session-waiting', queue: 'general', customerName: 'Dana Scully' });
    expect(waiting.status).toBe(200);
    const lsid = waiting.json.change.session as string;
    expect(waiting.json.pushes).toEqual([expect.objectContaining({ vendor: 'bomgar', event: 'support_conference_begin', url: `${receiver.url}/bomgar`, status: 200 })]);
    const [begin] = receiver.pushes('/bomgar');
    expect(begin!.url).toBe('/bomgar?token=s3cret');
    expect(begin!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(form(begin!.body)).toMatchObject({ event: 'support_conference_begin', version: '3', appliance_id: 'simulator-appliance-0001', lsid, external_key: '', queue_id: 'general' });
    // UNIX seconds on the virtual clock (it starts at 2026-01-05T09:00:00Z and ticks with real time).
    const start = Date.parse('2026-01-05T09:00:00Z') / 1000;
    expect(Number(form(begin!.body).timestamp) - start).toBeGreaterThanOrEqual(0);
    expect(Number(form(begin!.body).timestamp) - start).toBeLessThan(60);

    expect((await inject({ vendor: 'bomgar', kind: 'session-start', session: lsid, agent: 'agent@switchboard.test' })).status).toBe(200);
    expect((await inject({ vendor: 'bomgar', kind: 'session-end', session: lsid, rating: 2, comment: 'slow' })).status).toBe(200);
    const events = receiver.pushes('/bomgar').map((push) => form(push.body));
    expect(events.map((event) => event.event)).toEqual([
      'support_conference_begin',
      'support_conference_member_added',
      'support_conference_owner_changed',
      'support_conference_end',
      'customer_exit_survey_completed',
    ]);
    expect(events[1]).toMatchObject({ lsid, username: 'agent@switchboard.test', type: 'representative' });
    expect(events[1]!.user_id).toMatch(/^\d+$/);
    expect(events[4]).toMatchObject({ lsid, rating: '2', comments: 'slow' });
  });

  it('holds later events until the recipient answers 200, then delivers them in order', async () => {
    receiver.answer(503);
    const first = await inject({ vendor: 'bomgar', kind: 'session-waiting' });
    expect(first.json.pushes).toEqual([expect.objectContaining({ status: 503, attempt: 1 })]);
    receiver.answer(503);
    // The next event retries the held one first; nothing behind it goes out meanwhile.
    await inject({ vendor: 'bomgar', kind: 'session-waiting' });
    expect(receiver.pushes('/bomgar').map((push) => form(push.body).lsid)).toEqual([first.json.change.session, first.json.change.session]);
    receiver.answer(200);
    await admin.call('/_sim/clock', { advanceMs: 0 });
    const lsids = receiver.pushes('/bomgar').map((push) => form(push.body).lsid);
    expect(lsids.length).toBe(4);
    expect(new Set(lsids).size).toBe(2);
    expect(lsids[2]).toBe(first.json.change.session);
  });

  it('keeps its recipients across /_sim/reset and lists them', async () => {
    await admin.reset(42);
    const listed = await (await admin.call('/_sim/bomgar/outbound-recipients')).json();
    expect(listed).toEqual({ urls: [`${receiver.url}/bomgar?token=s3cret`] });
    expect((await put('/_sim/bomgar/outbound-recipients', { urls: ['ftp://x'] })).status).toBe(400);
  });
});

describe('GoToAssist status callbacks', () => {
  it('posts the session record when the customer joins and when it ends, to the default URL for scenario sessions', async () => {
    expect((await put('/_sim/gotoassist/callback-url', { url: `${receiver.url}/gotoassist?token=t` })).status).toBe(200);
    const waiting = await inject({ vendor: 'gotoassist', kind: 'session-waiting', queue: 'VIP Portal', customerName: 'Fox Mulder' });
    expect(waiting.json.pushes).toEqual([]);
    const sessionId = waiting.json.change.session as string;
    const status = await inject({ vendor: 'gotoassist', kind: 'agent-status', agent: 'AGENT@switchboard.test', status: 'available' });
    expect(status.json.change).toMatchObject({ agent: 'agent@switchboard.test', from: 'offline', status: 'available' });
    expect((await inject({ vendor: 'gotoassist', kind: 'session-start', session: sessionId, agent: 'agent@switchboard.test' })).status).toBe(200);
    await inject({ vendor: 'gotoassist', kind: 'session-end', session: sessionId, rating: 1, comment: 'never again' });
    const pushes = receiver.pushes('/gotoassist');
    expect(pushes.map((push) => push.url)).toEqual(['/gotoassist?token=t', '/gotoassist?token=t']);
    expect(pushes[0]!.headers['content-type']).toBe('application/json');
    const [joined, ended] = pushes.map((push) => JSON.parse(push.body));
    expect(joined).toMatchObject({ sessionId, sessionType: 'screen_sharing', status: 'active', customerName: 'Fox Mulder', expertEmail: 'agent@switchboard.test', portalName: 'VIP Portal', endedAt: null });
    expect(typeof joined.expertUserKey).toBe('string');
    expect(ended).toMatchObject({ sessionId, status: 'complete', rating: 1, feedback: 'never again', resolution: 'unresolved' });
    expect(ended.endedAt).toMatch(/Z$/);
  });

  it("prefers a session's own sessionStatusCallbackUrl", async () => {
    const token = await gotoToken();
    const created = await fetch(`${sim.url}/goto/G2A/rest/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sessionType: 'screen_sharing', sessionStatusCallbackUrl: `${receiver.url}/own`, customerName: 'Walter Skinner' }),
    });
    const { sessionId } = (await created.json()) as { sessionId: string };
    await inject({ vendor: 'gotoassist', kind: 'session-start', session: sessionId });
    expect(receiver.pushes('/own').map((push) => JSON.parse(push.body).status)).toEqual(['active']);
  });
});

describe('GoToWebinar webhooks', () => {
  const SECRET = 'f1679e36-17fe-48fa-93da-44195fd9e293';

  async function g2w(method: string, path: string, token: string, body?: unknown) {
    const response = await fetch(`${sim.url}/goto/G2W/rest/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? (parse(text) as any) : undefined, text };
  }

  /** Registers, activates and subscribes one webhook, as an integration does. */
  async function subscribe(token: string, eventName: string, path: string): Promise<string> {
    const created = await g2w('POST', '/webhooks', token, [{ callbackUrl: `${receiver.url}${path}`, eventName, eventVersion: '1.0.0', product: 'g2w' }]);
    expect(created.status).toBe(201);
    const webhook = created.json._embedded.webhooks[0];
    expect(webhook).toMatchObject({ eventName, product: 'g2w', state: 'INACTIVE' });
    expect((await g2w('PUT', '/webhooks', token, [{ webhookKey: webhook.webhookKey, state: 'ACTIVE' }])).status).toBe(204);
    const subscribed = await g2w('POST', '/userSubscriptions', token, [{ webhookKey: webhook.webhookKey, userSubscriptionState: 'ACTIVE' }]);
    expect(subscribed.status).toBe(201);
    expect(subscribed.json._embedded.userSubscriptions[0]).toMatchObject({ webhookKey: webhook.webhookKey, activationState: 'ACTIVE', callbackUrl: `${receiver.url}${path}` });
    return webhook.webhookKey as string;
  }

  it('registers through the v2 API and delivers signed registrant and webinar events', async () => {
    const token = await gotoToken();
    expect((await put('/_sim/gotowebinar/secret-key', { value: SECRET })).status).toBe(200);
    await subscribe(token, 'registrant.added', '/g2w/added');
    await subscribe(token, 'webinar.created', '/g2w/created');
    // GoTo checks the callback URL with a GET first.
    expect(receiver.received.filter((request) => request.method === 'GET').map((request) => request.url)).toEqual(['/g2w/added', '/g2w/created']);

    const added = await inject({ vendor: 'gotowebinar', kind: 'registrant-added', email: 'jane.doe@example.com', firstName: 'Jane', lastName: 'Doe' });
    expect(added.status).toBe(200);
    const [push] = receiver.pushes('/g2w/added');
    const timestamp = push!.headers['x-webhook-signature-timestamp'] as string;
    expect(push!.headers['x-webhook-signature']).toBe(createHmac('sha256', SECRET).update(`${timestamp}:${push!.body}`).digest('base64'));
    const event = parse(push!.body) as any;
    expect(event).toMatchObject({ eventName: 'registrant.added', eventVersion: '1.0.0', product: 'g2w', firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com', status: 'APPROVED' });
    // Keys are int64 numbers above 2^53, as in GoTo's sample payloads.
    expect(/"registrantKey":\d{16,}/.test(push!.body)).toBe(true);
    expect(String(event.webinarKey)).toBe(added.json.change.webinar);

    // The real API's own writes send events too.
    const { organizer_key: organizerKey } = await gotoSignIn();
    const webinar = await g2w('POST', `/organizers/${organizerKey}/webinars`, token, {
      subject: 'Quarterly review',
      times: [{ startTime: '2026-02-01T16:00:00Z', endTime: '2026-02-01T17:00:00Z' }],
    });
    expect(webinar.status).toBe(201);
    // A vendor API call's pushes are in flight when it answers; listing the deliveries waits for them.
    const deliveries = (await (await admin.call('/_sim/pushes?vendor=gotowebinar')).json()).deliveries;
    expect(deliveries.map((delivery: { event: string; status: number }) => [delivery.event, delivery.status])).toEqual([['registrant.added', 200], ['webinar.created', 200]]);
    const created = receiver.pushes('/g2w/created').map((p) => parse(p.body) as any);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ eventName: 'webinar.created', webinarTitle: 'Quarterly review', status: 'NEW', times: [{ startTime: '2026-02-01T16:00:00Z', endTime: '2026-02-01T17:00:00Z' }] });
  });

  it('sends nothing for an inactive webhook and refuses a callback URL that does not answer GET with 200', async () => {
    const token = await gotoToken();
    const created = await g2w('POST', '/webhooks', token, [{ callbackUrl: `${receiver.url}/g2w/joined`, eventName: 'registrant.joined', eventVersion: '1.0.0', product: 'g2w' }]);
    await g2w('POST', '/userSubscriptions', token, [{ webhookKey: created.json._embedded.webhooks[0].webhookKey }]);
    await inject({ vendor: 'gotowebinar', kind: 'registrant-joined' });
    expect(receiver.pushes('/g2w/joined')).toEqual([]);

    receiver.answer(404, { once: true });
    const refused = await g2w('POST', '/webhooks', token, [{ callbackUrl: `${receiver.url}/nope?secret=x`, eventName: 'webinar.changed', eventVersion: '1.0.0', product: 'g2w' }]);
    expect(refused.status).toBe(400);
    expect(refused.json.description).toBe(`callbackUrl ${receiver.url}/nope must answer 200 to a GET (it answered 404)`);
    expect((await g2w('POST', '/webhooks', token, [{ callbackUrl: receiver.url, eventName: 'webinar.deleted', eventVersion: '1.0.0', product: 'g2w' }])).json.description).toMatch(/^\[0\]\.eventName must be one of/);
  });
});

describe('Ameyo call pushes', () => {
  beforeEach(() => admin.reset(42));

  it('rings, answers and ends calls through the CRM URL', async () => {
    await fetch(`${sim.url}/ameyo/simulator/crm-url`, { method: 'POST', body: JSON.stringify({ url: `${receiver.url}/ameyo?token=a` }) });
    const rang = await inject({ vendor: 'ameyo', kind: 'call-ring', phone: '+14155550123', ivrTicketId: '12345', agent: 'agent' });
    expect(rang.json.change).toMatchObject({ kind: 'call-ring', phone: '14155550123', agent: 'agent' });
    await inject({ vendor: 'ameyo', kind: 'call-end', call: rang.json.change.call });
    const pushes = receiver.pushes('/ameyo').map((push) => new URL(push.url, receiver.url).searchParams);
    expect(pushes.map((params) => params.get('token'))).toEqual(['a', 'a']);
    expect(pushes[0]!.get('callType')).toBe('inbound.call.dial');
    expect(JSON.parse(pushes[0]!.get('customerInfo')!)).toMatchObject({ ivrTicketId: '12345' });
    expect(pushes[1]!.get('hangupFirst')).toBe('customer');
    expect(pushes[1]!.get('crtObjectId')).toBe(rang.json.change.call);
  });

  it('queues a call nobody can take and pushes it again when an agent answers', async () => {
    await fetch(`${sim.url}/ameyo/simulator/crm-url`, { method: 'POST', body: JSON.stringify({ url: `${receiver.url}/ameyo` }) });
    for (const agent of await executives()) await inject({ vendor: 'ameyo', kind: 'agent-status', agent, status: 'break' });
    const rang = await inject({ vendor: 'ameyo', kind: 'call-ring', phone: '14155550150' });
    expect(rang.json.change.agent).toBeNull();
    expect((await inject({ vendor: 'ameyo', kind: 'call-answer' })).json).toEqual({ error: 'agent: no available agent can take the call' });
    await inject({ vendor: 'ameyo', kind: 'agent-status', agent: 'agent@switchboard.test', status: 'available' });
    const answered = await inject({ vendor: 'ameyo', kind: 'call-answer' });
    expect(answered.json.change).toMatchObject({ kind: 'call-answer', call: rang.json.change.call, agent: 'agent' });
    const connects = receiver.pushes('/ameyo').map((push) => new URL(push.url, receiver.url).searchParams);
    expect(connects.map((params) => [params.get('crtObjectId'), params.get('userId')])).toEqual([
      [rang.json.change.call, ''],
      [rang.json.change.call, 'agent'],
    ]);
  });
});

describe('outage', () => {
  it("holds Bomgar's events while it is down and delivers them on recovery; GoToAssist's are dropped", async () => {
    await put('/_sim/bomgar/outbound-recipients', { urls: [`${receiver.url}/bomgar`] });
    await put('/_sim/gotoassist/callback-url', { url: `${receiver.url}/gotoassist` });
    expect((await admin.call('/_sim/scenario', { name: 'outage', vendor: 'bomgar', outageMs: 60_000, rate: 0.1, realTime: false })).status).toBe(201);
    const during = await inject({ vendor: 'bomgar', kind: 'session-waiting' });
    expect(during.json.pushes).toEqual([]);
    expect(receiver.pushes('/bomgar')).toEqual([]);
    await admin.call('/_sim/clock', { advanceMs: 60_000 });
    expect(receiver.pushes('/bomgar').map((push) => form(push.body).lsid)).toEqual([during.json.change.session]);

    await admin.call('/_sim/scenario', { name: 'outage', vendor: 'gotoassist', outageMs: 60_000, rate: 0.1, realTime: false });
    const waiting = await inject({ vendor: 'gotoassist', kind: 'session-waiting' });
    const joined = await inject({ vendor: 'gotoassist', kind: 'session-start', session: waiting.json.change.session });
    expect(joined.json.pushes).toEqual([expect.objectContaining({ status: 0, error: 'not sent: the vendor is down (outage scenario)' })]);
    await admin.call('/_sim/clock', { advanceMs: 60_000 });
    expect(receiver.pushes('/gotoassist')).toEqual([]);
  });
});
