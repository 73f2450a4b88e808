import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createAmeyoClient } from '../clients/ameyo/client.js';
import { UpstreamError } from '../clients/transport/errors.js';
import { useFreshSimulator } from './support/fresh-simulator.js';

const sim = useFreshSimulator(42);
const client = (password = 'simulator-password') =>
  createAmeyoClient({ baseUrl: `${sim().url}/ameyo`, userId: 'switchboard', password, transport: { retries: 0 } });

async function command(name: string, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${sim().url}/ameyo/ameyowebaccess/command?command=${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ data: JSON.stringify(data) }),
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('Ameyo client', () => {
  it('signs in once and reuses the session for commands and REST calls', async () => {
    const ameyo = client();
    expect(await ameyo.ping()).toBe(true);
    const users = await ameyo.listUsers();
    expect(users).toContainEqual({ userId: 'agent', userName: 'Avery Agent', userType: 'Executive', emailId: 'agent@switchboard.test' });
    const states = await ameyo.agentStates('3');
    expect(states.find((s) => s.userId === 'agent')?.state).toBe('available');
    expect(await ameyo.queueStats('3')).toMatchObject({ campaignId: '3', waitingCalls: 0 });
    const journal = (await (await fetch(`${sim().url}/_sim/journal?vendor=ameyo`)).json()) as { entries: { query: string }[] };
    expect(journal.entries.filter((e) => e.query === 'command=login')).toHaveLength(1);
  });

  it('signs in again when Ameyo says the session is invalid, for commands and for REST', async () => {
    const ameyo = client();
    await ameyo.ping();
    // Another party ends every session (a restart of the app server).
    await fetch(`${sim().url}/_sim/reset`, { method: 'POST', body: '{}' });
    expect(await ameyo.ping()).toBe(true);
    await fetch(`${sim().url}/_sim/reset`, { method: 'POST', body: '{}' });
    expect((await ameyo.listUsers()).length).toBeGreaterThan(0);
    const journal = (await (await fetch(`${sim().url}/_sim/journal?vendor=ameyo`)).json()) as { entries: { path: string; query: string; status: number }[] };
    expect(journal.entries.map((e) => `${e.status} ${e.query || e.path}`)).toEqual([
      '401 /ameyo/ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers',
      '200 command=login',
      '200 /ameyo/ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers',
    ]);
  });

  it('dials, schedules a callback and disposes, with Ameyo’s own refusals as typed errors', async () => {
    const ameyo = client();
    const placed = await ameyo.manualDial({ campaignId: '5', phone: '+14155550123', userId: 'agent' });
    expect(placed.crtObjectId).toMatch(/-vce-\d+$/);
    const { now } = (await (await fetch(`${sim().url}/_sim/clock`)).json()) as { now: string };
    const { callbackId } = await ameyo.addCallback({ campaignId: '5', phone: '+14155550123', callbackAt: new Date(Date.parse(now) + 60_000), userId: 'agent', customerId: placed.customerId });
    expect(callbackId).toContain('-cm-');
    await ameyo.dispose({ phone: '+14155550123', campaignId: '5', crtObjectId: placed.crtObjectId, userCrtObjectId: placed.userCrtObjectId, customerId: placed.customerId, dispositionCode: 'Resolved' });
    const again = await ameyo
      .dispose({ phone: '14155550123', campaignId: '5', crtObjectId: placed.crtObjectId, userCrtObjectId: placed.userCrtObjectId, customerId: placed.customerId, dispositionCode: 'Resolved' })
      .catch((error: unknown) => error);
    expect(again).toBeInstanceOf(UpstreamError);
    expect(again).toMatchObject({ code: 'UPSTREAM_REJECTED', vendor: 'ameyo', vendorMessage: 'Call is already disposed' });
  });

  it('keeps the password and session out of errors', async () => {
    const secret = 'a-wrong-password-123';
    const error = await client(secret).ping().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_REJECTED', vendorMessage: 'Invalid Credentials' });
    for (const text of [JSON.stringify(error), String(error), (error as Error).stack ?? '', inspect(error)]) expect(text).not.toContain(secret);
    // The session id travels in the form body and the query, which errors never show.
    const ameyo = client();
    const refused = await ameyo.manualDial({ campaignId: '99', phone: '14155550123' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'UPSTREAM_REJECTED', vendorMessage: 'Invalid campaignId' });
    const sessions = (await command('login', { userId: 'switchboard', password: 'simulator-password' })) as { sessionId: string };
    expect(inspect(refused)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{16}-[0-9a-f]{4}/);
    expect(sessions.sessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{16}-[0-9a-f]{4}$/);
  });

  it('sends addCallback as public integrations do, deletes the callback, and downloads a recording once the call ended', async () => {
    const ameyo = client();
    const { now } = (await (await fetch(`${sim().url}/_sim/clock`)).json()) as { now: string };
    const at = new Date(Date.parse(now) + 3_600_000);
    const self = await ameyo.addCallback({ campaignId: '3', phone: '+14155550123', callbackAt: at, userId: 'agent', customerId: '4711' });
    const anyAgent = await ameyo.addCallback({ campaignId: '3', phone: '+14155550124', callbackAt: at });
    const { callbacks } = (await (await fetch(`${sim().url}/ameyo/simulator/callbacks`)).json()) as { callbacks: Record<string, unknown>[] };
    expect(callbacks).toEqual([
      expect.objectContaining({ customerCallbackId: self.callbackId, campaignId: '3', phone: '14155550123', userId: 'agent', selfCallback: true, customerId: '4711', callbackAtMs: at.getTime() }),
      expect.objectContaining({ customerCallbackId: anyAgent.callbackId, phone: '14155550124', userId: null, selfCallback: false, handlerType: 'voice.campaign.callback.handler' }),
    ]);
    expect(await ameyo.deleteCallback(self.callbackId)).toBe(true);
    expect(await ameyo.deleteCallback(self.callbackId)).toBe(false);

    const placed = await ameyo.manualDial({ campaignId: '5', phone: '+14155550125', userId: 'agent' });
    expect(await ameyo.downloadVoiceLog({ campaignId: '5', crtObjectId: placed.crtObjectId })).toBeNull();
    await fetch(`${sim().url}/ameyo/simulator/calls/${placed.crtObjectId}/hangup`, { method: 'POST', body: '{}' });
    const recording = await ameyo.downloadVoiceLog({ campaignId: '5', crtObjectId: placed.crtObjectId });
    expect(recording?.contentType).toBe('audio/mpeg');
    expect(Buffer.from(recording!.bytes).subarray(0, 3).toString()).toBe('ID3');
  });
});
