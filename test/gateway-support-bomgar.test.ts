import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentByEmailDocument,
  AgentsDocument,
  EndSessionDocument,
  SetSessionExternalKeyDocument,
  StartSupportSessionDocument,
  SupportQueuesDocument,
  SupportSessionDocument,
  SupportSessionsDocument,
  SupportSessionsRatedDocument,
  SupportTeamsDocument,
  TicketDocument,
  TicketSupportSessionsDocument,
  TransferSessionDocument,
} from '../clients/graphql/generated/graphql.js';
import { graphql } from '../clients/graphql/generated/gql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
const WINDOW = { from: '2025-10-01T00:00:00Z', to: '2026-01-06T00:00:00Z' };
const BOMGAR = { vendor: 'BOMGAR' as const, ...WINDOW };

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

async function calls(vendor: string): Promise<number> {
  return (await gw.sim.journal(vendor)).length;
}

describe('Bomgar sessions through the gateway', () => {
  it('loads a page of 100 sessions with agents, teams, queues and tickets in a bounded number of upstream calls', async () => {
    await gw.sim.clearJournal();
    const { body } = await gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 100 });
    expect(body.errors).toBeUndefined();
    const page = body.data!.supportSessions!;
    expect(page.unavailableVendors).toEqual([]);
    expect(page.edges).toHaveLength(100);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const nodes = page.edges.map((edge) => edge.node);
    const starts = nodes.map((node) => node.startedAt!);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(nodes.every((node) => node.vendor === 'BOMGAR')).toBe(true);
    expect(nodes.filter((node) => node.agent).length).toBeGreaterThan(80);
    expect(nodes.some((node) => node.team?.name)).toBe(true);
    expect(nodes.some((node) => node.queue?.name)).toBe(true);
    const withTickets = nodes.filter((node) => node.externalKey);
    expect(withTickets.length).toBeGreaterThan(5);
    expect(withTickets.every((node) => node.ticket?.vendorId === node.externalKey)).toBe(true);
    // listing + one lsids report + teams + logged-in reps (+ one token); one Zendesk show_many.
    const bomgarCalls = await gw.sim.journal('bomgar');
    expect(bomgarCalls.length, bomgarCalls.map((call) => `${call.path}?${call.query.slice(0, 60)}`).join('\n')).toBeLessThanOrEqual(5);
    expect(await calls('zendesk')).toBe(1);
  });

  it('pages on without gaps or repeats', async () => {
    const first = await gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 60 });
    const second = await gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 60, after: first.body.data!.supportSessions!.pageInfo.endCursor });
    const both = await gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 100 });
    const ids = [...first.body.data!.supportSessions!.edges, ...second.body.data!.supportSessions!.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(120);
    expect(ids.slice(0, 100)).toEqual(both.body.data!.supportSessions!.edges.map((edge) => edge.node.id));
  });

  it('shows one session in full: events with who and when, rating, feedback and resolution, recording', async () => {
    const rated = await gw.run(SupportSessionsRatedDocument, { filter: { ...BOMGAR, ratingAtMost: 2 }, first: 20 });
    expect(rated.body.errors).toBeUndefined();
    const low = rated.body.data!.supportSessions!.edges.map((edge) => edge.node);
    expect(low.length).toBeGreaterThan(0);
    expect(low.every((node) => node.rating !== null && node.rating! <= 2)).toBe(true);

    const { body } = await gw.run(SupportSessionDocument, { id: low[0]!.id, eventsFirst: 100 });
    expect(body.errors).toBeUndefined();
    const session = body.data!.supportSession!;
    expect(session.status).toBe('ENDED');
    expect(session.rating).toBe(low[0]!.rating);
    const events = session.events!.edges.map((edge) => edge.node);
    expect(events[0]).toMatchObject({ kind: 'SESSION_START', vendorType: 'Session Start', by: { kind: 'CUSTOMER' } });
    expect(events.at(-1)).toMatchObject({ kind: 'SESSION_END', vendorType: 'Session End' });
    expect(events.every((event) => event.at)).toBe(true);
    expect(events.some((event) => ['CHAT_MESSAGE', 'FILE_TRANSFER', 'NOTE', 'TRANSFER'].includes(event.kind))).toBe(true);
    // Joins and leaves are typed too: a timeline needs no vendor event names.
    expect(events.find((event) => event.vendorType === 'Conference Member Added')).toMatchObject({ kind: 'PARTICIPANT_JOINED', by: { kind: 'AGENT' } });
    expect(events.find((event) => event.vendorType === 'Conference Member Departed')).toMatchObject({ kind: 'PARTICIPANT_LEFT' });
    expect(events.filter((event) => event.kind === 'OTHER')).toEqual([]);
  });

  it('filters by status, agent and team', async () => {
    const waiting = await gw.run(SupportSessionsDocument, { filter: { ...BOMGAR, status: 'WAITING' }, first: 50 });
    const waitingNodes = waiting.body.data!.supportSessions!.edges.map((edge) => edge.node);
    expect(waitingNodes.length).toBe(6);
    expect(waitingNodes.every((node) => node.agent === null && node.endedAt === null)).toBe(true);

    const anyAgent = (await gw.run(SupportSessionsDocument, { filter: { ...BOMGAR, status: 'ENDED' }, first: 5 })).body.data!.supportSessions!.edges[0]!.node.agent!;
    const byAgent = await gw.run(SupportSessionsDocument, { filter: { ...BOMGAR, agentId: anyAgent.id }, first: 30 });
    expect(byAgent.body.data!.supportSessions!.edges.length).toBeGreaterThan(0);
    expect(byAgent.body.data!.supportSessions!.edges.every((edge) => edge.node.agent?.id === anyAgent.id)).toBe(true);

    const teams = (await gw.run(SupportTeamsDocument, { vendor: 'BOMGAR' })).body.data!.teams!.nodes;
    const team = teams[0]!;
    const byTeam = await gw.run(SupportSessionsDocument, { filter: { ...BOMGAR, teamId: team.id }, first: 30 });
    const memberIds = new Set(team.members!.map((member) => member.id));
    expect(byTeam.body.data!.supportSessions!.edges.length).toBeGreaterThan(0);
    expect(byTeam.body.data!.supportSessions!.edges.every((edge) => memberIds.has(edge.node.agent!.id))).toBe(true);
  });

  it('filters by ticket and by date range; lists the agents of a team', async () => {
    const keyed = (await gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 100 })).body.data!.supportSessions!.edges.find((edge) => edge.node.externalKey)!.node;
    const byTicket = (await gw.run(SupportSessionsDocument, { filter: { ...BOMGAR, ticketId: keyed.externalKey! }, first: 50 })).body.data!.supportSessions!.edges.map((edge) => edge.node);
    expect(byTicket.map((node) => node.id)).toContain(keyed.id);
    expect(byTicket.every((node) => node.externalKey === keyed.externalKey)).toBe(true);

    const range = { from: '2025-12-01T00:00:00Z', to: '2025-12-08T00:00:00Z' };
    const inRange = (await gw.run(SupportSessionsDocument, { filter: { vendor: 'BOMGAR', ...range }, first: 100 })).body.data!.supportSessions!.edges.map((edge) => edge.node);
    expect(inRange.length).toBeGreaterThan(50);
    expect(inRange.every((node) => node.startedAt! >= range.from && node.startedAt! < range.to)).toBe(true);

    const team = (await gw.run(SupportTeamsDocument, { vendor: 'BOMGAR' })).body.data!.teams!.nodes[1]!;
    const members = (await gw.run(AgentsDocument, { teamId: team.id })).body.data!.agents!.nodes;
    expect(members.map((agent) => agent.id).sort()).toEqual(team.members!.map((member) => member.id).sort());
  });

  it('lists 50 tickets with their support sessions without a vendor call per ticket', async () => {
    await gw.sim.clearJournal();
    const { body } = await gw.run(
      graphql(`
        query TicketsWithSupportSessions {
          tickets(first: 50) {
            edges { node { vendorId supportSessions(first: 10) { edges { node { vendor externalKey agent { name } } } } } }
          }
        }
      `),
    );
    expect(body.errors).toBeUndefined();
    const tickets = body.data!.tickets!.edges.map((edge) => edge.node);
    const linked = tickets.filter((ticket) => ticket.supportSessions!.edges.length > 0);
    expect(linked.length).toBeGreaterThan(5);
    expect(linked.every((ticket) => ticket.supportSessions!.edges.every((edge) => edge.node.externalKey === ticket.vendorId))).toBe(true);
    const bomgar = await gw.sim.journal('bomgar');
    expect(bomgar.length, bomgar.map((call) => call.query.slice(0, 60)).join('\n')).toBeLessThanOrEqual(6);
    expect((await gw.sim.journal('goto')).length).toBeLessThanOrEqual(4);
  });

  it('resolves sessions, agents, teams and queues through node(), and refuses ids of other types', async () => {
    const page = (await gw.run(SupportSessionsDocument, { filter: { ...BOMGAR, status: 'ENDED' }, first: 1 })).body.data!.supportSessions!;
    const session = page.edges[0]!.node;
    const { body } = await gw.run(
      graphql(`
        query SupportNodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            __typename
            id
            ... on SupportSession { vendorId }
            ... on Agent { email }
            ... on SupportTeam { name }
            ... on Queue { waitingCount }
          }
        }
      `),
      { ids: [session.id, session.agent!.id, session.team!.id, session.queue!.id] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.nodes.map((node) => node?.__typename)).toEqual(['SupportSession', 'Agent', 'SupportTeam', 'Queue']);
    expect(body.data!.nodes[0]).toMatchObject({ vendorId: session.vendorId });
    const wrong = await gw.run(SupportSessionDocument, { id: session.agent!.id });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('links a ticket and its sessions both ways through the external key', async () => {
    const page = (await gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 100 })).body.data!.supportSessions!;
    const keyed = page.edges.find((edge) => edge.node.externalKey)!.node;
    const { body } = await gw.run(TicketSupportSessionsDocument, { id: keyed.externalKey! });
    expect(body.errors).toBeUndefined();
    const sessions = body.data!.ticket!.supportSessions!.edges.map((edge) => edge.node);
    expect(sessions.map((session) => session.id)).toContain(keyed.id);
    expect(sessions.every((session) => session.externalKey === keyed.externalKey)).toBe(true);
  });
});

describe('agents, teams and queues', () => {
  it('finds an agent by email with their Bomgar identity and status; lists by status', async () => {
    const { body } = await gw.run(AgentByEmailDocument, { email: 'Agent@Switchboard.test' });
    expect(body.errors).toBeUndefined();
    const agent = body.data!.agentByEmail!;
    expect(agent.email).toBe('agent@switchboard.test');
    expect(agent.identities.some((identity) => identity.vendor === 'BOMGAR' && identity.vendorId === '1')).toBe(true);
    expect(agent.teams!.length).toBeGreaterThan(0);
    // Busy in a live session makes the person busy (other vendors, a phone call, may make them busy too).
    if (agent.activeSessions!.length > 0) expect(agent.status).toBe('BUSY');
    else expect(agent.identities.filter((identity) => identity.vendor === 'BOMGAR').every((identity) => identity.status !== 'BUSY')).toBe(true);

    const busy = await gw.run(AgentsDocument, { status: 'BUSY' });
    const nodes = busy.body.data!.agents!.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.status === 'BUSY')).toBe(true);
    const all = (await gw.run(AgentsDocument, {})).body.data!.agents!.nodes;
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it('lists queues with waiting counts and longest waits', async () => {
    const { body } = await gw.run(SupportQueuesDocument, { vendor: 'BOMGAR' });
    expect(body.errors).toBeUndefined();
    const queues = body.data!.queues!.nodes;
    expect(queues).toHaveLength(6); // five team queues and the general queue
    const waiting = queues.reduce((sum, queue) => sum + queue.waitingCount, 0);
    expect(waiting).toBe(6); // six waiting customers, one of them in the general queue
    expect(queues.filter((queue) => queue.waitingCount > 0).every((queue) => queue.longestWaitSeconds > 0)).toBe(true);
    const [general, ...teamQueues] = [...queues].sort((a, b) => Number(b.vendorId === 'general') - Number(a.vendorId === 'general'));
    expect(general).toMatchObject({ vendorId: 'general', name: 'General queue', waitingCount: 1, team: null });
    expect(teamQueues.every((queue) => queue.team?.name === queue.name)).toBe(true);

    // The customer waiting there shows the queue on the session too.
    const waitingSessions = (await gw.run(SupportSessionsDocument, { filter: { ...BOMGAR, status: 'WAITING' }, first: 10 })).body.data!.supportSessions!.edges.map((edge) => edge.node);
    expect(waitingSessions.filter((session) => session.queue?.id === general!.id)).toHaveLength(1);
    expect(waitingSessions.every((session) => session.queue !== null)).toBe(true);
  });
});

describe('starting and steering a Bomgar session', () => {
  const ticketId = '19856122753302';

  it('refuses over-long survey fields naming the field, before any upstream call', async () => {
    await gw.sim.clearJournal();
    const name = await gw.run(StartSupportSessionDocument, { input: { ticketId, vendor: 'BOMGAR', customer: { name: 'x'.repeat(101) } } }, 'agent');
    expect(name.body.data!.startSupportSession).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'input.customer.name', message: 'must be at most 100 characters' }] });
    const details = await gw.run(StartSupportSessionDocument, { input: { ticketId, vendor: 'BOMGAR', customer: { name: 'Dana', company: 'c'.repeat(101), details: 'd'.repeat(1025) } } }, 'agent');
    const issues = (details.body.data!.startSupportSession as { issues: { field: string }[] }).issues.map((issue) => issue.field);
    expect(issues.sort()).toEqual(['input.customer.company', 'input.customer.details']);
    expect(await calls('bomgar')).toBe(0);
    expect(await calls('zendesk')).toBe(0);
  });

  it('is refused to a viewer', async () => {
    const { body } = await gw.run(StartSupportSessionDocument, { input: { ticketId, vendor: 'BOMGAR', customer: { name: 'Dana' } } }, 'viewer');
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('starts a session for a ticket, the customer joins, then transfer, re-key and end', async () => {
    const teams = (await gw.run(SupportTeamsDocument, { vendor: 'BOMGAR' })).body.data!.teams!.nodes;
    const started = await gw.run(
      StartSupportSessionDocument,
      { input: { ticketId, vendor: 'BOMGAR', teamId: teams[2]!.id, customer: { name: 'Dana Customer', company: 'Acme', details: 'Printer offline' } } },
      'agent',
    );
    expect(started.body.errors).toBeUndefined();
    const result = started.body.data!.startSupportSession;
    if (result?.__typename !== 'MutationStartSupportSessionSuccess') throw new Error(`not started: ${JSON.stringify(result)}`);
    expect(result.started.code).toMatch(/^\d{7}$/);
    const joinUrl = new URL(result.started.joinUrl);
    expect(joinUrl.pathname).toBe('/bomgar/api/start_session');
    expect(joinUrl.searchParams.get('customer.name')).toBe('Dana Customer');
    expect(joinUrl.searchParams.get('session.custom.external_key')).toBe(ticketId);
    expect(result.started.ticket?.vendorId).toBe(ticketId);

    const download = await fetch(joinUrl); // what the customer's browser does
    expect(download.status).toBe(200);
    const lsid = download.headers.get('x-simulator-lsid')!;

    const forTicket = (await gw.run(TicketSupportSessionsDocument, { id: ticketId })).body.data!.ticket!.supportSessions!.edges.map((edge) => edge.node);
    const session = forTicket.find((node) => node.vendorId === lsid)!;
    expect(session).toMatchObject({ status: 'WAITING', externalKey: ticketId });

    const agent = (await gw.run(AgentByEmailDocument, { email: 'agent@switchboard.test' })).body.data!.agentByEmail!;
    const moved = await gw.run(TransferSessionDocument, { sessionId: session.id, to: { agentId: agent.id } }, 'agent');
    expect(moved.body.data!.transferSession).toMatchObject({ __typename: 'MutationTransferSessionSuccess', session: { status: 'ACTIVE', agent: { id: agent.id } } });

    const otherTicket = '19856122753305';
    const rekeyed = await gw.run(SetSessionExternalKeyDocument, { sessionId: session.id, ticketId: otherTicket }, 'agent');
    expect(rekeyed.body.data!.setSessionExternalKey).toMatchObject({ session: { externalKey: otherTicket, ticket: { vendorId: otherTicket } } });
    const other = (await gw.run(TicketSupportSessionsDocument, { id: otherTicket })).body.data!.ticket!.supportSessions!.edges.map((edge) => edge.node.id);
    expect(other).toContain(session.id);

    const ended = await gw.run(EndSessionDocument, { sessionId: session.id }, 'agent');
    expect(ended.body.data!.endSession).toMatchObject({ session: { status: 'ENDED' } });
    const again = await gw.run(EndSessionDocument, { sessionId: session.id }, 'agent');
    expect(again.body.data!.endSession).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'sessionId', message: 'Session has already ended' }] });
  });
});

describe("a ticket's sessions", () => {
  const HOUR = 3_600_000;
  const createdAt = async (id: string) => Date.parse((await gw.run(TicketDocument, { id })).body.data!.ticket!.createdAt);

  it('lists each vendor from the ticket\'s creation (less an hour of clock skew), not over the whole default window', async () => {
    // The newest ticket with a session (ticket ids grow with creation): well inside the default window.
    const keyedSessions = (await gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 100 })).body.data!.supportSessions!.edges.map((edge) => edge.node).filter((node) => node.externalKey);
    const keyed = keyedSessions.reduce((newest, node) => (node.externalKey! > newest.externalKey! ? node : newest));
    const created = await createdAt(keyed.externalKey!);
    await gw.sim.clearJournal();
    const { body } = await gw.run(TicketSupportSessionsDocument, { id: keyed.externalKey! });
    expect(body.errors).toBeUndefined();
    expect(body.data!.ticket!.supportSessions!.edges.map((edge) => edge.node.id)).toContain(keyed.id);

    const listings = (await gw.sim.journal('bomgar')).map((call) => new URLSearchParams(call.query)).filter((query) => query.get('generate_report') === 'SupportSessionListing');
    expect(listings).toHaveLength(1);
    // From the ticket's creation at the earliest: later when the link index already holds the sessions since then.
    const start = Number(listings[0]!.get('start_time')) * 1000;
    expect(start).toBeGreaterThanOrEqual(Math.floor((created - HOUR) / 1000) * 1000);
    expect(start + Number(listings[0]!.get('duration')) * 1000).toBeGreaterThan(Date.parse(keyed.startedAt!));
    const gotoListings = (await gw.sim.journal('goto')).filter((call) => call.path.endsWith('/sessions') && call.method === 'GET');
    expect(gotoListings).toHaveLength(1);
    expect(Date.parse(new URLSearchParams(gotoListings[0]!.query).get('fromTime')!)).toBeGreaterThanOrEqual(created - HOUR);
  });

  it('still shows a session the gateway linked to the ticket although it started before the ticket was created', async () => {
    const ticketId = '19856122753895';
    const created = await createdAt(ticketId);
    const ended = (await gw.run(SupportSessionsDocument, { filter: { ...BOMGAR, status: 'ENDED' }, first: 100 })).body.data!.supportSessions!.edges.map((edge) => edge.node);
    const older = ended.filter((node) => !node.externalKey && Date.parse(node.startedAt!) < created - 2 * HOUR).at(-1)!;
    const keyed = await gw.run(SetSessionExternalKeyDocument, { sessionId: older.id, ticketId }, 'agent');
    expect(keyed.body.data!.setSessionExternalKey).toMatchObject({ session: { externalKey: ticketId } });

    const sessions = (await gw.run(TicketSupportSessionsDocument, { id: ticketId })).body.data!.ticket!.supportSessions!.edges.map((edge) => edge.node);
    expect(sessions).toContainEqual(expect.objectContaining({ id: older.id, status: 'ENDED', externalKey: ticketId }));
  });
});

describe('a legacy Bomgar site (username and password, bomgar.com namespaces)', () => {
  it('serves the same sessions and agents as the current site', async () => {
    const legacy = await startGateway({
      env: { BOMGAR_URL: `${gw.simulatorUrl}/bomgar/sites/legacy`, BOMGAR_CLIENT_ID: '', BOMGAR_CLIENT_SECRET: '', BOMGAR_USERNAME: 'simulator-api', BOMGAR_PASSWORD: 'simulator-api-password' },
    });
    try {
      const [old, current] = await Promise.all([legacy.run(SupportSessionsDocument, { filter: BOMGAR, first: 30 }), gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 30 })]);
      expect(old.body.errors).toBeUndefined();
      const ids = (result: typeof old) => result.body.data!.supportSessions!.edges.map((edge) => [edge.node.vendorId, edge.node.agent?.name, edge.node.status]);
      expect(ids(old)).toEqual(ids(current));
      const calls = await gw.sim.journal('bomgar');
      expect(calls.some((call) => call.path === '/bomgar/sites/legacy/api/reporting.ns' && call.query === '')).toBe(true);
    } finally {
      await legacy.close();
    }
  });
});

describe('when Bomgar is down', () => {
  // Last in the file: the failures open Bomgar's circuit breaker for the rest of this gateway's life.
  it('lists what the other vendors have and names Bomgar as unavailable', async () => {
    await gw.sim.fault({ vendor: 'bomgar', kind: 'status', status: 503 });
    try {
      const sessions = await gw.run(SupportSessionsDocument, { filter: WINDOW, first: 20 });
      expect(sessions.body.errors).toBeUndefined();
      expect(sessions.body.data!.supportSessions!.unavailableVendors).toEqual([{ vendor: 'BOMGAR', code: 'UPSTREAM_UNAVAILABLE', message: 'bomgar is unavailable' }]);
      expect(sessions.body.data!.supportSessions!.edges.every((edge) => edge.node.vendor !== 'BOMGAR')).toBe(true);
      const agents = await gw.run(AgentsDocument, {});
      expect(agents.body.data!.agents!.unavailableVendors.map((item) => item.vendor)).toContain('BOMGAR');
      const only = await gw.run(SupportSessionsDocument, { filter: BOMGAR, first: 5 });
      expect(only.body.data!.supportSessions!.edges).toEqual([]);
    } finally {
      await gw.sim.clearFaults();
    }
  });
});
