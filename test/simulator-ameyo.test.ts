import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFreshSimulator } from './support/fresh-simulator.js';

const sim = useFreshSimulator(42);
const base = (): string => `${sim().url}/ameyo`;

/** A stand-in CRM: records every request Ameyo makes to its CRM URL. */
let crm: Server;
let crmUrl: string;
const received: URL[] = [];
beforeAll(async () => {
  crm = createServer((req: IncomingMessage, res) => {
    received.push(new URL(req.url ?? '/', 'http://crm'));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success"}');
  });
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
  crmUrl = `http://127.0.0.1:${(crm.address() as AddressInfo).port}/crm?token=abc`;
});
afterAll(() => new Promise<void>((resolve) => crm.close(() => resolve())));

async function command(name: string, data: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base()}/ameyowebaccess/command?command=${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ data: JSON.stringify(data) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function control(path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base()}/simulator${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function supervisorSession(): Promise<string> {
  const { body } = await command('login', { userId: 'switchboard', password: 'simulator-password', terminal: 't1' });
  return String(body['sessionId']);
}

describe('Ameyo command API', () => {
  it('logs in, pings, and logs out; a dead session answers "Invalid session Id" with HTTP 200', async () => {
    const login = await command('login', { userId: 'agent', password: 'simulator-password', terminal: 't1' });
    expect(login.status).toBe(200);
    const sessionId = String(login.body['sessionId']);
    expect(sessionId).toMatch(/\S{8,}/);
    expect((await command('ping-session', { sessionId, sessionPushSeqNo: '0' })).body).toMatchObject({ alive: true, serverTime: expect.any(Number) });
    expect((await command('logout', { sessionId })).body).toEqual({ status: 'success' });
    expect(await command('ping-session', { sessionId, sessionPushSeqNo: '0' })).toEqual({ status: 200, body: { status: 'error', reason: 'Invalid session Id', details: 'Invalid session Id' } });
  });

  it('refuses a wrong password and a second agent login unless forced', async () => {
    expect((await command('login', { userId: 'agent', password: 'nope' })).body).toEqual({ status: 'error', reason: 'Invalid Credentials', details: 'Invalid Credentials' });
    const first = String((await command('login', { userId: 'agent', password: 'simulator-password' })).body['sessionId']);
    expect((await command('login', { userId: 'agent', password: 'simulator-password' })).body['status']).toBe('error');
    const forced = await command('force-login', { userId: 'agent', password: 'simulator-password' });
    expect(forced.body['sessionId']).toBeTypeOf('string');
    // Forcing ends the agent's old session.
    expect((await command('ping-session', { sessionId: first })).body['reason']).toBe('Invalid session Id');
  });

  it('manual-dial places a call and pushes it to the CRM URL with Ameyo parameters', async () => {
    await control('/crm-url', { url: crmUrl });
    received.length = 0;
    const sessionId = await supervisorSession();
    const dial = await command('manual-dial', { campaignId: '5', sessionId, phone: '14155550123', userId: 'agent' });
    expect(dial.body).toMatchObject({ status: 'success', crtObjectId: expect.stringMatching(/-vce-\d+$/) });
    const crtObjectId = String(dial.body['crtObjectId']);
    await control(`/calls/${crtObjectId}`);
    const push = received.find((url) => url.searchParams.get('crtObjectId') === crtObjectId)!;
    expect(push.searchParams.get('token')).toBe('abc');
    expect(Object.fromEntries(push.searchParams)).toMatchObject({ phone: '14155550123', campaignId: '5', userId: 'agent', callType: 'outbound.manual.dial' });
    for (const name of ['userCrtObjectId', 'customerId', 'sessionId', 'customerInfo', 'dstPhone', 'srcPhone']) expect(push.searchParams.has(name)).toBe(true);
    // The agent is now busy, so a second dial for them is refused.
    expect((await command('manual-dial', { campaignId: '5', sessionId, phone: '14155550124', userId: 'agent' })).body['status']).toBe('error');
  });

  it('addCallback takes the payload public integrations send, and refuses the past naming the field', async () => {
    const sessionId = await supervisorSession();
    const { now } = (await (await fetch(`${sim().url}/_sim/clock`)).json()) as { now: string };
    const real = {
      sessionId,
      campaignId: 3,
      callBackTime: String(Date.parse(now) + 3_600_000),
      isSelfCallBack: 'true',
      userId: 'agent',
      callBackHandlerType: 'voice.campaign.callback.handler',
      callBackProperties: { phone: '14155550123', customerId: '4711' },
    };
    const added = await command('addCallback', real);
    expect(added.body).toEqual({ status: 'success', customerCallbackId: expect.stringMatching(/^[0-9a-f]{4}-[0-9a-f]{8}-cm-[0-9a-f]{8}-\d+$/) });
    // A campaign callback (not self) in Ameyo's own time format.
    const inAnHour = new Date(Date.parse(now) + 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect((await command('addCallback', { ...real, isSelfCallBack: false, callBackTime: inAnHour })).body['status']).toBe('success');
    expect((await command('addCallback', { ...real, callBackTime: String(Date.parse(now) - 1000) })).body).toEqual({ status: 'error', reason: 'callBackTime is in the past', details: 'callBackTime is in the past' });
    expect((await command('addCallback', { ...real, callBackProperties: {}, phone: '14155550123' })).body).toMatchObject({ reason: 'Invalid phone number', details: expect.stringContaining('callBackProperties.phone') });
    const { callbacks } = (await control('/callbacks')).body as { callbacks: Record<string, unknown>[] };
    expect(callbacks).toEqual([
      expect.objectContaining({ customerCallbackId: added.body['customerCallbackId'], campaignId: '3', phone: '14155550123', userId: 'agent', selfCallback: true, customerId: '4711' }),
      // yyyy-MM-dd HH:mm:ss carries whole seconds.
      expect.objectContaining({ userId: null, selfCallback: false, callbackAtMs: Math.floor((Date.parse(now) + 3_600_000) / 1000) * 1000 }),
    ]);
  });

  it('uploadContacts stores customer records under a lead; uploadContactAndAddCallback takes hash-key auth and adds callbacks', async () => {
    const sessionId = await supervisorSession();
    const upload = await command('uploadContacts', {
      campaignId: '5',
      leadId: 12,
      sessionId,
      properties: { 'update.customer': true, 'migrate.customer': true },
      Status: 'NOT_TRIED',
      customerRecords: [{ phone1: '14155550123', name: 'Dana' }, { phone1: 'none' }],
    });
    expect(upload.body).toEqual({
      beanResponse: [
        { customerId: expect.any(Number), inserted: true, exception: null },
        { customerId: null, inserted: false, exception: expect.stringContaining('phone1') },
      ],
    });
    expect((await command('uploadContacts', { campaignId: '5', leadId: 12, customerRecords: [{ phone1: '14155550123' }] })).body['reason']).toBe('Invalid session Id');

    const data = { campaignId: 374, leadId: 43369, status: 'NOT_TRIED', properties: { 'update.customer': true }, attempts: 0, customerAndCallbackRecords: [{ customerRecord: { phone1: '14155550199', ticket_id: '77' } }] };
    const send = (headers: Record<string, string>, payload: unknown) =>
      fetch(`${base()}/ameyowebaccess/command?command=uploadContactAndAddCallback`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'requesting-host': 'crm', ...headers },
        body: new URLSearchParams({ data: JSON.stringify(payload) }),
      });
    const auth = { 'hash-key': 'simulator-hash-key', 'policy-name': 'token-based-authorization-policy' };
    expect(await (await send({ ...auth, 'hash-key': 'wrong' }, { ...data, campaignId: 3 })).text()).toBe('null');
    expect(await (await send(auth, data)).json()).toMatchObject({ reason: 'Invalid campaignId' });
    const added = (await (await send(auth, { ...data, campaignId: 3 })).json()) as { beanResponse: { customerId: number; customerCallbackId: string }[] };
    expect(added.beanResponse).toEqual([{ customerId: expect.any(Number), inserted: true, exception: null, customerCallbackId: expect.stringContaining('-cm-') }]);
    const listed = await fetch(`${base()}/ameyorestapi/voice/customerCallbacks/getFiltered?offset=0&campaignId=3&limit=10`, { headers: { sessionId } });
    expect(await listed.json()).toEqual([expect.objectContaining({ customerCallbackId: added.beanResponse[0]!.customerCallbackId, campaignId: 3, phone: '14155550199', customerId: String(added.beanResponse[0]!.customerId), selfCallback: false })]);
  });

  it('downloadVoiceLog serves an ended call’s recording on the command API (single-quoted data, hash-key) and the REST API', async () => {
    await control('/crm-url', { url: crmUrl });
    const placed = await control('/calls', { phone: '14155550123', campaignId: '3', userId: 'agent' });
    const crtObjectId = String(placed.body['crtObjectId']);
    const auth = { 'hash-key': 'simulator-hash-key', 'policy-name': 'token-based-authorization-policy', 'requesting-host': 'crm' };
    const voiceLog = (id: string, headers: Record<string, string> = auth) =>
      fetch(`${base()}/ameyowebaccess/command?command=downloadVoiceLog&data=${encodeURIComponent(`{'crtObjectId':'${id}','targetFormat':'mp3'}`)}`, { headers });
    const running = await voiceLog(crtObjectId);
    expect([running.status, (await running.arrayBuffer()).byteLength]).toEqual([200, 0]);
    await control(`/calls/${crtObjectId}/hangup`, {});
    const audio = await voiceLog(crtObjectId);
    expect(audio.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await audio.arrayBuffer()).subarray(0, 3).toString()).toBe('ID3');
    expect(await (await voiceLog(crtObjectId, {})).text()).toBe('null');
    expect(await (await voiceLog('nope-vce-0')).json()).toMatchObject({ status: 'error', reason: 'Invalid crtObjectId' });

    const sessionId = await supervisorSession();
    const rest = (query: string) => fetch(`${base()}/ameyorestapi/cc/downloadVoiceLog?${query}`, { headers: { sessionId } });
    const viaRest = await rest(`campaignId=3&crtObjectId=${crtObjectId}&targetFormat=mp3&filters=%7BcallId%3Ax%7D`);
    expect([viaRest.status, viaRest.headers.get('content-type')]).toEqual([200, 'audio/mpeg']);
    expect((await rest(`campaignId=7&crtObjectId=${crtObjectId}&targetFormat=mp3`)).status).toBe(404);
  });
});

describe('Ameyo REST API', () => {
  it('logs in and lists contact-centre users with the session header; no session is a 401', async () => {
    const login = await fetch(`${base()}/ameyorestapi/userLogin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ domain: 'cc', userId: 'switchboard', token: 'simulator-password', forceLogin: false }),
    });
    expect(login.status).toBe(200);
    const { sessionId } = (await login.json()) as { sessionId: string };
    const users = await fetch(`${base()}/ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers`, { headers: { sessionId } });
    const list = (await users.json()) as { userId: string; emailId: string; userType: string }[];
    expect(list).toContainEqual(expect.objectContaining({ userId: 'agent', emailId: 'agent@switchboard.test', userType: 'Executive' }));
    const refused = await fetch(`${base()}/ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ status: 'error', reason: 'Invalid session Id', details: 'Invalid session Id' });
  });

  it('models agent states and queue stats per campaign', async () => {
    const sessionId = await supervisorSession();
    const states = (await (await fetch(`${base()}/ameyorestapi/cc/agentStates?campaignId=3`, { headers: { sessionId } })).json()) as { userId: string; state: string }[];
    expect(states).toContainEqual(expect.objectContaining({ userId: 'agent', state: 'available', campaignId: '3' }));
    const before = (await (await fetch(`${base()}/ameyorestapi/cc/queueStats?campaignId=3`, { headers: { sessionId } })).json()) as Record<string, number>;
    expect(before).toMatchObject({ campaignId: '3', waitingCalls: 0 });
    await control('/crm-url', { url: crmUrl });
    await control('/calls', { phone: '14155550123', campaignId: '3', userId: 'agent' });
    const busy = (await (await fetch(`${base()}/ameyorestapi/cc/agentStates?campaignId=3`, { headers: { sessionId } })).json()) as { userId: string; state: string }[];
    expect(busy.find((a) => a.userId === 'agent')?.state).toBe('busy');
    const after = (await (await fetch(`${base()}/ameyorestapi/cc/queueStats?campaignId=3`, { headers: { sessionId } })).json()) as Record<string, number>;
    expect(after['agentsAvailable']).toBe(before['agentsAvailable']! - 1);
  });
});

describe('Ameyo calls', () => {
  it('pushes an inbound call with the IVR input in customerInfo, then the post-call data on hang-up and disposal', async () => {
    await control('/crm-url', { url: crmUrl });
    received.length = 0;
    const placed = await control('/calls', { phone: '14155550123', campaignId: '3', ivrTicketId: '19856122753300' });
    expect(placed.status).toBe(201);
    const crtObjectId = String(placed.body['crtObjectId']);
    const connect = received[0]!;
    expect(connect.searchParams.get('callType')).toBe('inbound.call.dial');
    expect(JSON.parse(connect.searchParams.get('customerInfo')!)).toMatchObject({ ivrTicketId: '19856122753300' });

    const ended = await control(`/calls/${crtObjectId}/hangup`, { holdSeconds: 4 });
    expect(ended.body['endedAt']).toBeTypeOf('string');
    const postCall = received[1]!;
    expect(Object.fromEntries(postCall.searchParams)).toMatchObject({ crtObjectId, holdTime: '4', systemDisposition: 'CONNECTED', dispositionCode: '', hangupFirst: 'customer' });
    for (const name of ['talkTime', 'ringingTime', 'ivrTime', 'callStartTime', 'callEndTime', 'recordingFileUrl', 'callId']) expect(postCall.searchParams.get(name)).not.toBeNull();
    const recording = await fetch(postCall.searchParams.get('recordingFileUrl')!);
    expect(recording.headers.get('content-type')).toBe('audio/mpeg');

    const sessionId = await supervisorSession();
    const q = new URLSearchParams({ phone: '14155550123', campaignId: '3', crtObjectId, userCrtObjectId: String(placed.body['crtObjectId']), customerId: '1', sessionId });
    const bad = await (await fetch(`${base()}/dacx/dispose?${q}&dispositionCode=Nope`)).json();
    expect(bad).toEqual({ status: 'error', reason: 'Invalid dispositionCode Nope', details: 'Invalid dispositionCode Nope' });
    const good = await (await fetch(`${base()}/dacx/dispose?${q}&dispositionCode=Resolved`)).json();
    expect(good).toMatchObject({ status: 'success' });
    await control(`/calls/${crtObjectId}`);
    expect(received[2]!.searchParams.get('dispositionCode')).toBe('Resolved');
  });

  it('lists callbacks of a campaign page by page and deletes one, answering "ok"', async () => {
    const sessionId = await supervisorSession();
    const { now } = (await (await fetch(`${sim().url}/_sim/clock`)).json()) as { now: string };
    const ids: string[] = [];
    for (const phone of ['14155550101', '14155550102', '14155550103']) {
      const added = await command('addCallback', { sessionId, campaignId: 7, callBackTime: Date.parse(now) + 60_000, isSelfCallBack: 'false', userId: 'switchboard', callBackHandlerType: 'voice.campaign.callback.handler', callBackProperties: { phone } });
      ids.push(String(added.body['customerCallbackId']));
    }
    const page = (offset: number, limit: number) =>
      fetch(`${base()}/ameyorestapi/voice/customerCallbacks/getFiltered?offset=${offset}&campaignId=7&limit=${limit}`, { headers: { sessionId } }).then((r) => r.json() as Promise<{ customerCallbackId: string; callbackTime: number; dateAdded: number }[]>);
    const second = await page(1, 1);
    expect(second).toEqual([expect.objectContaining({ customerCallbackId: ids[1], campaignId: 7, phone: '14155550102', callbackTime: Date.parse(now) + 60_000 })]);
    expect(second[0]!.dateAdded).toBeGreaterThanOrEqual(Date.parse(now));
    const remove = (id: string, headers: Record<string, string> = { sessionId }) => fetch(`${base()}/ameyorestapi/voice/customerCallbacks/${id}`, { method: 'DELETE', headers });
    expect((await remove(ids[1]!, {})).status).toBe(401);
    const removed = await remove(ids[1]!);
    expect([removed.status, await removed.text()]).toEqual([200, 'ok']);
    expect((await page(0, 10)).map((c) => c.customerCallbackId)).toEqual([ids[0], ids[2]]);
    const again = await remove(ids[1]!);
    expect([again.status, await again.json()]).toEqual([404, { status: 'error', reason: 'Invalid customerCallbackId', details: `no callback ${ids[1]}` }]);
  });
});
