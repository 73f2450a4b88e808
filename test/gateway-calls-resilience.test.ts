import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type App } from '../server/app.js';
import { CallDocument, ScreenPopDocument, StartSupportSessionDocument } from '../clients/graphql/generated/graphql.js';
import { ameyoCalls, incomingCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/** Two gateway instances over one database, as behind a load balancer; and a push that fails. */
let gw: TestGateway;
let second: App;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'switchboard-calls-'));
  // No retries and no breaker trips: the failure test below wants one clean failure per call.
  gw = await startGateway({ databaseUrl: `sqlite:${join(folder, 'store.sqlite')}`, env: { UPSTREAM_RETRIES: '0', BREAKER_FAILURES: '1000' } });
  second = await buildApp(gw.app.config);
});
afterAll(async () => {
  await second?.close();
  await gw?.close();
  await rm(folder, { recursive: true, force: true });
});

function unknownCall(): URLSearchParams {
  return new URLSearchParams({
    token: gw.app.config.ameyo.webhookSecret!,
    phone: `1202555${String(1000 + (randomBytes(2).readUInt16BE() % 8999))}`,
    campaignId: '3',
    crtObjectId: `twin-${randomBytes(4).toString('hex')}-vce-1`,
    userCrtObjectId: 'u1',
    userId: '',
    customerId: '7',
    callType: 'inbound.call.dial',
    customerInfo: '{}',
  });
}

it('makes one call and one contact when two instances get the same unknown call at once', async () => {
  const query = unknownCall();
  const phone = query.get('phone')!;
  await gw.sim.clearJournal();
  const [viaFirst, viaSecond] = await Promise.all([
    fetch(`${gw.url}/webhooks/ameyo?${query}`),
    second.yoga.fetch(`http://second.instance/webhooks/ameyo?${query}`),
  ]);
  const answers = [(await viaFirst.json()) as { contactId: string | null }, (await viaSecond.json()) as { contactId: string | null }];
  expect([viaFirst.status, viaSecond.status]).toEqual([200, 200]);
  const creations = (await gw.sim.journal('zendesk')).filter((entry) => entry.method === 'POST');
  expect(creations).toHaveLength(1);
  const stored = answers.find((answer) => answer.contactId !== null)!;
  const users = (await (
    await fetch(`${gw.simulatorUrl}/zendesk/api/v2/users/search.json?query=${encodeURIComponent(`+${phone}`)}`, {
      headers: { authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}` },
    })
  ).json()) as { users: { id: number }[] };
  expect(users.users.map((user) => String(user.id))).toEqual([stored.contactId]);
});

it('pops the call on the agent’s screen even when Zendesk fails, and runs the flow again when Ameyo repeats the push', async () => {
  const query = unknownCall();
  query.set('userId', 'agent');
  const screen = incomingCalls(gw, 'agent', 'agent');
  try {
    await screen.ready;
    await gw.sim.fault({ vendor: 'zendesk', kind: 'status', status: 503 });
    const failed = await fetch(`${gw.url}/webhooks/ameyo?${query}`);
    expect(failed.status).toBe(502);
    expect(await failed.json()).toEqual({ status: 'error', reason: 'zendesk failed (UPSTREAM_UNAVAILABLE)' });
    // The caller is on the line: the agent sees the number, with nothing worked out yet.
    const bare = (await screen.next()).data!.incomingCall!;
    expect(bare).toMatchObject({ call: { vendorId: query.get('crtObjectId'), phone: `+${query.get('phone')}`, outcome: null }, contact: null });
    await gw.sim.clearFaults();
    const retried = await fetch(`${gw.url}/webhooks/ameyo?${query}`);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ status: 'success', crtObjectId: query.get('crtObjectId'), contactId: expect.any(String) });
    const complete = (await screen.next()).data!.incomingCall!;
    expect(complete).toMatchObject({ call: { outcome: 'NEW_CONTACT' }, contact: { phone: `+${query.get('phone')}` } });
  } finally {
    await gw.sim.clearFaults();
    await screen.close();
  }
});

it('keeps the call on the screen when Zendesk fails, with typed errors on the Zendesk fields only', async () => {
  const call = await ameyoCalls(gw).ring({ phone: '12025550999' });
  await gw.sim.fault({ vendor: 'zendesk', kind: 'status', status: 503 });
  try {
    const { body } = await gw.run(ScreenPopDocument, { callId: call.crtObjectId });
    expect(body.data!.screenPop!.call.vendorId).toBe(call.crtObjectId);
    expect(body.data!.screenPop!.contact).toBeNull();
    expect(body.errors!.map((error) => error.extensions)).toContainEqual(expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' }));
    expect(body.data!.screenPop!.unavailableVendors).toEqual([{ vendor: 'ZENDESK', code: 'UPSTREAM_UNAVAILABLE', message: expect.any(String) }]);
    const stored = await gw.run(CallDocument, { id: call.crtObjectId });
    expect(stored.body.data!.call!.outcome).toBe('NEW_CONTACT');
  } finally {
    await gw.sim.clearFaults();
  }
});

it('names a support vendor that fails on the screen-pop, keeps the others’ sessions, and says Ameyo could not route', async () => {
  const auth = { authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}` };
  const listing = (await (await fetch(`${gw.simulatorUrl}/zendesk/api/v2/tickets.json?page[size]=50`, { headers: auth })).json()) as {
    tickets: { id: number; status: string; assignee_id: number | null }[];
  };
  // An open ticket with an assignee: its requester has a preferred agent to look up.
  const ticket = listing.tickets.find((t) => t.status === 'open' && t.assignee_id !== null)!;
  const started = (await gw.run(StartSupportSessionDocument, { input: { ticketId: String(ticket.id), vendor: 'GOTO_ASSIST', customer: { name: 'Caller' } } }, 'agent')).body.data!
    .startSupportSession!;
  if (started.__typename !== 'MutationStartSupportSessionSuccess') throw new Error(JSON.stringify(started));
  const call = await ameyoCalls(gw).ring({ phone: unknownCall().get('phone')!, ivrTicketId: String(ticket.id) });

  await gw.sim.fault({ vendor: 'bomgar', kind: 'status', status: 503 });
  await gw.sim.fault({ vendor: 'ameyo', path: '/ameyorestapi/cc/agentStates*', kind: 'status', status: 503 });
  try {
    const { body } = await gw.run(ScreenPopDocument, { callId: call.crtObjectId });
    const pop = body.data!.screenPop!;
    expect(pop.ticket!.vendorId).toBe(String(ticket.id));
    expect(pop.openSupportSessions!.map((session) => session.id)).toContain(started.started.session!.id);
    expect(pop.unavailableVendors).toEqual([{ vendor: 'BOMGAR', code: 'UPSTREAM_UNAVAILABLE', message: expect.stringContaining('bomgar') }]);
    // Without Ameyo's agent states nobody can be called available: an error, not a silent null.
    expect(pop.preferredAgent).toBeNull();
    const routing = body.errors!.find((error) => error.path?.join('.') === 'screenPop.preferredAgent');
    expect(routing?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'ameyo' });
  } finally {
    await gw.sim.clearFaults();
  }
  const healthy = (await gw.run(ScreenPopDocument, { callId: call.crtObjectId })).body;
  expect(healthy.errors).toBeUndefined();
  expect(healthy.data!.screenPop!.unavailableVendors).toEqual([]);
});

it('pops the screen of the agent a queued call reaches later', async () => {
  // Nobody was free: Ameyo pushes the call with no agent; once one takes it, it pushes again.
  const query = unknownCall();
  const queued = await fetch(`${gw.url}/webhooks/ameyo?${query}`);
  expect(await queued.json()).toMatchObject({ status: 'success', contactId: expect.any(String) });
  const screen = incomingCalls(gw, 'agent', 'agent');
  try {
    await screen.ready;
    await gw.sim.clearJournal();
    query.set('userId', 'agent');
    const reached = await fetch(`${gw.url}/webhooks/ameyo?${query}`);
    expect(reached.status).toBe(200);
    const pop = (await screen.next()).data!.incomingCall!;
    expect(pop.call).toMatchObject({ vendorId: query.get('crtObjectId'), agentUserId: 'agent', outcome: 'NEW_CONTACT' });
    // The caller was worked out on the first push: nothing is searched or created again.
    expect((await gw.sim.journal('zendesk')).filter((entry) => entry.path.endsWith('/users/search.json') || entry.method !== 'GET')).toEqual([]);
  } finally {
    await screen.close();
  }
});
