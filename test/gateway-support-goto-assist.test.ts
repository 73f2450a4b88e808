import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentByEmailDocument,
  AgentsDocument,
  CancelConnectionCodeDocument,
  EndSessionDocument,
  SetSessionExternalKeyDocument,
  StartSupportSessionDocument,
  SupportQueuesDocument,
  SupportSessionDocument,
  SupportSessionsDocument,
  SupportTeamsDocument,
  TicketSupportSessionsDocument,
  TransferSessionDocument,
} from '../clients/graphql/generated/graphql.js';
import { graphql } from '../clients/graphql/generated/gql.js';
import { createGoToAssistClient } from '../clients/goto/assist/client.js';
import { createGoToSession } from '../clients/goto/oauth.js';
import { recentWindow } from '../adapters/support-source.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
const WINDOW = { from: '2025-10-01T00:00:00Z', to: '2026-01-06T00:00:00Z' };

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

/** The simulator's own record of a GoToAssist session, read with the simulator's credentials. */
async function simulatedSession(sessionId: string) {
  const session = createGoToSession({ baseUrl: `${gw.simulatorUrl}/goto`, clientId: 'simulator-goto-client', clientSecret: 'simulator-goto-secret', refreshToken: 'simulator-goto-refresh-token' });
  return (await createGoToAssistClient(session).getSession(sessionId))!;
}

/** The vendor key of a SupportSession id (`SupportSession:gotoassist:<id>`). */
function vendorIdOf(id: string): string {
  return Buffer.from(id, 'base64').toString().split(':').at(-1)!;
}

describe('GoToAssist and Bomgar in one model', () => {
  it('pages 100 sessions of both vendors, newest first, with agents, teams, queues and tickets in a bounded number of calls', async () => {
    await gw.sim.clearJournal();
    const { body } = await gw.run(SupportSessionsDocument, { filter: WINDOW, first: 100 });
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.supportSessions!.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(100);
    expect(new Set(nodes.map((node) => node.vendor))).toEqual(new Set(['BOMGAR', 'GOTO_ASSIST']));
    const starts = nodes.map((node) => node.startedAt!);
    expect(starts).toEqual([...starts].sort().reverse());
    const g2a = nodes.filter((node) => node.vendor === 'GOTO_ASSIST');
    expect(g2a.some((node) => node.queue?.name === 'Support Portal' || node.queue?.name === 'VIP Portal')).toBe(true);
    expect(g2a.filter((node) => node.externalKey).every((node) => node.ticket?.vendorId === node.externalKey)).toBe(true);
    const goto = (await gw.sim.journal('goto')).map((call) => call.path);
    // token + the window's session list + the two monitors; never one call per session
    expect(goto.length, goto.join('\n')).toBeLessThanOrEqual(4);
    expect((await gw.sim.journal('bomgar')).length).toBeLessThanOrEqual(5);
    expect((await gw.sim.journal('zendesk')).length).toBe(1);
  });

  it('merges a Bomgar rep and a GoToAssist expert with the same email into one agent', async () => {
    const { body } = await gw.run(AgentByEmailDocument, { email: 'agent@switchboard.test' });
    const agent = body.data!.agentByEmail!;
    expect(agent.identities.map((identity) => identity.vendor)).toEqual(expect.arrayContaining(['BOMGAR', 'GOTO_ASSIST']));
    expect(agent.unavailableVendors).toEqual([]);
    // Every vendor answered and none knows this email: a plain null, no error.
    const nobody = await gw.run(AgentByEmailDocument, { email: 'nobody@example.com' });
    expect(nobody.body).toEqual({ data: { agentByEmail: null } });
    const statuses = agent.identities.map((identity) => identity.status);
    if (statuses.includes('BUSY')) expect(agent.status).toBe('BUSY');
    const agents = (await gw.run(AgentsDocument, {})).body.data!.agents!;
    expect(agents.unavailableVendors).toEqual([]);
    expect(agents.nodes.filter((node) => node.email === 'agent@switchboard.test')).toHaveLength(1);
    const queues = (await gw.run(SupportQueuesDocument, {})).body.data!.queues!.nodes;
    expect(queues.filter((queue) => queue.vendor === 'GOTO_ASSIST').map((queue) => queue.name)).toEqual(['Support Portal', 'VIP Portal']);
  });

  it('shows a GoToAssist transcript and rating', async () => {
    const page = (await gw.run(SupportSessionsDocument, { filter: { ...WINDOW, vendor: 'GOTO_ASSIST', status: 'ENDED' }, first: 20 })).body.data!.supportSessions!;
    const { body } = await gw.run(SupportSessionDocument, { id: page.edges[0]!.node.id, eventsFirst: 50 });
    expect(body.errors).toBeUndefined();
    const session = body.data!.supportSession!;
    expect(session.resolution).toMatch(/RESOLVED|UNRESOLVED/);
    const events = session.events!.edges.map((edge) => edge.node);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.at && event.by?.name)).toBe(true);
    // The customer joining and the end are typed, not OTHER.
    expect(events[0]).toMatchObject({ kind: 'PARTICIPANT_JOINED', by: { kind: 'CUSTOMER' } });
    expect(events.at(-1)).toMatchObject({ kind: 'SESSION_END', by: { kind: 'SYSTEM' } });
    expect(events.filter((event) => event.kind === 'OTHER')).toEqual([]);
  });

  it('reads several GoToAssist sessions by id in one listing call, and only unknown ids one by one', async () => {
    const page = (await gw.run(SupportSessionsDocument, { filter: { ...WINDOW, vendor: 'GOTO_ASSIST' }, first: 6 })).body.data!.supportSessions!;
    const ids = page.edges.map((edge) => edge.node.id);
    const unknown = Buffer.from('SupportSession:gotoassist:1').toString('base64');
    await gw.sim.clearJournal();
    const nodes = await gw.run(
      graphql(`
        query SupportSessionNodes($ids: [ID!]!) {
          nodes(ids: $ids) { id ... on SupportSession { vendorId status customer { name } } }
        }
      `),
      { ids: [...ids, unknown] },
    );
    expect(nodes.body.errors).toBeUndefined();
    expect(nodes.body.data!.nodes.map((node) => node?.id ?? null)).toEqual([...ids, null]);
    const calls = (await gw.sim.journal('goto')).map((call) => call.path).filter((path) => path.startsWith('/goto/G2A/'));
    // One listing for the six known sessions, one GET for the id the listing does not have.
    expect(calls.sort()).toEqual(['/goto/G2A/rest/v1/sessions', '/goto/G2A/rest/v1/sessions/1']);

    await gw.sim.clearJournal();
    const one = await gw.run(SupportSessionDocument, { id: ids[0]!, eventsFirst: 1 });
    expect(one.body.data!.supportSession!.id).toBe(ids[0]);
    const single = (await gw.sim.journal('goto')).map((call) => call.path).filter((path) => path.startsWith('/goto/G2A/'));
    // A single session is one GET (and its transcript), not a listing of every recent session.
    expect(single.filter((path) => path === '/goto/G2A/rest/v1/sessions')).toEqual([]);
  });

  it('lists, without dates, a session that started this second (the open end reaches past now)', () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const window = recentWindow(now);
    expect(window.from.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(window.to.getTime()).toBeGreaterThan(now.getTime());
  });

  it('starts a GoToAssist session with a connection code for a ticket, then cancels the code', async () => {
    const ticketId = '19856122753302';
    const agent = (await gw.run(AgentByEmailDocument, { email: 'agent@switchboard.test' })).body.data!.agentByEmail!;
    const team = (await gw.run(SupportTeamsDocument, { vendor: 'BOMGAR' })).body.data!.teams!.nodes[0]!;
    const refused = await gw.run(StartSupportSessionDocument, { input: { ticketId, vendor: 'GOTO_ASSIST', teamId: team.id, customer: { name: 'Dana' } } }, 'agent');
    expect(refused.body.data!.startSupportSession).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'input.teamId' }] });

    const started = await gw.run(StartSupportSessionDocument, { input: { ticketId, vendor: 'GOTO_ASSIST', agentId: agent.id, customer: { name: 'Dana Customer', email: 'dana@example.com' } } }, 'agent');
    const result = started.body.data!.startSupportSession;
    if (result?.__typename !== 'MutationStartSupportSessionSuccess') throw new Error(JSON.stringify(started.body));
    expect(result.started.code).toMatch(/^\d{9}$/);
    expect(result.started.joinUrl).toMatch(/^https:\/\/www\.fastsupport\.com\//);
    expect(result.started.session).toMatchObject({ status: 'WAITING' });
    // The expert's console links back to the ticket in Zendesk's agent interface, built on the configured Zendesk URL.
    const sessionId = vendorIdOf(result.started.session!.id);
    const record = await simulatedSession(sessionId);
    expect(record).toMatchObject({ partnerObject: ticketId, partnerObjectUrl: `${gw.simulatorUrl}/zendesk/agent/tickets/${ticketId}` });
    expect(record.partnerObjectUrl).not.toMatch(/simulator-token|api\/v2|@/);

    const forTicket = (await gw.run(TicketSupportSessionsDocument, { id: ticketId })).body.data!.ticket!.supportSessions!.edges.map((edge) => edge.node.id);
    expect(forTicket).toContain(result.started.session!.id);

    // Re-keyed to another ticket, the link follows.
    const otherTicket = '19856122753305';
    const rekeyed = await gw.run(SetSessionExternalKeyDocument, { sessionId: result.started.session!.id, ticketId: otherTicket }, 'agent');
    expect(rekeyed.body.data!.setSessionExternalKey).toMatchObject({ session: { externalKey: otherTicket } });
    expect(await simulatedSession(sessionId)).toMatchObject({ partnerObject: otherTicket, partnerObjectUrl: `${gw.simulatorUrl}/zendesk/agent/tickets/${otherTicket}` });

    const cancelled = await gw.run(CancelConnectionCodeDocument, { vendor: 'GOTO_ASSIST', code: result.started.code }, 'agent');
    expect(cancelled.body.data!.cancelConnectionCode).toMatchObject({ cancelled: { vendor: 'GOTO_ASSIST', code: result.started.code } });
    const twice = await gw.run(CancelConnectionCodeDocument, { vendor: 'GOTO_ASSIST', code: result.started.code }, 'agent');
    expect(twice.body.data!.cancelConnectionCode).toMatchObject({ __typename: 'NotFoundError' });
    const bomgarCode = await gw.run(CancelConnectionCodeDocument, { vendor: 'BOMGAR', code: '1234567' }, 'agent');
    expect(bomgarCode.body.data!.cancelConnectionCode).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'vendor' }] });
  });

  it('transfers and ends a live GoToAssist session', async () => {
    const active = (await gw.run(SupportSessionsDocument, { filter: { ...WINDOW, vendor: 'GOTO_ASSIST', status: 'ACTIVE' }, first: 5 })).body.data!.supportSessions!.edges[0]!.node;
    const other = (await gw.run(AgentsDocument, { status: 'AVAILABLE' })).body.data!.agents!.nodes.find((node) => node.identities.some((identity) => identity.vendor === 'GOTO_ASSIST'))!;
    const moved = await gw.run(TransferSessionDocument, { sessionId: active.id, to: { agentId: other.id } }, 'agent');
    expect(moved.body.data!.transferSession).toMatchObject({ session: { status: 'ACTIVE', agent: { id: other.id } } });
    const ended = await gw.run(EndSessionDocument, { sessionId: active.id }, 'agent');
    expect(ended.body.data!.endSession).toMatchObject({ session: { status: 'ENDED' } });
  });
});

describe('agents with their live sessions', () => {
  it('lists every agent with active sessions and teams in a bounded number of calls', async () => {
    await gw.sim.clearJournal();
    const { body } = await gw.run(
      graphql(`
        query AgentsWithSessions {
          agents {
            nodes { id status activeSessions { id vendor status } teams { id name } }
          }
        }
      `),
    );
    expect(body.errors).toBeUndefined();
    const agents = body.data!.agents!.nodes;
    expect(agents.length).toBeGreaterThan(40);
    const busy = agents.filter((agent) => agent.activeSessions!.length > 0);
    expect(busy.length).toBeGreaterThan(3);
    expect(busy.every((agent) => agent.activeSessions!.every((session) => session.status === 'ACTIVE'))).toBe(true);
    expect((await gw.sim.journal('bomgar')).length).toBeLessThanOrEqual(5);
    expect((await gw.sim.journal('goto')).length).toBeLessThanOrEqual(4);
  });
});

describe('partial failure', () => {
  // Last in the file: the failures open Bomgar's circuit breaker for the rest of this gateway's life.
  it('keeps GoToAssist sessions and agents when Bomgar is down, and says the agents may be incomplete', async () => {
    // A rep known to Bomgar only (no other vendor has the email), found while Bomgar answers.
    const everyone = (await gw.run(AgentsDocument, {})).body.data!.agents!.nodes;
    const bomgarOnly = everyone.find((node) => node.email && node.identities.every((identity) => identity.vendor === 'BOMGAR'))!;
    expect(bomgarOnly).toBeDefined();
    await gw.sim.fault({ vendor: 'bomgar', kind: 'status', status: 503 });
    try {
      const { body } = await gw.run(SupportSessionsDocument, { filter: WINDOW, first: 30 });
      expect(body.errors).toBeUndefined();
      const page = body.data!.supportSessions!;
      expect(page.unavailableVendors.map((item) => item.vendor)).toEqual(['BOMGAR']);
      expect(page.edges).toHaveLength(30);
      expect(page.edges.every((edge) => edge.node.vendor === 'GOTO_ASSIST')).toBe(true);
      const agent = (await gw.run(AgentByEmailDocument, { email: 'agent@switchboard.test' })).body.data!.agentByEmail!;
      const vendors = agent.identities.map((identity) => identity.vendor);
      expect(vendors).toContain('GOTO_ASSIST');
      expect(vendors).not.toContain('BOMGAR');
      // The agent is partial, and says which vendor is missing from it.
      expect(agent.unavailableVendors).toEqual([{ vendor: 'BOMGAR', code: 'UPSTREAM_UNAVAILABLE', message: 'bomgar is unavailable' }]);

      // Only Bomgar could know this rep: not a misleading null, Bomgar's typed error, in a bounded number of calls.
      await gw.sim.clearJournal();
      const missing = await gw.run(AgentByEmailDocument, { email: bomgarOnly.email! });
      expect(missing.body.data!.agentByEmail).toBeNull();
      expect(missing.body.errors).toMatchObject([{ path: ['agentByEmail'], message: 'bomgar is unavailable', extensions: { code: 'UPSTREAM_UNAVAILABLE', vendor: 'bomgar' } }]);
      expect((await gw.sim.journal('goto')).length).toBeLessThanOrEqual(2);
      expect((await gw.sim.journal('bomgar')).length).toBeLessThanOrEqual(2);

      // Queueing a Bomgar session for that agent: not "this agent has no Bomgar account", but why it cannot be told.
      const start = await gw.run(StartSupportSessionDocument, { input: { ticketId: '19856122753302', vendor: 'BOMGAR', agentId: agent.id, customer: { name: 'Dana' } } }, 'agent');
      expect(start.body.data!.startSupportSession).toBeNull();
      expect(start.body.errors).toMatchObject([{ path: ['startSupportSession'], extensions: { code: 'UPSTREAM_UNAVAILABLE', vendor: 'bomgar' } }]);
    } finally {
      await gw.sim.clearFaults();
    }
  });
});
