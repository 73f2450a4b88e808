import { randomBytes } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CallDocument,
  CompleteContactDocument,
  ContactCallsDocument,
  DialDocument,
  DisposeCallDocument,
  PreferredAgentForDocument,
  ScheduleCallbackDocument,
  ScreenPopDocument,
  StartSupportSessionDocument,
  TicketCallsDocument,
} from '../clients/graphql/generated/graphql.js';
import { ameyoCalls, incomingCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
let calls: ReturnType<typeof ameyoCalls>;

/** Campaign 7 is closed for the next two hours whenever the test runs (UTC, every day). */
function closedNow(): string {
  const hour = (new Date().getUTCHours() + 2) % 24;
  const pad = (h: number) => String(h).padStart(2, '0');
  return `7=Sun-Sat ${pad(hour)}:00-${pad((hour + 1) % 24)}:00 UTC`;
}

beforeAll(async () => {
  gw = await startGateway({ env: { AMEYO_CAMPAIGN_HOURS: closedNow() } });
  calls = ameyoCalls(gw);
});
afterAll(() => gw?.close());

interface ZendeskUser { id: number; name: string; phone: string | null; email: string | null; role: string; external_id: string | null }

async function zendesk<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${gw.simulatorUrl}/zendesk/api/v2${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}` },
  });
  return (await response.json()) as T;
}

async function endUsers(): Promise<ZendeskUser[]> {
  return (await zendesk<{ users: ZendeskUser[] }>('/users.json?per_page=100&page=2')).users
    .concat((await zendesk<{ users: ZendeskUser[] }>('/users.json?per_page=100&page=1')).users)
    .filter((user) => user.role === 'end-user');
}

/** The number as Ameyo sends it: country code and digits, no `+`. */
function ameyoDigits(stored: string): string {
  const region = /^0[1-9]/.test(stored.trim()) ? 'GB' : 'US';
  return parsePhoneNumberFromString(stored.replace(/^00/, '+'), region)!.number.slice(1);
}

/** A number no seed user has (fictional 555-01xx range, above the seed's). */
function unknownNumber(): string {
  return `1202555${String(1000 + (randomBytes(2).readUInt16BE() % 8999)).padStart(4, '0')}`;
}

/** An available agent other than Avery, from Ameyo's agent states. */
async function anotherAvailableAgent(): Promise<string> {
  const login = await fetch(`${gw.simulatorUrl}/ameyo/ameyorestapi/userLogin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'switchboard', token: 'simulator-password' }),
  });
  const { sessionId } = (await login.json()) as { sessionId: string };
  const states = (await (await fetch(`${gw.simulatorUrl}/ameyo/ameyorestapi/cc/agentStates?campaignId=3`, { headers: { sessionId } })).json()) as { userId: string; state: string }[];
  const other = states.find((agent) => agent.state === 'available' && agent.userId !== 'agent');
  if (!other) throw new Error('the seed has no second available agent');
  return other.userId;
}

/** Ends a call and frees its agent for the next test. */
async function finish(crtObjectId: string): Promise<void> {
  await calls.hangup(crtObjectId);
  const { body } = await gw.run(DisposeCallDocument, { callId: crtObjectId, code: 'Resolved' }, 'manager');
  expect(body.data?.disposeCall?.__typename).toBe('MutationDisposeCallSuccess');
  await calls.settled(crtObjectId);
}

describe('the inbound flow, through the simulator’s CRM push', () => {
  it('opens the ticket the caller typed in the IVR, with its requester', async () => {
    const [ticket] = (await zendesk<{ tickets: { id: number; requester_id: number }[] }>('/tickets.json?page[size]=1')).tickets;
    const call = await calls.ring({ phone: unknownNumber(), ivrTicketId: String(ticket!.id) });
    expect(call.pushes).toEqual([{ kind: 'connect', status: 200 }]);
    await gw.sim.clearJournal();
    const { body } = await gw.run(ScreenPopDocument, { callId: call.crtObjectId });
    expect(body.errors).toBeUndefined();
    const pop = body.data!.screenPop!;
    expect(pop.call).toMatchObject({ outcome: 'TICKET', ivrTicketNumber: String(ticket!.id), direction: 'INBOUND', campaign: '3' });
    expect(pop.ticket!.vendorId).toBe(String(ticket!.id));
    expect(pop.contact!.vendorId).toBe(String(ticket!.requester_id));
    expect(pop.recentTickets!.length).toBeGreaterThan(0);
    // Ticket and caller (show_many each), the caller's tickets (one search, shared by history,
    // sessions and preferred agent) and their assignees (one show_many): no more.
    const zendeskCalls = await gw.sim.journal('zendesk');
    expect(zendeskCalls.length, zendeskCalls.map((e) => e.path).join(', ')).toBeLessThanOrEqual(4);
    expect(zendeskCalls.filter((e) => e.path.endsWith('/search.json'))).toHaveLength(1);
    await finish(call.crtObjectId);
  });

  it('finds the contact by number however Zendesk stored it, with their tickets', async () => {
    const users = await endUsers();
    const formats = [/^\(\d{3}\) /, /^\d{3}\.\d{3}\./, /^020 /, /^1-\d{3}-/, /^\+44 20 /];
    for (const format of formats) {
      const user = users.find((u) => u.phone && format.test(u.phone))!;
      expect(user, `a seed user with a phone like ${format}`).toBeDefined();
      const call = await calls.ring({ phone: ameyoDigits(user.phone!) });
      await gw.sim.clearJournal();
      const { body } = await gw.run(ScreenPopDocument, { callId: call.crtObjectId });
      // The pop reads the contact the push stored on the call: no second search by number.
      const searches = (await gw.sim.journal('zendesk')).filter((entry) => entry.path.endsWith('/users/search.json'));
      expect(searches, user.phone!).toEqual([]);
      expect(body.data!.screenPop!.call.outcome, user.phone!).toBe('CONTACT');
      expect(body.data!.screenPop!.contact!.vendorId, user.phone!).toBe(String(user.id));
      expect(body.data!.screenPop!.ticket).toBeNull();
      await finish(call.crtObjectId);
    }
  });

  it('creates an unknown caller once, even when the same call is pushed twice at once', async () => {
    const phone = unknownNumber();
    const call = await calls.ring({ phone });
    const stored = (await gw.run(CallDocument, { id: call.crtObjectId })).body.data!.call!;
    expect(stored.outcome).toBe('NEW_CONTACT');
    expect(stored.contact!.phone).toBe(`+${phone}`);

    // Ameyo repeats a push (same interaction), twice at once: still one call, one contact.
    const second = unknownNumber();
    const crtObjectId = `dup-${randomBytes(4).toString('hex')}-vce-1`;
    const token = gw.app.config.ameyo.webhookSecret!;
    const push = () =>
      fetch(`${gw.url}/webhooks/ameyo?${new URLSearchParams({ token, phone: second, campaignId: '3', crtObjectId, userCrtObjectId: 'u1', userId: '', customerId: '9', sessionId: 's', callType: 'inbound.call.dial', customerInfo: '{}' })}`).then(
        async (response) => ({ status: response.status, body: (await response.json()) as { contactId: string | null } }),
      );
    await gw.sim.clearJournal();
    const [a, b] = await Promise.all([push(), push()]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    const creations = (await gw.sim.journal('zendesk')).filter((entry) => entry.method === 'POST');
    expect(creations.map((entry) => entry.path)).toEqual(['/zendesk/api/v2/users/create_or_update.json']);
    const found = await zendesk<{ users: ZendeskUser[] }>(`/users/search.json?external_id=${encodeURIComponent(`tel:+${second}`)}`);
    expect(found.users).toHaveLength(1);
    const row = (await gw.run(CallDocument, { id: crtObjectId })).body.data!.call!;
    expect(row.contact!.vendorId).toBe(String(found.users[0]!.id));
    await finish(call.crtObjectId);
  });

  it('opens a call-back ticket for a call outside the campaign’s hours', async () => {
    const user = (await endUsers()).find((u) => u.phone?.startsWith('+1 '))!;
    const call = await calls.ring({ phone: ameyoDigits(user.phone!), campaignId: '7' });
    const { body } = await gw.run(ScreenPopDocument, { callId: call.crtObjectId });
    const pop = body.data!.screenPop!;
    expect(pop.call.outcome).toBe('AFTER_HOURS');
    expect(pop.contact!.vendorId).toBe(String(user.id));
    expect(pop.ticket).toMatchObject({ priority: 'HIGH', requester: { vendorId: String(user.id) } });
    expect(pop.ticket!.tags).toEqual(expect.arrayContaining(['callback', 'after-hours']));
    expect(pop.ticket!.subject).toContain('Call-back requested');
    const listed = (await gw.run(TicketCallsDocument, { id: pop.ticket!.vendorId })).body.data!.ticket!;
    expect(listed.calls.map((c) => c.vendorId)).toEqual([call.crtObjectId]);
    if (call.userId) await finish(call.crtObjectId);
  });
});

describe('routing and context for the agent', () => {
  it('prefers the available agent handling the caller’s unsolved tickets', async () => {
    const me = (await zendesk<{ users: ZendeskUser[] }>('/users/search.json?query=agent@switchboard.test')).users[0]!;
    const all: { requester_id: number; assignee_id: number | null; status: string }[] = [];
    for (let after: string | null = null, page = 0; page < 5; page++) {
      const listing: { tickets: typeof all; meta: { has_more: boolean; after_cursor: string | null } } = await zendesk(`/tickets.json?page[size]=100${after ? `&page[after]=${after}` : ''}`);
      all.push(...listing.tickets);
      if (!listing.meta.has_more) break;
      after = listing.meta.after_cursor;
    }
    const unsolved = (t: { status: string }) => ['new', 'open', 'pending', 'hold'].includes(t.status);
    // A caller with a phone whose unsolved tickets are all Avery's (Avery is always available in Ameyo).
    const caller = (await endUsers()).find((user) => {
      const theirs = all.filter((t) => t.requester_id === user.id && unsolved(t));
      return user.phone && theirs.length > 0 && theirs.every((t) => t.assignee_id === me.id);
    });
    expect(caller, 'a seed caller whose unsolved tickets are all Avery’s').toBeDefined();

    const { body } = await gw.run(PreferredAgentForDocument, { phone: caller!.phone! });
    expect(body.errors).toBeUndefined();
    expect(body.data!.preferredAgentFor).toMatchObject({ email: 'agent@switchboard.test', name: 'Avery Agent' });
    expect(body.data!.preferredAgentFor!.identities).toContainEqual({ vendor: 'AMEYO', vendorId: 'agent', status: 'AVAILABLE' });

    // Avery on a call is not available for another: no preferred agent then.
    const call = await calls.ring({ phone: unknownNumber(), userId: 'agent' });
    expect((await gw.run(PreferredAgentForDocument, { phone: caller!.phone! })).body.data!.preferredAgentFor).toBeNull();
    await finish(call.crtObjectId);
  });

  it('shows the remote-support sessions open for the ticket the caller typed', async () => {
    const [ticket] = (await zendesk<{ tickets: { id: number }[] }>('/tickets.json?page[size]=3')).tickets.slice(2);
    const started = await gw.run(StartSupportSessionDocument, { input: { ticketId: String(ticket!.id), vendor: 'GOTO_ASSIST', customer: { name: 'Caller' } } }, 'agent');
    const result = started.body.data!.startSupportSession!;
    if (result.__typename !== 'MutationStartSupportSessionSuccess') throw new Error(JSON.stringify(result));
    const call = await calls.ring({ phone: unknownNumber(), ivrTicketId: String(ticket!.id) });
    const { body } = await gw.run(ScreenPopDocument, { callId: call.crtObjectId });
    expect(body.data!.screenPop!.openSupportSessions!.map((session) => session.id)).toContain(result.started.session!.id);
    if (call.userId) await finish(call.crtObjectId);
  });
});

describe('after the call', () => {
  it('stores the post-call data, the disposition, and lists the call under the contact', async () => {
    const user = (await endUsers()).find((u) => u.phone?.startsWith('('))!;
    const call = await calls.ring({ phone: ameyoDigits(user.phone!) });
    const hungUp = await calls.hangup(call.crtObjectId, { holdSeconds: 3 });
    const ended = (await gw.run(CallDocument, { id: call.crtObjectId })).body.data!.call!;
    expect(ended).toMatchObject({ holdSeconds: 3, systemDisposition: 'CONNECTED', disposition: null });
    // Ameyo's own times (to the second), not when the gateway heard of the call.
    const toSecond = (iso: string) => iso.replace(/\.\d+Z$/, 'Z');
    expect(ended.startedAt).toBe(toSecond(hungUp.connectedAt));
    expect(ended.endedAt).toBe(toSecond(hungUp.endedAt!));
    expect(ended.endedAt).toBeTypeOf('string');
    expect(ended.talkSeconds).toBeGreaterThanOrEqual(0);
    expect(ended.ringSeconds).toBeGreaterThan(0);
    expect(ended.recordingUrl).toMatch(/\/ameyo\/recordings\/.+\.mp3$/);

    const refused = (await gw.run(DisposeCallDocument, { callId: call.crtObjectId, code: 'Nope' }, 'manager')).body.data!.disposeCall!;
    expect(refused).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'code', message: 'Invalid dispositionCode Nope' }] });
    const disposed = (await gw.run(DisposeCallDocument, { callId: call.crtObjectId, code: 'Escalated' }, 'manager')).body.data!.disposeCall!;
    expect(disposed).toMatchObject({ __typename: 'MutationDisposeCallSuccess', call: { disposition: 'Escalated' } });
    const again = (await gw.run(DisposeCallDocument, { callId: call.crtObjectId, code: 'Resolved' }, 'manager')).body.data!.disposeCall!;
    expect(again).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'callId', message: 'Call is already disposed' }] });
    await calls.settled(call.crtObjectId);

    const { body } = await gw.run(ContactCallsDocument, { id: String(user.id) });
    expect(body.data!.contact!.calls[0]).toMatchObject({ vendorId: call.crtObjectId, disposition: 'Escalated' });
  });

  it('answers a disposition of a running call with the call as Ameyo ended it', async () => {
    const call = await calls.ring({ phone: unknownNumber() });
    const answered = (await gw.run(DisposeCallDocument, { callId: call.crtObjectId, code: 'Resolved' }, 'manager')).body.data!.disposeCall!;
    if (answered.__typename !== 'MutationDisposeCallSuccess') throw new Error(JSON.stringify(answered));
    // The disposition ended the call: its post-call data is in the answer, not only in a later read.
    expect(answered.call).toMatchObject({ disposition: 'Resolved', systemDisposition: expect.any(String) });
    expect(answered.call.endedAt).toBeTypeOf('string');
    expect(answered.call.talkSeconds).toBeTypeOf('number');
    await calls.settled(call.crtObjectId);
    expect((await gw.run(CallDocument, { id: call.crtObjectId })).body.data!.call).toMatchObject(answered.call);
  });

  it('schedules a callback at Ameyo, refusing a time in the past', async () => {
    const call = await calls.ring({ phone: unknownNumber() });
    const past = (await gw.run(ScheduleCallbackDocument, { callId: call.crtObjectId, at: '2020-01-01T00:00:00Z' }, 'manager')).body.data!.scheduleCallback!;
    expect(past).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'at' }] });
    const at = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const scheduled = (await gw.run(ScheduleCallbackDocument, { callId: call.crtObjectId, at }, 'manager')).body.data!.scheduleCallback!;
    expect(scheduled).toMatchObject({ __typename: 'MutationScheduleCallbackSuccess', call: { callbackAt: at } });
    if (scheduled.__typename !== 'MutationScheduleCallbackSuccess') throw new Error('not scheduled');
    const listed = (await (await fetch(`${gw.simulatorUrl}/ameyo/simulator/callbacks`)).json()) as { callbacks: { phone: string; callbackAt: string }[] };
    expect(listed.callbacks).toContainEqual(expect.objectContaining({ phone: scheduled.call.phone.slice(1), callbackAt: new Date(at).toISOString() }));
    const unknown = (await gw.run(ScheduleCallbackDocument, { callId: 'nope-1', at }, 'manager')).body.data!.scheduleCallback!;
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', resource: 'Call' });
    await finish(call.crtObjectId);
  });

  it('completes an unknown caller’s contact with the name and email the agent learnt', async () => {
    const call = await calls.ring({ phone: unknownNumber() });
    const before = (await gw.run(CallDocument, { id: call.crtObjectId })).body.data!.call!;
    const email = `caller.${randomBytes(3).toString('hex')}@example.com`;
    const bad = (await gw.run(CompleteContactDocument, { callId: call.crtObjectId, name: 'Jo', email: 'not-an-email' }, 'manager')).body.data!.completeContact!;
    expect(bad).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'email' }] });
    const done = (await gw.run(CompleteContactDocument, { callId: call.crtObjectId, name: 'Jo Caller', email }, 'manager')).body.data!.completeContact!;
    expect(done).toMatchObject({ __typename: 'MutationCompleteContactSuccess', contact: { vendorId: before.contact!.vendorId, name: 'Jo Caller', email } });
    await finish(call.crtObjectId);
  });
});

describe('click to call', () => {
  it('dials for the calling agent and stores the outbound call with the known contact', async () => {
    const user = (await endUsers()).find((u) => u.phone?.startsWith('+1 '))!;
    await gw.sim.clearJournal();
    const { body } = await gw.run(DialDocument, { phone: user.phone!, campaign: '5' }, 'agent');
    const dialled = body.data!.dial!;
    if (dialled.__typename !== 'MutationDialSuccess') throw new Error(JSON.stringify(dialled));
    expect(dialled.call).toMatchObject({ direction: 'OUTBOUND', callType: 'outbound.manual.dial', agentUserId: 'agent', campaign: '5' });
    expect(dialled.call.agent).toMatchObject({ name: 'Avery Agent', email: 'agent@switchboard.test' });
    // Whichever of the dial and the connect push stored the call first, the agent sees who they called.
    expect(dialled.call.contact?.vendorId).toBe(String(user.id));
    await calls.settled(dialled.call.vendorId);
    const stored = (await gw.run(CallDocument, { id: dialled.call.id })).body.data!.call!;
    expect(stored.contact!.vendorId).toBe(String(user.id));
    // The dial and Ameyo's connect push race to store the call: whichever wins links the contact, once.
    expect(stored.outcome).toBe('DIALLED');
    const journal = await gw.sim.journal('ameyo');
    expect(journal.filter((e) => e.query.includes('command=manual-dial'))).toHaveLength(1);

    const badPhone = (await gw.run(DialDocument, { phone: 'call me', campaign: '5' }, 'agent')).body.data!.dial!;
    expect(badPhone).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'phone' }] });
    const badCampaign = (await gw.run(DialDocument, { phone: '+14155550100', campaign: '99' }, 'agent')).body.data!.dial!;
    expect(badCampaign).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'campaign', message: 'no such Ameyo campaign' }] });
    // On a call already: Ameyo refuses, and the reason is about the agent, not the campaign.
    const busy = (await gw.run(DialDocument, { phone: '+14155550100', campaign: '5' }, 'agent')).body.data!.dial!;
    expect(busy).toMatchObject({ __typename: 'AgentNotReady', state: 'busy', message: 'You cannot dial now: you are on a call' });
    await finish(dialled.call.vendorId);
  });

  it('lets an agent act on their own calls only; a manager on any', async () => {
    const others = await calls.ring({ phone: unknownNumber(), userId: await anotherAvailableAgent() });
    const own = await calls.ring({ phone: unknownNumber(), userId: 'agent' });
    await calls.hangup(others.crtObjectId);
    await calls.hangup(own.crtObjectId);
    const refused = await gw.run(DisposeCallDocument, { callId: others.crtObjectId, code: 'Resolved' }, 'agent');
    expect(refused.body.errors![0]).toMatchObject({ message: "disposeCall on another agent's call needs the manager role", extensions: { code: 'FORBIDDEN' } });
    const callback = await gw.run(ScheduleCallbackDocument, { callId: others.crtObjectId, at: new Date(Date.now() + 3_600_000).toISOString() }, 'agent');
    expect(callback.body.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
    expect((await gw.run(CallDocument, { id: others.crtObjectId })).body.data!.call).toMatchObject({ disposition: null, callbackAt: null });
    const mine = (await gw.run(DisposeCallDocument, { callId: own.crtObjectId, code: 'Resolved' }, 'agent')).body.data!.disposeCall!;
    expect(mine).toMatchObject({ __typename: 'MutationDisposeCallSuccess', call: { disposition: 'Resolved' } });
    const byManager = (await gw.run(DisposeCallDocument, { callId: others.crtObjectId, code: 'Resolved' }, 'manager')).body.data!.disposeCall!;
    expect(byManager).toMatchObject({ __typename: 'MutationDisposeCallSuccess', call: { disposition: 'Resolved' } });
  });

  it('lets a viewer read calls but not dial', async () => {
    const { body } = await gw.run(DialDocument, { phone: '+14155550100', campaign: '5' }, 'viewer');
    expect(body.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
  });
});

describe('incomingCall', () => {
  it('pops the agent’s own calls on their screen', async () => {
    const screen = incomingCalls(gw, 'agent', 'agent');
    try {
      await screen.ready;
      // Another agent's call first: it must not reach this screen.
      const other = await calls.ring({ phone: unknownNumber(), userId: await anotherAvailableAgent() });
      const call = await calls.ring({ phone: unknownNumber(), userId: 'agent' });
      expect(await screen.next()).toMatchObject({ data: { incomingCall: { call: { vendorId: call.crtObjectId, agentUserId: 'agent', outcome: 'NEW_CONTACT' }, contact: { phone: expect.any(String) } } } });
      expect(screen.pending()).toBe(0);
      await finish(call.crtObjectId);
      await finish(other.crtObjectId);
    } finally {
      await screen.close();
    }
  });

  it('reads each call afresh on a screen open all day: the second call shows what changed since the first', async () => {
    const screen = incomingCalls(gw, 'agent', 'agent');
    try {
      await screen.ready;
      const phone = unknownNumber();
      const first = await calls.ring({ phone, userId: 'agent' });
      const before = (await screen.next()).data!.incomingCall!;
      expect(before.recentTickets).toEqual([]);
      await finish(first.crtObjectId);
      // Between the calls the caller gets a ticket (by mail, say).
      const created = await zendesk<{ ticket: { id: number } }>('/tickets.json', {
        method: 'POST',
        body: JSON.stringify({ ticket: { subject: 'Follow-up by mail', comment: { body: 'Any news?' }, requester_id: Number(before.contact!.vendorId) } }),
      });
      const second = await calls.ring({ phone, userId: 'agent' });
      const after = (await screen.next()).data!.incomingCall!;
      expect(after.call).toMatchObject({ vendorId: second.crtObjectId, outcome: 'CONTACT' });
      expect(after.recentTickets!.map((ticket) => ticket.vendorId)).toEqual([String(created.ticket.id)]);
      await finish(second.crtObjectId);
    } finally {
      await screen.close();
    }
  });

  it('is refused below the agent role', async () => {
    const screen = incomingCalls(gw, 'viewer', 'agent');
    try {
      const refused = await screen.next();
      expect(refused.data?.incomingCall ?? null).toBeNull();
      expect(refused.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
    } finally {
      await screen.close();
    }
  });
});

describe('/webhooks/ameyo', () => {
  it('refuses a push without the shared secret, and never echoes it', async () => {
    const params = new URLSearchParams({ phone: '14155550123', campaignId: '3', crtObjectId: 'x-1', callType: 'inbound.call.dial' });
    expect((await fetch(`${gw.url}/webhooks/ameyo?${params}`)).status).toBe(401);
    expect((await fetch(`${gw.url}/webhooks/ameyo?${params}&token=wrong-wrong-wrong-wrong`)).status).toBe(401);
    const bad = await fetch(`${gw.url}/webhooks/ameyo?token=${encodeURIComponent(gw.app.config.ameyo.webhookSecret!)}&phone=1`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain(gw.app.config.ameyo.webhookSecret!);
    expect((await fetch(`${gw.url}/webhooks/nobody`)).status).toBe(404);
  });
});
