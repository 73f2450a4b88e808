import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { claimCall, updateCall } from '../store/calls.js';
import { ameyoCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { graphqlQuery } from './support/gateway-over.js';

/**
 * A ticket view's store reads (the link index's watermarks, the ticket's links and index rows, its
 * calls, the sync coverage) are shared across requests while the store is unchanged
 * (store/read-cache.ts): a warm view asks the store only for its version and writes nothing, and
 * what is written meanwhile, by this gateway or by another process on the same database, shows
 * at the next view.
 */

const VIEW = `query View($id: ID!) { ticket(id: $id) {
  vendorId
  supportSessions(first: 20) { edges { node { vendor vendorId status agent { name } } } unavailableVendors { vendor } }
  calls(first: 20) { vendorId agentUserId }
} }`;

interface View {
  vendorId: string;
  supportSessions: { edges: { node: { vendor: string; vendorId: string } }[]; unavailableVendors: unknown[] };
  calls: { vendorId: string }[];
}

let dir: string;
let gw: TestGateway;
/** Another process's connection to the gateway's database (another gateway, `switchboard sync`). */
let other: Store;
let ticketId: string;

const view = async () => {
  const answer = await graphqlQuery<{ ticket: View }>(gw.url, gw.keys.agent, VIEW, { id: ticketId });
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.ticket.supportSessions.unavailableVendors).toEqual([]);
  return answer.data!.ticket;
};

/** The SQL the gateway sends while `work` runs. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const knex = gw.app.store.orm.em.getConnection().getKnex();
  const seen = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', seen);
  try {
    await work();
  } finally {
    knex.off('query', seen);
  }
  return statements;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-store-reads-'));
  const databaseUrl = `sqlite:${join(dir, 'store.sqlite')}`;
  // Vendor reads shared for the whole suite: a view's vendor listings stay the same, so only the store could change it.
  gw = await startGateway({ databaseUrl, env: { VENDOR_CACHE_TTL_MS: '600000' } });
  other = await openStore({ databaseUrl });
  const page = await graphqlQuery<{ tickets: { edges: { node: { vendorId: string; supportSessions: { edges: unknown[] } } }[] } }>(
    gw.url,
    gw.keys.agent,
    'query { tickets(first: 30) { edges { node { vendorId supportSessions(first: 10) { edges { node { vendorId } } } } } } }',
  );
  ticketId = page.data!.tickets.edges.find((edge) => edge.node.supportSessions.edges.length > 0)!.node.vendorId;
});
afterAll(async () => {
  await other?.close();
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a ticket view’s store reads', () => {
  it('ask the store only for its version once the view is warm, and write nothing', async () => {
    const first = await view();
    expect(first.supportSessions.edges.length).toBeGreaterThan(0);
    await view();
    let warm: View | undefined;
    const statements = await statementsDuring(async () => (warm = await view()));
    expect(statements).toEqual(['select data_version as version from pragma_data_version']);
    expect(warm).toEqual(first);
  });

  it('show a call this gateway stored at the next view', async () => {
    const before = await view();
    const call = await ameyoCalls(gw).ring({ phone: '14155550196', ivrTicketId: ticketId });
    expect(call.pushes.every((push) => push.status === 200)).toBe(true);
    const after = await view();
    expect(after.calls.map((found) => found.vendorId)).toEqual([call.crtObjectId, ...before.calls.map((found) => found.vendorId)]);
  });

  it('show a call another process tied to the ticket at the next view', async () => {
    const before = await view();
    const vendorCallId = `other-${randomBytes(4).toString('hex')}`;
    const { call } = await claimCall(other.fork(), {
      vendor: 'ameyo',
      vendorCallId,
      direction: 'inbound',
      callType: 'inbound.call.dial',
      phone: '+14155550195',
      campaignId: '3',
      agentUserId: null,
      userCrtObjectId: null,
      customerId: null,
      ivrTicketId: ticketId,
      // Newest of all, so it heads the list.
      startedAt: new Date(Date.now() + 60_000),
    });
    expect((await view()).calls).toEqual(before.calls);
    await updateCall(other.fork(), 'ameyo', call.vendorCallId, { ticketId, outcome: 'ticket' });
    expect((await view()).calls.map((found) => found.vendorId)).toEqual([vendorCallId, ...before.calls.map((found) => found.vendorId)]);
  });
});
