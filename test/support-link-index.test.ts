import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBomgarClient } from '../clients/bomgar/client.js';
import { createGoToAssistClient } from '../clients/goto/assist/client.js';
import { createGoToSession } from '../clients/goto/oauth.js';
import { SIMULATOR_ACCOUNTS } from '../simulator/credentials.js';
import { readIndexMarks, sessionLinks } from '../store/session-links.js';
import type { Span } from '../store/session-index-span.js';
import { syncPlan } from '../store/sync/registry.js';
import { runSync } from '../store/sync/run.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { graphqlQuery, startGatewayOver, type GatewayOver } from './support/gateway-over.js';
import { simEvent } from './support/live.js';

/**
 * A ticket's remote-support sessions through the store's link index (SESSION_LINK_INDEX=on),
 * against the same simulator read by a gateway without it (off, which lists every vendor since
 * the ticket was created): sessions started by the gateway, tied by a push, found only by a
 * listing, re-keyed; a warm index lists only since each vendor's watermark; the answers match.
 */

const SESSION = `id vendor vendorId status startedAt endedAt externalKey portal rating feedback resolution recordingUrl customer { name email } agent { id } ticket { vendorId }`;
const TICKET = `query Ticket($id: ID!) { ticket(id: $id) { vendorId supportSessions(first: 100) { edges { node { ${SESSION} } } unavailableVendors { vendor code } } } }`;
const PAGE = `query Page { tickets(first: 30) { edges { node { vendorId createdAt supportSessions(first: 50) { edges { node { ${SESSION} events(first: 3) { edges { node { kind at } } } } } unavailableVendors { vendor code } } } } } }`;

interface Session {
  id: string;
  vendor: 'BOMGAR' | 'GOTO_ASSIST';
  vendorId: string;
  status: string;
  startedAt: string | null;
  endedAt: string | null;
  externalKey: string | null;
}
interface TicketSessions {
  vendorId: string;
  createdAt?: string;
  supportSessions: { edges: { node: Session }[]; unavailableVendors: unknown[] };
}

const secrets = { bomgar: randomBytes(18).toString('base64url'), gotoassist: randomBytes(18).toString('base64url') };
let gw: TestGateway;
let off: GatewayOver;

const onQuery = <T>(query: string, variables?: Record<string, unknown>) => graphqlQuery<T>(gw.url, gw.keys.admin, query, variables);
async function sessionsOf(via: 'on' | 'off', ticketId: string): Promise<TicketSessions> {
  const answer = via === 'on' ? await onQuery<{ ticket: TicketSessions }>(TICKET, { id: ticketId }) : await off.query<{ ticket: TicketSessions }>(TICKET, { id: ticketId });
  expect(answer.errors).toBeUndefined();
  return answer.data!.ticket;
}
/** Both gateways' answers for a ticket: they must be the same. */
async function bothAgree(ticketId: string): Promise<Session[]> {
  const on = await sessionsOf('on', ticketId);
  expect(on).toEqual(await sessionsOf('off', ticketId));
  return on.supportSessions.edges.map((edge) => edge.node);
}
const links = (vendor: string, vendorId: string) => sessionLinks(gw.app.store.fork(), { sessions: [{ vendor, vendorId }] });
const marks = () => readIndexMarks(gw.app.store.fork());
const seconds = (at: Date | number) => Math.floor(new Date(at).getTime() / 1000) * 1000;

/** The vendors as someone outside the gateway reaches them (a rep's console, another integration). */
const outside = () => {
  const { goto, bomgar } = SIMULATOR_ACCOUNTS;
  const session = createGoToSession({ baseUrl: `${gw.simulatorUrl}/goto`, clientId: goto.clientId, clientSecret: goto.clientSecret, refreshToken: goto.refreshToken });
  return {
    assist: createGoToAssistClient(session),
    bomgar: createBomgarClient({ baseUrl: `${gw.simulatorUrl}/bomgar`, clientId: bomgar.clientId, clientSecret: bomgar.clientSecret, transport: { retries: 0 } }),
  };
};

let page: TicketSessions[];

beforeAll(async () => {
  // The simulator's clock starts at ours, as a vendor's runs beside the gateway's.
  // A page of tickets with their sessions and a few events each costs more than the default operation limit.
  const limits = { LIMIT_MAX_COST: '100000' };
  gw = await startGateway({ simulatorStartTime: new Date(), env: { ...limits, BOMGAR_WEBHOOK_SECRET: secrets.bomgar, GOTO_ASSIST_WEBHOOK_SECRET: secrets.gotoassist } });
  off = await startGatewayOver(gw.simulatorUrl, { ...limits, SESSION_LINK_INDEX: 'off' });
  // What an operator sets up at each vendor: pushes reach the gateway with the index.
  const put = async (path: string, body: unknown) => expect((await gw.sim.call(path, body, 'PUT')).status).toBe(200);
  await put('/_sim/bomgar/outbound-recipients', { urls: [`${gw.url}/webhooks/bomgar?token=${secrets.bomgar}`] });
  await put('/_sim/gotoassist/callback-url', { url: `${gw.url}/webhooks/gotoassist?token=${secrets.gotoassist}` });
});
afterAll(async () => {
  await off?.close();
  await gw?.close();
});

describe('the link index', () => {
  it('answers a page of tickets as the vendors do, and leaves a watermark per vendor', async () => {
    expect((await marks()).size).toBe(0);
    const on = await onQuery<{ tickets: { edges: { node: TicketSessions }[] } }>(PAGE);
    expect(on.errors).toBeUndefined();
    expect(on).toEqual(await off.query(PAGE));
    page = on.data!.tickets.edges.map((edge) => edge.node);
    expect(page.filter((ticket) => ticket.supportSessions.edges.length > 0).length).toBeGreaterThan(3);

    const written = await marks();
    expect([...written.keys()].sort()).toEqual(['bomgar', 'gotoassist']);
    const oldest = Math.min(...page.map((ticket) => Date.parse(ticket.createdAt!)));
    for (const mark of written.values()) expect(mark.from.getTime()).toBeLessThanOrEqual(oldest);
  });

  it('lists only what started since each vendor’s watermark once it is warm, and reads no ended session again', async () => {
    const ticket = [...page].sort((a, b) => b.supportSessions.edges.length - a.supportSessions.edges.length)[0]!;
    const sessions = ticket.supportSessions.edges.map((edge) => edge.node);
    expect(sessions.some((session) => session.vendor === 'BOMGAR')).toBe(true);
    const mark = (await marks()) as Map<string, Span>;
    await gw.sim.clearJournal();
    const warm = await sessionsOf('on', ticket.vendorId);
    // Reports only: the rosters the agents' names come from are read whatever the sessions' source.
    const bomgar = (await gw.sim.journal('bomgar')).filter((call) => call.path.endsWith('/api/reporting')).map((call) => new URLSearchParams(call.query));
    const goto = await gw.sim.journal('goto');
    expect(warm).toEqual(await sessionsOf('off', ticket.vendorId));

    // One listing per vendor, from its watermark: the minutes since, not the ticket's life.
    const listings = bomgar.filter((query) => query.get('generate_report') === 'SupportSessionListing');
    expect(listings.map((query) => Number(query.get('start_time')) * 1000)).toEqual([seconds(mark.get('bomgar')!.to)]);
    const assistListings = goto.filter((call) => call.method === 'GET' && call.path.endsWith('/G2A/rest/v1/sessions'));
    expect(assistListings.map((call) => seconds(Date.parse(new URLSearchParams(call.query).get('fromTime')!)))).toEqual([seconds(mark.get('gotoassist')!.to)]);
    const vendorNow = Date.parse(((await (await gw.sim.call('/_sim')).json()) as { now: string }).now);
    expect(vendorNow - mark.get('bomgar')!.to.getTime()).toBeLessThan(3_600_000);
    expect(Date.parse(ticket.createdAt!)).toBeLessThan(mark.get('bomgar')!.to.getTime() - 3_600_000);

    // Ended sessions come from the store: records are read only for sessions still running.
    const running = new Set(sessions.filter((session) => session.status === 'WAITING' || session.status === 'ACTIVE').map((session) => session.vendorId));
    const read = bomgar.filter((query) => query.get('generate_report') === 'SupportSession').flatMap((query) => query.get('lsids')!.split(','));
    expect(read.filter((lsid) => !running.has(lsid))).toEqual([]);
    const byId = goto.filter((call) => /\/G2A\/rest\/v1\/sessions\/[^/]+$/.test(call.path)).map((call) => call.path.split('/').at(-1)!);
    expect(byId.filter((id) => !running.has(id))).toEqual([]);
    // Besides: Bomgar's ratings, in its two exit-survey reports (one batch for the page), and nothing else.
    const surveys = bomgar.filter((query) => /^Support(Cust|Rep)ExitSurvey$/.test(query.get('generate_report') ?? ''));
    expect(surveys.length).toBeLessThanOrEqual(2);
    expect(bomgar.length).toBe(listings.length + (read.length > 0 ? 1 : 0) + surveys.length);
  });

  it('holds a session the gateway started, linked to its ticket at once', async () => {
    const ticket = page[1]!.vendorId;
    const { data, errors } = await onQuery<{ startSupportSession: { started: { session: { vendorId: string } } } }>(
      `mutation { startSupportSession(input: { ticketId: "${ticket}", vendor: GOTO_ASSIST, customer: { name: "Index Test" } }) { ... on MutationStartSupportSessionSuccess { started { session { vendorId } } } } }`,
    );
    expect(errors).toBeUndefined();
    const sessionId = data!.startSupportSession.started.session.vendorId;
    expect(await links('gotoassist', sessionId)).toEqual([expect.objectContaining({ externalKey: ticket, source: 'gateway', status: 'WAITING' })]);
    expect((await bothAgree(ticket)).map((session) => session.vendorId)).toContain(sessionId);
  });

  it('finds a session only a listing can know: keyed outside the gateway, no push', async () => {
    const ticket = page[2]!.vendorId;
    const created = await outside().assist.createSession({ partnerObject: ticket, customerName: 'Made Elsewhere' });
    expect(await links('gotoassist', created.sessionId)).toEqual([]);
    expect((await bothAgree(ticket)).map((session) => session.vendorId)).toContain(created.sessionId);
    expect(await links('gotoassist', created.sessionId)).toEqual([expect.objectContaining({ externalKey: ticket, source: 'listing' })]);
  });

  it('ties a running session keyed outside the gateway when its vendor pushes it (GoToAssist’s status callback)', async () => {
    const ticket = page[3]!.vendorId;
    const { data } = await onQuery<{ supportSessions: { edges: { node: Session }[] } }>(`{ supportSessions(filter: { vendor: GOTO_ASSIST, status: ACTIVE }, first: 10) { edges { node { vendorId status externalKey } } } }`);
    const active = data!.supportSessions.edges[0]!.node;
    await outside().assist.setPartnerObject(active.vendorId, { partnerObject: ticket });
    await simEvent(gw, { vendor: 'gotoassist', kind: 'session-end', session: active.vendorId, rating: 5 });
    // The callback landed before the simulator answered: the index has it, ended and keyed, before any listing.
    expect(await links('gotoassist', active.vendorId)).toEqual([expect.objectContaining({ externalKey: ticket, status: 'ENDED', source: 'push' })]);
    expect((await bothAgree(ticket)).find((session) => session.vendorId === active.vendorId)).toMatchObject({ status: 'ENDED', externalKey: ticket });
  });

  it('learns a key set outside the gateway on a session that has ended from the vendor’s next push about it, not before', async () => {
    const ticket = page[4]!;
    const covered = (await marks()).get('bomgar')!;
    const { data } = await onQuery<{ supportSessions: { edges: { node: Session }[] } }>(`{ supportSessions(filter: { vendor: BOMGAR, status: ENDED }, first: 100) { edges { node { vendorId startedAt externalKey } } } }`);
    const ended = data!.supportSessions.edges
      .map((edge) => edge.node)
      .find((session) => !session.externalKey && Date.parse(session.startedAt!) > Date.parse(ticket.createdAt!) && Date.parse(session.startedAt!) < covered.to.getTime())!;
    await outside().bomgar.setExternalKey(ended.vendorId, ticket.vendorId);

    // The freshness contract (docs/history-and-reports.md): the index holds the session as it ended, without the key ...
    expect((await sessionsOf('on', ticket.vendorId)).supportSessions.edges.map((edge) => edge.node.vendorId)).not.toContain(ended.vendorId);
    expect((await sessionsOf('off', ticket.vendorId)).supportSessions.edges.map((edge) => edge.node.vendorId)).toContain(ended.vendorId);
    // ... until the appliance sends an event about it (here a late exit survey), which the gateway reads the session for.
    const event = new URLSearchParams({ event: 'customer_exit_survey_completed', version: '3', timestamp: String(Math.floor(Date.now() / 1000)), lsid: ended.vendorId, rating: '4' });
    const pushed = await fetch(`${gw.url}/webhooks/bomgar?token=${secrets.bomgar}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: event.toString() });
    expect(pushed.status).toBe(200);
    expect(await links('bomgar', ended.vendorId)).toEqual([expect.objectContaining({ externalKey: ticket.vendorId, source: 'push' })]);
    expect((await bothAgree(ticket.vendorId)).map((session) => session.vendorId)).toContain(ended.vendorId);
  });

  it('follows an external key the gateway changes, from one ticket to another', async () => {
    const [from, to] = page.filter((ticket) => ticket.supportSessions.edges.some((edge) => edge.node.vendor === 'BOMGAR' && edge.node.status === 'ENDED' && edge.node.externalKey === ticket.vendorId));
    const session = from!.supportSessions.edges.map((edge) => edge.node).find((node) => node.vendor === 'BOMGAR' && node.status === 'ENDED' && node.externalKey === from!.vendorId)!;
    const { errors } = await onQuery(`mutation { setSessionExternalKey(sessionId: "${session.id}", ticketId: "${to!.vendorId}") { __typename } }`);
    expect(errors).toBeUndefined();
    expect(await links('bomgar', session.vendorId)).toEqual([expect.objectContaining({ externalKey: to!.vendorId, source: 'gateway' })]);
    expect((await bothAgree(from!.vendorId)).map((node) => node.vendorId)).not.toContain(session.vendorId);
    expect((await bothAgree(to!.vendorId)).find((node) => node.vendorId === session.vendorId)).toMatchObject({ externalKey: to!.vendorId });
  });

  it('gives the same answers as the vendors after pushes, commands and listings', async () => {
    const on = await onQuery(PAGE);
    expect(on.errors).toBeUndefined();
    expect(on).toEqual(await off.query(PAGE));
  });

  it('answers as before, from the vendors, when the store cannot be read', async () => {
    await gw.app.store.fork().getConnection().execute('drop table support_session_index_marks');
    const on = await onQuery(PAGE);
    expect(on.errors).toBeUndefined();
    expect(on).toEqual(await off.query(PAGE));
  });
});

describe('the link index after a sync', () => {
  let synced: TestGateway;
  beforeAll(async () => {
    synced = await startGateway({ simulatorStartTime: new Date() });
  });
  afterAll(() => synced?.close());

  it('is written by the sync, so a first ticket read lists only what started since', async () => {
    const plan = syncPlan(synced.app.vendors, ['bomgar'], { bomgar: { sessions: { lookbackDays: 400 } } });
    plan.set('bomgar', plan.get('bomgar')!.filter((sync) => sync.resource === 'sessions'));
    const outcome = await runSync({ em: synced.app.store.fork(), plan, now: new Date() });
    expect(outcome.flatMap((vendor) => vendor.resources.map((resource) => resource.error?.message ?? null))).toEqual([null]);
    const mark = (await readIndexMarks(synced.app.store.fork())).get('bomgar')!;
    expect(mark).toBeDefined();

    const { data } = await graphqlQuery<{ supportSessions: { edges: { node: Session }[] } }>(synced.url, synced.keys.admin, `{ supportSessions(filter: { vendor: BOMGAR, status: ENDED }, first: 50) { edges { node { vendorId externalKey } } } }`);
    const ticketId = data!.supportSessions.edges.map((edge) => edge.node).find((node) => node.externalKey)!.externalKey!;
    await synced.sim.clearJournal();
    const answer = await graphqlQuery<{ ticket: TicketSessions }>(synced.url, synced.keys.admin, TICKET, { id: ticketId });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.ticket.supportSessions.edges.length).toBeGreaterThan(0);
    const reports = (await synced.sim.journal('bomgar')).map((call) => new URLSearchParams(call.query));
    const listings = reports.filter((query) => query.get('generate_report') === 'SupportSessionListing');
    expect(listings.map((query) => Number(query.get('start_time')) * 1000)).toEqual([seconds(mark.to)]);
    // The ended sessions' records are the ones the sync stored.
    expect(reports.filter((query) => query.get('generate_report') === 'SupportSession')).toEqual([]);
  });
});
