import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOMGAR_CREDENTIALS } from '../simulator/bomgar/index.js';
import { GOTO_CREDENTIALS } from '../simulator/goto/index.js';
import { startSimulator } from '../simulator/server.js';
import { simulatorAdmin, type SimulatorAdmin } from './support/simulator-admin.js';

let sim: Awaited<ReturnType<typeof startSimulator>>;
let admin: SimulatorAdmin;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  admin = simulatorAdmin(sim.url);
});
afterAll(() => sim?.close());

interface Change {
  seq: number;
  at: string;
  vendor: string;
  kind: string;
  [detail: string]: unknown;
}

async function json(path: string, body?: unknown, method?: string): Promise<{ status: number; body: any }> {
  const response = await admin.call(path, body, method);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** What determinism is about: who changed what. `seq` and `at` follow the run; Ameyo's call ids are unique across resets by design. */
function sequence(changes: Change[]): unknown[] {
  return changes.map(({ seq: _seq, at: _at, call: _call, ...rest }) => rest);
}

/** Runs `steps` steps of a scenario (from fresh seed data unless `fresh` is false) and answers the changes. */
async function run(name: string, seed: number, steps: number, fresh = true): Promise<Change[]> {
  if (fresh) await admin.reset(42);
  const started = await json('/_sim/scenario', { name, seed, rate: 60, realTime: false });
  expect(started.status).toBe(201);
  const stepped = await json('/_sim/scenario/step', { count: steps });
  expect(stepped.status).toBe(200);
  return stepped.body.changes as Change[];
}

async function bomgarToken(): Promise<string> {
  const response = await fetch(`${sim.url}/bomgar/oauth2/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${BOMGAR_CREDENTIALS.clientId}:${BOMGAR_CREDENTIALS.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function gotoToken(): Promise<string> {
  const response = await fetch(`${sim.url}/goto/oauth/v2/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${GOTO_CREDENTIALS.clientId}:${GOTO_CREDENTIALS.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: `grant_type=refresh_token&refresh_token=${GOTO_CREDENTIALS.refreshToken}`,
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Customers waiting across GoToAssist portals, as the monitors show them. */
async function assistWaiting(token: string): Promise<number> {
  const response = await fetch(`${sim.url}/goto/G2A/rest/v1/monitors/queues`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { queues: { waitingCount: number }[] };
  return body.queues.reduce((sum, queue) => sum + queue.waitingCount, 0);
}

describe('scenario determinism', () => {
  it('replays the same changes for the same seed, and different ones for another seed', async () => {
    const first = await run('steady', 7, 40);
    const again = await run('steady', 7, 40);
    const other = await run('steady', 8, 40);
    expect(first.length).toBeGreaterThan(30);
    expect(new Set(first.map((change) => change.vendor))).toEqual(new Set(['gotoassist', 'bomgar', 'ameyo', 'gotowebinar']));
    expect(sequence(again)).toEqual(sequence(first));
    expect(sequence(other)).not.toEqual(sequence(first));
  });

  it('applies steps as the virtual clock passes them, and shows its state', async () => {
    const started = await json('/_sim/scenario', { name: 'steady', seed: 1, rate: 6, realTime: false });
    expect(started.body).toMatchObject({ running: true, name: 'steady', seed: 1, rate: 6, stepsApplied: 0, outage: null, changes: [] });
    // rate 6: a step every 10 virtual seconds.
    expect(Date.parse(started.body.nextStepAt) - Date.parse(started.body.startedAt)).toBe(10_000);
    await json('/_sim/clock', { advanceMs: 35_000 });
    const shown = await json('/_sim/scenario');
    expect(shown.body.stepsApplied).toBe(3);
    expect(shown.body.changes.length).toBeLessThanOrEqual(3);
    expect((await json('/_sim/scenario', undefined, 'DELETE')).status).toBe(204);
    await json('/_sim/clock', { advanceMs: 60_000 });
    expect((await json('/_sim/scenario')).body).toMatchObject({ running: false, stepsApplied: 3, nextStepAt: null });
  });
});

describe('rush-hour', () => {
  beforeEach(() => admin.reset(42));

  it('builds queues, turns agents busy and brings low ratings', async () => {
    const token = await gotoToken();
    const before = await assistWaiting(token);
    const changes = await run('rush-hour', 3, 200, false);
    const count = (kind: string) => changes.filter((change) => change.kind === kind).length;
    expect(count('session-waiting') + count('call-ring')).toBeGreaterThan(2 * (count('session-start') + count('call-answer')));
    expect(await assistWaiting(token)).toBeGreaterThan(before);
    const statuses = changes.filter((change) => change.kind === 'agent-status').map((change) => change.status);
    expect(statuses.filter((status) => status === 'busy').length).toBeGreaterThan(statuses.filter((status) => status === 'available').length);
    const ratings = changes.map((change) => change.rating).filter((rating): rating is number => typeof rating === 'number');
    expect(ratings.some((rating) => rating <= 2)).toBe(true);
  });
});

describe('outage', () => {
  beforeEach(() => admin.reset(42));

  it('makes the vendor answer 503 until the outage ends, then recovers', async () => {
    const token = await bomgarToken();
    const reps = () => fetch(`${sim.url}/bomgar/api/command?action=get_logged_in_reps`, { headers: { authorization: `Bearer ${token}` } });
    expect((await reps()).status).toBe(200);
    const started = await json('/_sim/scenario', { name: 'outage', vendor: 'bomgar', outageMs: 90_000, rate: 2, realTime: false });
    expect(started.body.outage).toMatchObject({ vendor: 'bomgar', active: true });
    expect((await reps()).status).toBe(503);
    const faults = (await json('/_sim/faults')).body.faults;
    expect(faults).toEqual([expect.objectContaining({ vendor: 'bomgar', kind: 'status', status: 503 })]);
    // Other vendors keep answering.
    expect((await fetch(`${sim.url}/goto/G2A/rest/v1/monitors/agents`, { headers: { authorization: `Bearer ${await gotoToken()}` } })).status).toBe(200);

    await json('/_sim/clock', { advanceMs: 89_000 });
    expect((await reps()).status).toBe(503);
    await json('/_sim/clock', { advanceMs: 1_000 });
    expect((await reps()).status).toBe(200);
    const shown = (await json('/_sim/scenario')).body;
    expect(shown.outage.active).toBe(false);
    expect(shown.changes.filter((change: Change) => change.kind.startsWith('outage')).map((change: Change) => [change.vendor, change.kind])).toEqual([['bomgar', 'outage-end']]);
    expect((await json('/_sim/faults')).body.faults).toEqual([]);
  });

  it('scopes a GoTo product outage to its own paths and can start later', async () => {
    const token = await gotoToken();
    await json('/_sim/scenario', { name: 'outage', vendor: 'gotoassist', outageAfterMs: 30_000, outageMs: 30_000, rate: 1, realTime: false });
    const assist = () => fetch(`${sim.url}/goto/G2A/rest/v1/monitors/agents`, { headers: { authorization: `Bearer ${token}` } });
    expect((await assist()).status).toBe(200);
    await json('/_sim/clock', { advanceMs: 30_000 });
    expect((await assist()).status).toBe(503);
    expect((await fetch(`${sim.url}/goto/G2M/rest/groups`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    await json('/_sim/clock', { advanceMs: 30_000 });
    expect((await assist()).status).toBe(200);
  });
});

describe('POST /_sim/events', () => {
  it('applies one change and reflects it in the polled state', async () => {
    await admin.reset(42);
    const token = await bomgarToken();
    const changed = await json('/_sim/events', { vendor: 'bomgar', kind: 'agent-status', agent: 'agent@switchboard.test', status: 'away' });
    expect(changed.status).toBe(200);
    // The status shown is what the Command API implies: a rep who owns a running session stays busy.
    expect(changed.body.change).toMatchObject({ vendor: 'bomgar', kind: 'agent-status', agent: 'agent@switchboard.test' });
    expect(['away', 'busy']).toContain(changed.body.change.status);
    const reps = await (await fetch(`${sim.url}/bomgar/api/command?action=get_logged_in_reps`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(reps).toMatch(/<username>agent@switchboard\.test<\/username>(?:(?!<\/rep>).)*<showing_on_rep_list>0<\/showing_on_rep_list>/s);

    const session = await fetch(`${sim.url}/ameyo/ameyorestapi/userLogin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'switchboard', token: 'simulator-password' }) });
    const { sessionId } = (await session.json()) as { sessionId: string };
    await json('/_sim/events', { vendor: 'ameyo', kind: 'agent-status', agent: 'agent', status: 'break' });
    const states = (await (await fetch(`${sim.url}/ameyo/ameyorestapi/cc/agentStates`, { headers: { sessionId } })).json()) as { userId: string; state: string }[];
    expect(states.find((state) => state.userId === 'agent')?.state).toBe('break');
    const campaigns = await (await fetch(`${sim.url}/ameyo/ameyorestapi/cc/campaigns`, { headers: { sessionId } })).json();
    expect(campaigns).toEqual([
      { campaignId: '3', campaignName: 'Support Inbound', campaignType: 'Interactive Voice Application' },
      { campaignId: '5', campaignName: 'Support Outbound', campaignType: 'Outbound Voice Campaign' },
      { campaignId: '7', campaignName: 'Sales Inbound', campaignType: 'Interactive Voice Application' },
    ]);
  });

  // Refused input changes nothing, so these share the simulator's state without resets.
  it.each([
    [{ kind: 'agent-status' }, 'vendor must be one of gotoassist, bomgar, ameyo, gotowebinar'],
    [{ vendor: 'zendesk', kind: 'agent-status' }, 'vendor must be one of gotoassist, bomgar, ameyo, gotowebinar'],
    [{ vendor: 'bomgar' }, 'kind is required (a string)'],
    [{ vendor: 'bomgar', kind: 'call-ring' }, 'kind must be one of agent-status, session-waiting, session-start, session-end for vendor bomgar'],
    [{ vendor: 'bomgar', kind: 'agent-status', status: 'away' }, "agent is required (a rep's username or email, or id)"],
    [{ vendor: 'bomgar', kind: 'agent-status', agent: 'nobody@x.test', status: 'away' }, 'agent names no representative: nobody@x.test'],
    [{ vendor: 'bomgar', kind: 'agent-status', agent: 'agent@switchboard.test', status: 'busy' }, 'status must be one of available, away, offline'],
    [{ vendor: 'gotoassist', kind: 'session-end', session: 'nope' }, 'session names no session: nope'],
    [{ vendor: 'gotoassist', kind: 'session-waiting', queue: 'Gold' }, 'queue names no portal: Gold (portalKey or name: Support Portal, VIP Portal)'],
    [{ vendor: 'bomgar', kind: 'session-end', rating: 9 }, 'rating must be at most 5'],
    [{ vendor: 'ameyo', kind: 'call-ring', phone: 'call me' }, 'phone must be digits, optionally with a leading +'],
    [{ vendor: 'gotowebinar', kind: 'webinar-changed' }, 'subject or startTime is required'],
    [{ vendor: 'gotowebinar', kind: 'registrant-added', email: 'not-an-email' }, 'email must be an email address'],
  ])('refuses %j with 400 naming the field', async (body, error) => {
    const answer = await json('/_sim/events', body);
    expect(answer).toEqual({ status: 400, body: { error } });
  });

  it('validates scenario bodies the same way', async () => {
    expect((await json('/_sim/scenario', { name: 'lunch' })).body).toEqual({ error: 'name must be one of steady, rush-hour, outage' });
    expect((await json('/_sim/scenario', { name: 'steady', rate: 0 })).body).toEqual({ error: 'rate must be more than 0 and at most 600 (changes per virtual minute)' });
    expect((await json('/_sim/scenario', { name: 'steady', vendor: 'bomgar' })).body).toEqual({ error: 'vendor is only for the outage scenario' });
    expect((await json('/_sim/scenario', { name: 'outage', vendors: ['ameyo'], vendor: 'bomgar' })).body).toEqual({ error: 'vendor must be one of ameyo' });
    expect((await json('/_sim/scenario/step', {})).body).toEqual({ error: 'no scenario is running (POST /_sim/scenario first)' });
  });
});
