import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SetSessionExternalKeyDocument, SupportSessionsDocument, TicketDocument, TicketSupportSessionsDocument } from '../clients/graphql/generated/graphql.js';
import { listCoverage } from '../store/sync/coverage.js';
import { syncPlan } from '../store/sync/registry.js';
import { runSync } from '../store/sync/run.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/**
 * A ticket's remote-support sessions once `switchboard sync` has run: what the store holds settled
 * comes from it, and the vendor lists only what started after, so an old ticket no longer costs a
 * listing of every session since it was opened.
 */
let gw: TestGateway;
let ticketId: string;
/** The Bomgar sessions keyed to the ticket, oldest first. */
let keyed: { vendorId: string; startedAt: string }[];

const ticketSessions = async () => {
  const { body } = await gw.run(TicketSupportSessionsDocument, { id: ticketId });
  expect(body.errors).toBeUndefined();
  return body.data!.ticket!.supportSessions!;
};
const bomgarReports = async () =>
  (await gw.sim.journal('bomgar')).map((call) => new URLSearchParams(call.query)).filter((query) => query.has('generate_report'));

beforeAll(async () => {
  // The path without the link index (test/support/ticket-link-index.test.ts covers the index): history settled by sync, the rest listed.
  gw = await startGateway({ env: { SESSION_LINK_INDEX: 'off' } });
  const { body } = await gw.run(SupportSessionsDocument, { filter: { vendor: 'BOMGAR' }, first: 100 });
  const sessions = body.data!.supportSessions!.edges.map((edge) => edge.node).filter((node) => node.startedAt);
  const ended = sessions.filter((node) => !node.externalKey && node.status === 'ENDED');
  // A ticket with a recent session, and an older session of the ticket's lifetime, days before, keyed to it too:
  // a sync can then settle the older one and leave the newer one to the vendor.
  for (const recent of sessions.filter((node) => node.externalKey)) {
    const created = Date.parse((await gw.run(TicketDocument, { id: recent.externalKey! })).body.data!.ticket!.createdAt);
    const older = ended.find((node) => Date.parse(node.startedAt!) > created + 3_600_000 && Date.parse(node.startedAt!) < Date.parse(recent.startedAt!) - 2 * 86_400_000);
    if (!older) continue;
    ticketId = recent.externalKey!;
    const keying = await gw.run(SetSessionExternalKeyDocument, { sessionId: older.id, ticketId }, 'agent');
    expect(keying.body.data!.setSessionExternalKey).toMatchObject({ session: { externalKey: ticketId } });
    keyed = [older, recent].map((node) => ({ vendorId: node.vendorId, startedAt: node.startedAt! }));
    return;
  }
  throw new Error('the seed has no ticket with an older session of its lifetime to key to it');
});
afterAll(() => gw?.close());

describe("a ticket's sessions after a sync", () => {
  it('are the same as the vendors list, with only what started after the sync listed by the vendor', async () => {
    const live = await ticketSessions();
    expect(live.edges.map((edge) => edge.node.vendorId)).toEqual(expect.arrayContaining(keyed.map((session) => session.vendorId)));

    // Settle everything up to a moment between the ticket's oldest and newest Bomgar session.
    const split = new Date((Date.parse(keyed[0]!.startedAt) + Date.parse(keyed.at(-1)!.startedAt)) / 2);
    const plan = syncPlan(gw.app.vendors, ['bomgar'], { bomgar: { sessions: { lookbackDays: 400 } } });
    plan.set('bomgar', plan.get('bomgar')!.filter((sync) => sync.resource === 'sessions'));
    const outcome = await runSync({ em: gw.app.store.fork(), plan, now: split });
    expect(outcome.flatMap((vendor) => vendor.resources.map((r) => r.error?.message ?? null))).toEqual([null]);
    const settledUntil = (await listCoverage(gw.app.store.fork())).find((c) => c.vendor === 'bomgar' && c.resource === 'sessions')!.to!;
    expect(settledUntil.getTime()).toBeLessThanOrEqual(split.getTime());
    expect(keyed.some((session) => Date.parse(session.startedAt) < settledUntil.getTime())).toBe(true);

    await gw.sim.clearJournal();
    const mixed = await ticketSessions();
    expect(mixed).toEqual(live);

    const reports = await bomgarReports();
    // One listing, from where the store stops (not from the ticket's creation) ...
    const listings = reports.filter((query) => query.get('generate_report') === 'SupportSessionListing');
    expect(listings.map((query) => Number(query.get('start_time')) * 1000)).toEqual([Math.floor(settledUntil.getTime() / 1000) * 1000]);
    // ... and full records only for the sessions after it: the settled ones come from the store.
    const read = reports.filter((query) => query.get('generate_report') === 'SupportSession').flatMap((query) => query.get('lsids')?.split(',') ?? []);
    const after = keyed.filter((session) => Date.parse(session.startedAt) >= settledUntil.getTime()).map((session) => session.vendorId);
    expect(read.filter((lsid) => keyed.some((session) => session.vendorId === lsid)).sort()).toEqual([...after].sort());
  });
});
