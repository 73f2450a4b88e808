import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SetSessionExternalKeyDocument } from '../clients/graphql/generated/graphql.js';
import { simulatedVendorEnv } from '../simulator/credentials.js';
import { zendeskWebhookSignature } from '../server/webhooks/zendesk.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { simEvent } from './support/live.js';

/**
 * Vendor reads shared across requests (adapters/shared-reads), end to end: one gateway with them
 * on (a TTL far longer than the file, so only sharing and invalidation decide) beside one with
 * them off (VENDOR_CACHE_TTL_MS=0, as every other suite runs), each over its own simulator with
 * the same seed and start, so their answers must stay equal through listings, writes and pushes.
 */

interface SessionsResult {
  supportSessions: {
    edges: { node: { id: string; vendor: string; vendorId: string; status: string; startedAt: string | null; externalKey: string | null; agent: { id: string } | null } }[];
    unavailableVendors: { vendor: string; code: string }[];
  };
}
interface AgentsResult {
  agents: { nodes: { id: string; email: string | null; status: string; identities: { vendor: string; vendorId: string; status: string }[] }[]; unavailableVendors: { vendor: string }[] };
}
type Window = { from: string; to: string };

// Only fields a later request cannot see differently (no durations, waits or end times, which follow each gateway's clock).
const SESSIONS = parse(`query SharedReadsSessions($filter: SupportSessionFilter, $first: Int) {
  supportSessions(filter: $filter, first: $first) {
    edges { node { id vendor vendorId status startedAt externalKey agent { id } } }
    unavailableVendors { vendor code }
  }
}`) as TypedDocumentNode<SessionsResult, { filter: Window & { vendor?: 'BOMGAR' | 'GOTO_ASSIST' }; first: number }>;
const AGENTS = parse(`query SharedReadsAgents {
  agents { nodes { id email status identities { vendor vendorId status } } unavailableVendors { vendor } }
}`) as TypedDocumentNode<AgentsResult, Record<string, never>>;

const secret = randomBytes(18).toString('base64url');
const zendeskSecret = randomBytes(18).toString('base64url');
const start = new Date(Math.floor(Date.now() / 1000) * 1000);
const WINDOW: Window = { from: new Date(start.getTime() - 60 * 86_400_000).toISOString(), to: new Date(start.getTime() + 86_400_000).toISOString() };

let on: TestGateway;
let off: TestGateway;

beforeAll(async () => {
  const gateway = (env: Record<string, string>) => startGateway({ simulatorStartTime: start, env: { GOTO_ASSIST_WEBHOOK_SECRET: secret, ZENDESK_WEBHOOK_SECRET: zendeskSecret, ...env } });
  [on, off] = await Promise.all([gateway({ VENDOR_CACHE_TTL_MS: '600000', VENDOR_CACHE_TTL_AMEYO_AGENT_STATES: '0' }), gateway({})]);
  // Each simulator reports GoToAssist session changes to its own gateway, as the vendor's status callback does.
  for (const gw of [on, off]) expect((await gw.sim.call('/_sim/gotoassist/callback-url', { url: `${gw.url}/webhooks/gotoassist?token=${secret}` }, 'PUT')).status).toBe(200);
});
afterAll(async () => {
  await Promise.all([on?.close(), off?.close()]);
});

async function sessions(gw: TestGateway): Promise<SessionsResult['supportSessions']> {
  const { body } = await gw.run(SESSIONS, { filter: WINDOW, first: 100 });
  expect(body.errors).toBeUndefined();
  expect(body.data!.supportSessions.unavailableVendors).toEqual([]);
  return body.data!.supportSessions;
}

async function agents(gw: TestGateway): Promise<AgentsResult['agents']> {
  const { body } = await gw.run(AGENTS, {});
  expect(body.errors).toBeUndefined();
  return body.data!.agents;
}

/** The vendor listings of WINDOW each simulator answered since its journal was cleared (live polls list other windows). */
async function listings(gw: TestGateway): Promise<{ bomgar: number; gotoassist: number }> {
  const fromSeconds = String(Date.parse(WINDOW.from) / 1000);
  const bomgar = (await gw.sim.journal('bomgar')).filter((call) => {
    const query = new URLSearchParams(call.query);
    return query.get('generate_report') === 'SupportSessionListing' && query.get('start_time') === fromSeconds;
  });
  const gotoassist = (await gw.sim.journal('goto')).filter(
    (call) => call.method === 'GET' && call.path.endsWith('/sessions') && Date.parse(new URLSearchParams(call.query).get('fromTime') ?? '') === Date.parse(WINDOW.from),
  );
  return { bomgar: bomgar.length, gotoassist: gotoassist.length };
}

async function calls(gw: TestGateway, vendor: string, pathEnd: string): Promise<number> {
  return (await gw.sim.journal(vendor)).filter((call) => call.path.endsWith(pathEnd)).length;
}

/** `vendor_cache_*` series from /metrics, by their labels (`reads bomgar/sessions/miss`, `invalidations bomgar/all`). */
async function cacheMetrics(gw: TestGateway): Promise<Map<string, number>> {
  const text = await (await fetch(`${gw.url}/metrics`, { headers: { authorization: `Bearer ${gw.keys.admin}` } })).text();
  const series = new Map<string, number>();
  for (const match of text.matchAll(/^vendor_cache_(reads|invalidations)_total\{([^}]*)\} (\d+)$/gm)) {
    const labels = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((label) => [label[1], label[2]]));
    series.set(`${match[1]} ${[labels.vendor, labels.resource, labels.outcome].filter(Boolean).join('/')}`, Number(match[3]));
  }
  return series;
}

function delta(after: Map<string, number>, before: Map<string, number>, name: string): number {
  return (after.get(name) ?? 0) - (before.get(name) ?? 0);
}

describe('vendor reads shared across requests', () => {
  it('answers two concurrent identical listings with one call per vendor, counted as a miss and a join', async () => {
    await on.sim.clearJournal();
    // Bomgar answers this listing slowly, so the second request surely arrives while the first's call is in flight.
    await on.sim.fault({ vendor: 'bomgar', path: '/api/reporting', kind: 'latency', latencyMs: 1500, times: 1 });
    const before = await cacheMetrics(on);
    const [first, second] = await Promise.all([sessions(on), sessions(on)]);
    expect(second).toEqual(first);
    expect(first.edges.map((edge) => edge.node.vendor)).toEqual(expect.arrayContaining(['BOMGAR', 'GOTO_ASSIST']));
    expect(await listings(on)).toEqual({ bomgar: 1, gotoassist: 1 });
    const after = await cacheMetrics(on);
    expect([delta(after, before, 'reads bomgar/sessions/miss'), delta(after, before, 'reads bomgar/sessions/join')]).toEqual([1, 1]);
    expect(delta(after, before, 'reads gotoassist/sessions/miss')).toBe(1);

    // With the sharing off, each request lists for itself.
    await off.sim.clearJournal();
    const [alone, again] = await Promise.all([sessions(off), sessions(off)]);
    expect(again).toEqual(alone);
    expect(alone).toEqual(first);
    expect(await listings(off)).toEqual({ bomgar: 2, gotoassist: 2 });
    expect([...(await cacheMetrics(off)).keys()].filter((name) => name.startsWith('reads'))).toEqual([]);
  });

  it('answers a later identical listing from the entry, counted as hits', async () => {
    await on.sim.clearJournal();
    const before = await cacheMetrics(on);
    expect(await sessions(on)).toEqual(await sessions(off));
    expect(await listings(on)).toEqual({ bomgar: 0, gotoassist: 0 });
    const after = await cacheMetrics(on);
    expect([delta(after, before, 'reads bomgar/sessions/hit'), delta(after, before, 'reads gotoassist/sessions/hit')]).toEqual([1, 1]);
  });

  it('shares live status reads, except a resource whose own TTL is 0', async () => {
    expect(await agents(on)).toEqual(await agents(off));
    await on.sim.clearJournal();
    expect(await agents(on)).toEqual(await agents(off));
    // VENDOR_CACHE_TTL_AMEYO_AGENT_STATES=0: agent states are read each time; the user list, reps and experts are not.
    expect(await calls(on, 'ameyo', '/cc/agentStates')).toBe(1);
    expect(await calls(on, 'ameyo', '/getAllContactCenterUsers')).toBe(0);
    expect(await calls(on, 'goto', '/monitors/agents')).toBe(0);
    const bomgarCommands = (await on.sim.journal('bomgar')).filter((call) => call.path.endsWith('/api/command'));
    expect(bomgarCommands).toEqual([]);
  });

  it('drops a vendor’s listings when the gateway writes to it, so the next request sees the write', async () => {
    const listed = (await sessions(on)).edges.map((edge) => edge.node);
    const ticketId = listed.find((node) => node.externalKey)!.externalKey!;
    const target = listed.find((node) => node.vendor === 'BOMGAR' && node.status === 'ENDED' && node.externalKey !== ticketId)!;
    const before = await cacheMetrics(on);
    for (const gw of [on, off]) {
      const { body } = await gw.run(SetSessionExternalKeyDocument, { sessionId: target.id, ticketId }, 'agent');
      expect(body.data!.setSessionExternalKey).toMatchObject({ session: { externalKey: ticketId } });
    }
    await on.sim.clearJournal();
    const after = await sessions(on);
    expect(after.edges.map((edge) => edge.node)).toContainEqual(expect.objectContaining({ id: target.id, externalKey: ticketId }));
    expect(after).toEqual(await sessions(off));
    // Only Bomgar's listing was dropped: GoToAssist's is still shared.
    expect(await listings(on)).toEqual({ bomgar: 1, gotoassist: 0 });
    expect(delta(await cacheMetrics(on), before, 'invalidations bomgar/sessions')).toBe(1);
  });

  it('drops a vendor’s reads when it pushes, so the next request sees what it pushed', async () => {
    const active = (await sessions(on)).edges.map((edge) => edge.node).find((node) => node.vendor === 'GOTO_ASSIST' && node.status === 'ACTIVE')!;
    const before = await cacheMetrics(on);
    for (const gw of [on, off]) {
      await simEvent(gw, { vendor: 'gotoassist', kind: 'session-end', session: active.vendorId });
      // Waits until the simulator's pushes have landed, and shows how the gateway answered them.
      const { deliveries } = (await (await gw.sim.call('/_sim/pushes?vendor=gotoassist')).json()) as { deliveries: { url: string; status: number }[] };
      expect(deliveries.filter((delivery) => delivery.url.startsWith(gw.url)).map((delivery) => delivery.status)).toContain(200);
    }
    expect(delta(await cacheMetrics(on), before, 'invalidations gotoassist/all')).toBeGreaterThanOrEqual(1);
    await on.sim.clearJournal();
    const after = await sessions(on);
    expect(after.edges.map((edge) => edge.node)).toContainEqual(expect.objectContaining({ id: active.id, status: 'ENDED' }));
    expect(after).toEqual(await sessions(off));
    expect(await listings(on)).toEqual({ bomgar: 0, gotoassist: 1 });
    expect(await agents(on)).toEqual(await agents(off));
  });
});

interface TicketsResult {
  tickets: { edges: { node: { id: string; vendorId: string; subject: string; status: string; requester: { name: string | null; email: string | null } | null } }[] };
}
// The bench's Zendesk-only operation, with ids and status to compare by.
const TICKETS = parse(`query SharedReadsTickets {
  tickets(first: 25) { edges { node { id vendorId subject status requester { name email } } } }
}`) as TypedDocumentNode<TicketsResult, Record<string, never>>;
const UPDATE_TICKET = parse(`mutation SharedReadsUpdateTicket($id: ID!, $input: UpdateTicketInput!) {
  updateTicket(id: $id, input: $input) { ... on MutationUpdateTicketSuccess { ticket { id subject } } }
}`) as TypedDocumentNode<unknown, { id: string; input: { subject: string } }>;

async function tickets(gw: TestGateway): Promise<TicketsResult['tickets']['edges'][number]['node'][]> {
  const { body } = await gw.run(TICKETS, {}, 'agent');
  expect(body.errors).toBeUndefined();
  return body.data!.tickets.edges.map((edge) => edge.node);
}

/** Renames a ticket in Zendesk itself (an agent in Zendesk's UI), behind the gateway's back. */
async function renameInZendesk(gw: TestGateway, vendorId: string, subject: string): Promise<void> {
  const env = simulatedVendorEnv(gw.simulatorUrl);
  const answer = await fetch(`${env.ZENDESK_URL}/api/v2/tickets/${vendorId}.json`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${env.ZENDESK_EMAIL}/token:${env.ZENDESK_TOKEN}`).toString('base64')}` },
    body: JSON.stringify({ ticket: { subject } }),
  });
  expect(answer.status).toBe(200);
}

/** Posts a Zendesk webhook event to the gateway, signed with `key` at `signedAt`. */
async function zendeskPush(gw: TestGateway, event: unknown, key = zendeskSecret, signedAt = new Date()): Promise<Response> {
  const body = JSON.stringify(event);
  const timestamp = signedAt.toISOString();
  return fetch(`${gw.url}/webhooks/zendesk`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zendesk-webhook-signature-timestamp': timestamp, 'x-zendesk-webhook-signature': zendeskWebhookSignature(key, timestamp, body) },
    body,
  });
}

describe('Zendesk reads shared across requests', () => {
  it('answers a repeated ticket page with its requesters from the shared reads, equal to the vendor’s answer', async () => {
    const first = await tickets(on);
    expect(first).toEqual(await tickets(off));
    expect(first.filter((ticket) => ticket.requester?.email)).not.toHaveLength(0);
    await on.sim.clearJournal();
    expect(await tickets(on)).toEqual(first);
    expect(await on.sim.journal('zendesk')).toEqual([]);
  });

  it('sees a write made through the gateway at once', async () => {
    const [ticket] = await tickets(on);
    const subject = `Renamed through the gateway ${randomBytes(4).toString('hex')}`;
    for (const gw of [on, off]) {
      const { body } = await gw.run(UPDATE_TICKET, { id: ticket!.id, input: { subject } }, 'agent');
      expect(body.errors).toBeUndefined();
    }
    const after = await tickets(on);
    expect(after.find((row) => row.id === ticket!.id)?.subject).toBe(subject);
    expect(after).toEqual(await tickets(off));
  });

  it('sees a change made in Zendesk itself once a signed Zendesk webhook says so, and only a signed one', async () => {
    const [, ticket] = await tickets(on);
    const vendorId = ticket!.vendorId;
    const subject = `Renamed in Zendesk ${randomBytes(4).toString('hex')}`;
    for (const gw of [on, off]) await renameInZendesk(gw, vendorId, subject);
    // Within the TTL the shared page still answers, as the freshness rule says; the gateway without sharing sees it.
    expect((await tickets(on)).find((row) => row.id === ticket!.id)?.subject).toBe(ticket!.subject);
    expect((await tickets(off)).find((row) => row.id === ticket!.id)?.subject).toBe(subject);

    const event = { type: 'zen:event-type:ticket.subject_changed', id: randomBytes(8).toString('hex'), detail: { id: vendorId } };
    expect((await zendeskPush(on, event, 'not-the-signing-secret')).status).toBe(401);
    expect((await zendeskPush(on, event, zendeskSecret, new Date(Date.now() - 3_600_000))).status).toBe(401);
    expect((await tickets(on)).find((row) => row.id === ticket!.id)?.subject).toBe(ticket!.subject);

    const pushed = await zendeskPush(on, event);
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toEqual({ status: 'success', invalidated: ['tickets', 'comments'] });
    expect(await tickets(on)).toEqual(await tickets(off));
  });
});
