import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentStatusChangedDocument,
  AlertsDocument,
  CreateAlertRuleDocument,
  LiveBoardDocument,
  LiveBoardNowDocument,
  type AgentStatusChangedSubscription,
  type LiveBoardSubscription,
} from '../clients/graphql/generated/graphql.js';
import { POLLED_VENDORS } from '../domain/live.js';
import type { TestGateway } from './support/gateway.js';
import { openedStreams, simEvent, sseStream, startPolledGateway, wsStream } from './support/live.js';

let gw: TestGateway;
const { open, closeAll } = openedStreams();

beforeAll(async () => {
  gw = await startPolledGateway();
});
afterAll(async () => {
  await closeAll();
  await gw?.close();
});

type BoardEvent = LiveBoardSubscription['liveBoard'];
type StatusEvent = AgentStatusChangedSubscription['agentStatusChanged'];

/** An account of `vendor` on the board whose status is not `avoid`, with its person (not `other`). */
function accountAt(vendor: string, avoid: string, other?: string | null) {
  for (const agent of gw.app.live.board().agents) {
    if (other && agent.email === other) continue;
    const identity = agent.identities.find((candidate) => candidate.vendor === vendor && candidate.status !== avoid && candidate.email);
    if (identity) return { agent, identity };
  }
  throw new Error(`no ${vendor} account that is not ${avoid}`);
}

describe('liveBoard', () => {
  it('paints the whole board first, then an agent status change reaches the subscriber (graphql-ws)', async () => {
    const board = open(wsStream(gw, 'viewer', LiveBoardDocument));
    const first = (await board.next()).data!.liveBoard;
    expect(first.kind).toBe('BOARD');
    expect(first.board!.vendors.map((status) => [status.vendor, status.reachable])).toEqual([
      ['AMEYO', true],
      ['BOMGAR', true],
      ['GOTO_ASSIST', true],
    ]);
    expect(first.board!.agents.length).toBeGreaterThan(10);
    expect(new Set(first.board!.queues.map((queue) => queue.vendor))).toEqual(new Set(['AMEYO', 'BOMGAR', 'GOTO_ASSIST']));
    expect(first.board!.sessions.every((session) => session.status === 'WAITING' || session.status === 'ACTIVE')).toBe(true);

    const { agent, identity } = accountAt('gotoassist', 'AWAY');
    await simEvent(gw, { vendor: 'gotoassist', kind: 'agent-status', agent: identity.email, status: 'away' });
    await gw.app.live.pollNow('gotoassist');
    const changed = await board.until((data) => data.liveBoard.kind === 'AGENT' && data.liveBoard.agent?.email === agent.email);
    expect(changed.liveBoard.agent!.identities).toContainEqual({ vendor: 'GOTO_ASSIST', vendorId: identity.vendorId, name: identity.name, status: 'AWAY' });
  });

  it('is the same board the liveBoard query returns, without any vendor call', async () => {
    await gw.sim.clearJournal();
    const { body } = await gw.run(LiveBoardNowDocument, {}, 'viewer');
    expect(body.errors).toBeUndefined();
    expect(body.data!.liveBoard.agents.length).toBe(gw.app.live.board().agents.length);
    // Sessions' agents come from the board too.
    expect(body.data!.liveBoard.sessions.some((session) => session.agent !== null)).toBe(true);
    for (const vendor of ['goto', 'bomgar', 'ameyo']) expect(await gw.sim.journal(vendor)).toEqual([]);
  });
});

describe('agentStatusChanged', () => {
  it('reaches an SSE subscriber, and its filters hold (vendor, agent)', async () => {
    const bomgarOnly = open(sseStream(gw, 'viewer', AgentStatusChangedDocument, { filter: { vendor: 'BOMGAR' } }));
    const { agent, identity } = accountAt('gotoassist', 'OFFLINE');
    const agentId = (await gw.run(LiveBoardNowDocument, {}, 'viewer')).body.data!.liveBoard.agents.find((candidate) => candidate.email === agent.email)!.id;
    const onePerson = open(wsStream(gw, 'viewer', AgentStatusChangedDocument, { filter: { agentId } }));
    const ameyoOnly = open(wsStream(gw, 'viewer', AgentStatusChangedDocument, { filter: { vendor: 'AMEYO' } }));
    await gw.app.live.whenSubscribed(3);

    // Someone else changes at Bomgar; the person changes at GoToAssist; then someone at Ameyo.
    const other = accountAt('bomgar', 'AWAY', agent.email);
    expect(other.agent.email).not.toBe(agent.email);
    await simEvent(gw, { vendor: 'bomgar', kind: 'agent-status', agent: other.identity.vendorId, status: 'away' });
    await simEvent(gw, { vendor: 'gotoassist', kind: 'agent-status', agent: identity.email, status: 'offline' });
    const ameyo = accountAt('ameyo', 'AWAY');
    await simEvent(gw, { vendor: 'ameyo', kind: 'agent-status', agent: ameyo.identity.vendorId, status: 'break' });
    for (const vendor of POLLED_VENDORS) await gw.app.live.pollNow(vendor);

    const fromBomgar = (await bomgarOnly.next()).data!.agentStatusChanged;
    expect(fromBomgar).toMatchObject({ status: 'AWAY', identity: { vendor: 'BOMGAR', vendorId: other.identity.vendorId }, agent: { email: other.agent.email } });
    const fromPerson: StatusEvent = (await onePerson.next()).data!.agentStatusChanged;
    expect(fromPerson).toMatchObject({ status: 'OFFLINE', previousStatus: identity.status, identity: { vendor: 'GOTO_ASSIST', vendorId: identity.vendorId }, agent: { id: agentId } });
    // The first Ameyo event is the Ameyo change: the Bomgar and GoToAssist ones were filtered out.
    expect((await ameyoOnly.next()).data!.agentStatusChanged).toMatchObject({ status: 'AWAY', identity: { vendor: 'AMEYO', vendorId: ameyo.identity.vendorId } });
  });
});

describe('only real changes become events', () => {
  it('a poll that finds nothing new publishes nothing', async () => {
    const board = open(wsStream(gw, 'viewer', LiveBoardDocument));
    expect((await board.next()).data!.liveBoard.kind).toBe('BOARD');
    // Ameyo's seeded queues are empty (their figures do not tick) and nobody changed.
    expect(await gw.app.live.pollNow('ameyo')).toEqual({ polled: true, reachable: true, changes: 0 });
    expect(await gw.app.live.pollNow('ameyo')).toEqual({ polled: true, reachable: true, changes: 0 });
    const { identity } = accountAt('ameyo', 'AVAILABLE');
    await simEvent(gw, { vendor: 'ameyo', kind: 'agent-status', agent: identity.vendorId, status: 'available' });
    expect(await gw.app.live.pollNow('ameyo')).toEqual({ polled: true, reachable: true, changes: 1 });
    // The next event is that change: the empty polls sent none.
    const next: BoardEvent = (await board.next()).data!.liveBoard;
    expect(next).toMatchObject({ kind: 'AGENT', agent: { identities: expect.arrayContaining([expect.objectContaining({ vendor: 'AMEYO', vendorId: identity.vendorId, status: 'AVAILABLE' })]) } });
  });
});

describe('one poll per vendor', () => {
  it('costs the same vendor calls with many subscribers, and delivering to them costs none', async () => {
    const watchers = gw.app.live.subscribers();
    const boards = Array.from({ length: 10 }, (_, index) => open(index % 2 ? sseStream(gw, 'viewer', LiveBoardDocument) : wsStream(gw, 'viewer', LiveBoardDocument)));
    // Each starts with the whole board once it is in ...
    for (const board of boards) expect((await board.next()).data!.liveBoard.kind).toBe('BOARD');
    // ... and all ten, over graphql-ws or SSE, share one execution: one engine watcher at most (none when one ran already).
    expect(gw.app.live.subscribers() - watchers).toBeLessThanOrEqual(1);

    await gw.sim.clearJournal();
    await simEvent(gw, { vendor: 'ameyo', kind: 'call-ring', campaignId: '3' });
    await gw.sim.clearJournal();
    for (const vendor of POLLED_VENDORS) await gw.app.live.pollNow(vendor);
    // Every subscriber hears the Ameyo changes (an agent took the call) ...
    for (const board of boards) await board.until((data) => data.liveBoard.kind === 'AGENT' && data.liveBoard.agent!.identities.some((id) => id.vendor === 'AMEYO'));
    // ... from one poll per vendor: GoToAssist monitors and listing; Bomgar reps, teams, listing, sessions; Ameyo users, states, campaigns, 3 queues.
    const calls = async (vendor: string) => (await gw.sim.journal(vendor)).map((entry) => `${entry.method} ${entry.path}`);
    expect(await calls('goto')).toHaveLength(3);
    expect(await calls('bomgar')).toHaveLength(4);
    expect(await calls('ameyo')).toHaveLength(6);
  });
});

describe('roles', () => {
  it('lets a viewer watch the board, keeps alerts for managers and rules for admins', async () => {
    const viewerAlerts = open(wsStream(gw, 'viewer', AlertsDocument, {}));
    expect((await viewerAlerts.next()).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const sseAlerts = open(sseStream(gw, 'agent', AlertsDocument, {}));
    expect((await sseAlerts.next()).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const { body } = await gw.run(CreateAlertRuleDocument, { input: { kind: 'QUEUE_WAITING', threshold: 3 } }, 'manager');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
