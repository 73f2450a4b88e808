import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingPatternsSourcedDocument, SupportSessionFiguresDocument, SupportStatsDocument, type SupportSessionFiguresQuery } from '../clients/graphql/generated/graphql.js';
import { runSync } from '../store/sync/run.js';
import { syncPlan } from '../store/sync/registry.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { expectedSupportFigures } from './support/support-figures.js';

/**
 * The whole chain: what the vendors (the simulator) say live, then `switchboard sync` into the store,
 * then the same questions answered from the store. The simulator's clock stands at 2026-01-05T09:00Z;
 * a three-day sync covers [2026-01-02T09:00Z, ~2026-01-04T21:00Z] for every resource read here.
 */
const NOW = new Date('2026-01-05T09:00:00Z');
const WINDOW = { from: '2026-01-02T09:00:00Z', to: '2026-01-04T21:00:00Z' };

type Session = NonNullable<SupportSessionFiguresQuery['supportSessions']>['edges'][number]['node'];

let gw: TestGateway;
let liveSessions: Session[];
let liveSource: string[];
let livePatterns: Record<'ORGANIZER' | 'DAY', unknown[]>;

async function listSessions(): Promise<{ sessions: Session[]; sources: string[] }> {
  const sessions: Session[] = [];
  const sources: string[] = [];
  let after: string | null | undefined;
  do {
    const { body } = await gw.run(SupportSessionFiguresDocument, { filter: { from: WINDOW.from, to: WINDOW.to }, first: 100, after });
    expect(body.errors).toBeUndefined();
    const page = body.data!.supportSessions!;
    sessions.push(...page.edges.map((e) => e.node));
    sources.push(page.source);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { sessions, sources };
}

async function patterns(groupBy: 'ORGANIZER' | 'DAY') {
  const { body } = await gw.run(MeetingPatternsSourcedDocument, { range: WINDOW, groupBy }, 'manager');
  expect(body.errors).toBeUndefined();
  return body.data!.meetingPatterns!;
}

beforeAll(async () => {
  gw = await startGateway();
  ({ sessions: liveSessions, sources: liveSource } = await listSessions());
  livePatterns = { ORGANIZER: await patterns('ORGANIZER'), DAY: await patterns('DAY') };
  const plan = syncPlan(gw.app.vendors, ['goto', 'bomgar'], { goto: { meetings: { lookbackDays: 3 }, assist: { lookbackDays: 3 } }, bomgar: { sessions: { lookbackDays: 3 } } });
  plan.set('goto', plan.get('goto')!.filter((sync) => sync.resource === 'meetings' || sync.resource === 'sessions'));
  const outcome = await runSync({ em: gw.app.store.fork(), plan, now: NOW });
  expect(outcome.flatMap((vendor) => vendor.resources.map((r) => r.error?.message ?? null))).toEqual([null, null, null]);
});
afterAll(() => gw?.close());

describe('after a sync, the store answers as the vendors did', () => {
  it('supportSessions lists the same sessions, now from the store', async () => {
    expect(new Set(liveSource)).toEqual(new Set(['LIVE']));
    expect(liveSessions.length).toBeGreaterThan(20);
    const { sessions, sources } = await listSessions();
    expect(new Set(sources)).toEqual(new Set(['STORE']));
    // Times compared as instants: the vendors and the store may spell them differently.
    const comparable = (list: Session[]) =>
      list.map((s) => ({ ...s, startedAt: Date.parse(s.startedAt!), endedAt: s.endedAt ? Date.parse(s.endedAt) : null })).sort((a, b) => `${a.vendor}:${a.vendorId}`.localeCompare(`${b.vendor}:${b.vendorId}`));
    expect(comparable(sessions)).toEqual(comparable(liveSessions));
  });

  it.each(['VENDOR', 'DAY'] as const)('supportStats by %s equals the figures computed from the live records', async (groupBy) => {
    const { body } = await gw.run(SupportStatsDocument, { range: WINDOW, groupBy }, 'manager');
    expect(body.errors).toBeUndefined();
    const report = body.data!.supportStats!;
    expect(report).toMatchObject({ source: 'STORE', complete: true });
    const raw = liveSessions.map((s) => ({
      vendor: s.vendor,
      status: s.status,
      startedAt: s.startedAt!,
      endedAt: s.endedAt ?? null,
      rating: s.rating ?? null,
      resolution: s.resolution ?? null,
      ticket: s.externalKey?.trim() || null,
    }));
    const keyOf = (s: (typeof raw)[number]) => (groupBy === 'VENDOR' ? s.vendor.toLowerCase().replace('_', '') : s.startedAt.slice(0, 10));
    expect(report.rows.map(({ label: _label, ...figures }) => figures).sort((a, b) => a.key.localeCompare(b.key))).toEqual(expectedSupportFigures(raw, keyOf).sort((a, b) => a.key.localeCompare(b.key)));
    const { label: _label, ...total } = report.total;
    expect(total).toEqual(expectedSupportFigures(raw, () => 'all')[0]);
  });

  it.each(['ORGANIZER', 'DAY'] as const)('meetingPatterns by %s gives the live figures from the store', async (groupBy) => {
    const stored = await patterns(groupBy);
    expect(stored.length).toBeGreaterThan(0);
    expect(new Set(stored.map((row) => row.source))).toEqual(new Set(['STORE']));
    const figures = (rows: typeof stored) => rows.map(({ source: _s, syncedAt: _t, ...row }) => row);
    expect(figures(stored)).toEqual(figures(livePatterns[groupBy] as typeof stored));
  });
});
