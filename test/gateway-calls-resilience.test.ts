import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type App } from '../server/app.js';
import { CallDocument, ScreenPopDocument } from '../clients/graphql/generated/graphql.js';
import { ameyoCalls } from './support/ameyo.js';
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

it('runs the flow again when Ameyo repeats a push whose flow failed', async () => {
  const query = unknownCall();
  await gw.sim.fault({ vendor: 'zendesk', kind: 'status', status: 503 });
  const failed = await fetch(`${gw.url}/webhooks/ameyo?${query}`);
  expect(failed.status).toBe(502);
  expect(await failed.json()).toEqual({ status: 'error', reason: 'zendesk failed (UPSTREAM_UNAVAILABLE)' });
  await gw.sim.clearFaults();
  const retried = await fetch(`${gw.url}/webhooks/ameyo?${query}`);
  expect(retried.status).toBe(200);
  expect(await retried.json()).toMatchObject({ status: 'success', crtObjectId: query.get('crtObjectId'), contactId: expect.any(String) });
});

it('keeps the call on the screen when Zendesk fails, with typed errors on the Zendesk fields only', async () => {
  const call = await ameyoCalls(gw).ring({ phone: '12025550999' });
  await gw.sim.fault({ vendor: 'zendesk', kind: 'status', status: 503 });
  try {
    const { body } = await gw.run(ScreenPopDocument, { callId: call.crtObjectId });
    expect(body.data!.screenPop!.call.vendorId).toBe(call.crtObjectId);
    expect(body.data!.screenPop!.contact).toBeNull();
    expect(body.errors!.map((error) => error.extensions)).toContainEqual(expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' }));
    const stored = await gw.run(CallDocument, { id: call.crtObjectId });
    expect(stored.body.data!.call!.outcome).toBe('NEW_CONTACT');
  } finally {
    await gw.sim.clearFaults();
  }
});
