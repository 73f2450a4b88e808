import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportStatsDocument, type SupportStatsGrouping } from '../clients/graphql/generated/graphql.js';
import { HistorySupportSessionSchema, VendorLinkSchema, type HistorySupportSession } from '../store/entities/index.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { historyDatabases, seedCoverage, seedRows, type SeedRow } from './support/history-store.js';
import { expectedSupportFigures } from './support/support-figures.js';

const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };

/** One seeded session: vendor, id, status, start, seconds to its end (null: no end), agent, team, rating, resolution, ticket key. */
type Spec = [string, string, string, string, number | null, [string, string, string | null] | null, string | null, number | null, string | null, string | null];

const ANN_B: [string, string, string] = ['11', 'Ann Lee', 'ann@acme.test'];
const ANN_G: [string, string, string] = ['A-1', 'Ann Lee', 'ann@acme.test'];
const BOB: [string, string, string] = ['12', 'Bob Roy', 'bob@acme.test'];
// A name with a comma and a quote, starting with a character a spreadsheet would read as a formula.
const CAROL: [string, string, string] = ['C-9', '@O"Neil, Carol', 'carol@acme.test'];
const DAN: [string, string, string] = ['13', 'Dan Wu', 'dan@acme.test'];

const SPECS: Spec[] = [
  ['bomgar', 'b1', 'ENDED', '2026-01-05T10:00:00Z', 600, ANN_B, 'T1', 5, 'RESOLVED', '5001'],
  ['bomgar', 'b2', 'ENDED', '2026-01-05T11:00:00Z', 300, ANN_B, 'T1', 4, 'RESOLVED', '5001'],
  ['bomgar', 'b3', 'ENDED', '2026-01-06T09:00:00Z', 1800, BOB, 'T1', 2, 'UNRESOLVED', '5002'],
  // Abandoned: it has an end, but it is no served session, so no duration counts.
  ['bomgar', 'b4', 'ABANDONED', '2026-01-06T12:00:00Z', 60, BOB, 'T1', null, null, null],
  ['gotoassist', 'g1', 'ENDED', '2026-01-05T15:00:00Z', 1200, ANN_G, 'G1', 3, null, '5003'],
  // No key at the vendor: the gateway's own link ties it to ticket 5003.
  ['gotoassist', 'g2', 'ENDED', '2026-01-07T08:00:00Z', 900, CAROL, 'G1', 5, 'RESOLVED', null],
  ['gotoassist', 'g3', 'ACTIVE', '2026-01-07T09:00:00Z', null, CAROL, 'G1', null, null, null],
  ['gotoassist', 'g4', 'ENDED', '2026-01-07T10:00:00Z', 90, null, null, null, 'UNRESOLVED', ''],
  ...[60, 120, 180, 240, 3000, 3600].map((seconds, i): Spec => ['bomgar', `d${i + 1}`, 'ENDED', `2026-01-08T0${i}:00:00Z`, seconds, DAN, 'T1', null, null, null]),
  // Outside the range: the day before, and `to` itself (exclusive).
  ['bomgar', 'b5', 'ENDED', '2025-12-31T23:59:00Z', 660, ANN_B, 'T1', 1, 'UNRESOLVED', '5009'],
  ['bomgar', 'b6', 'ENDED', '2026-02-01T00:00:00Z', 60, ANN_B, 'T1', 1, 'UNRESOLVED', '5009'],
];

const rowOf = ([vendor, vendorId, status, start, seconds, agent, team, rating, resolution, ticket]: Spec): SeedRow<HistorySupportSession> => ({
  vendor,
  vendorId,
  status,
  startedAt: new Date(start),
  endedAt: seconds === null ? null : new Date(Date.parse(start) + seconds * 1000),
  durationSeconds: seconds,
  portal: null,
  queueId: null,
  teamId: team,
  agentId: agent?.[0] ?? null,
  agentName: agent?.[1] ?? null,
  agentEmail: agent?.[2] ?? null,
  customerName: 'A customer',
  customerCompany: null,
  customerEmail: null,
  externalKey: ticket,
  recordingUrl: null,
  rating,
  feedback: null,
  resolution,
  eventCount: 0,
});

/** The expected figures, worked out from the specs here, independently of the SQL under test. */
function expectedRows(groupBy: SupportStatsGrouping | 'ALL') {
  const raw = SPECS.filter((s) => s[3] >= RANGE.from && s[3] < RANGE.to).map((s) => ({
    spec: s,
    status: s[2],
    startedAt: s[3],
    endedAt: s[4] === null ? null : new Date(Date.parse(s[3]) + s[4] * 1000).toISOString(),
    rating: s[7],
    resolution: s[8],
    // g2 has no key at the vendor; the gateway's link ties it to 5003.
    ticket: s[9] ? s[9] : s[1] === 'g2' ? '5003' : null,
  }));
  const keyOf = ({ spec: s }: (typeof raw)[number]): string =>
    ({ AGENT: s[5]?.[2] ?? '', TEAM: s[6] ? `${s[0]}:${s[6]}` : '', VENDOR: s[0], DAY: s[3].slice(0, 10), ALL: 'all' })[groupBy];
  return expectedSupportFigures(raw, keyOf);
}

describe.each(historyDatabases('reports_stats'))('support reports on $name', ({ url, drop }) => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startGateway({ databaseUrl: url });
    const em = gw.app.store.fork();
    await seedRows(em, HistorySupportSessionSchema, SPECS.map(rowOf));
    await em.fork().insert(VendorLinkSchema, { fromVendor: 'zendesk', fromType: 'Ticket', fromId: '5003', toVendor: 'gotoassist', toType: 'SupportSession', toId: 'g2', relation: 'ticket-support-session', createdAt: new Date(), createdBy: null });
    await seedCoverage(em, 'bomgar', 'sessions', '2025-12-01T00:00:00Z', '2026-02-15T00:00:00Z', '2026-02-15T00:05:00Z');
    await seedCoverage(em, 'gotoassist', 'sessions', '2025-12-01T00:00:00Z', '2026-02-14T00:00:00Z', '2026-02-14T00:05:00Z');
  });
  afterAll(async () => {
    await gw?.close();
    await drop();
  });

  it('totals match figures worked out by hand', async () => {
    const { body } = await gw.run(SupportStatsDocument, { range: RANGE, groupBy: 'VENDOR' }, 'manager');
    expect(body.errors).toBeUndefined();
    // 14 sessions in range; 12 ENDED: 60 90 120 180 240 300 600 900 1200 1800 3000 3600 s → mean 12090/12,
    // p90 at position ceil(10.8) = 11 → 3000; resolved 3 of 5 known; ratings 5 4 2 3 5; tickets 5001 ×2, 5002, 5003 ×2.
    expect(body.data!.supportStats!.total).toMatchObject({
      key: 'all',
      sessions: 14,
      endedSessions: 12,
      averageDurationSeconds: 1007.5,
      p90DurationSeconds: 3000,
      resolutionRate: 0.6,
      averageRating: 3.8,
      sessionsWithTicket: 5,
      distinctTickets: 3,
      sessionsPerTicket: 1.67,
    });
    expect(body.data!.supportStats).toMatchObject({ source: 'STORE', complete: true, syncedAt: '2026-02-14T00:05:00Z' });
  });

  it.each(['AGENT', 'TEAM', 'VENDOR', 'DAY'] as const)('groups by %s with the figures computed from the raw rows', async (groupBy) => {
    const { body } = await gw.run(SupportStatsDocument, { range: RANGE, groupBy }, 'manager');
    expect(body.errors).toBeUndefined();
    const { rows, total } = body.data!.supportStats!;
    const expected = expectedRows(groupBy);
    expect(rows.map(({ label: _label, ...figures }) => figures)).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(expected.length);
    const { label: _label, ...totalFigures } = total;
    expect(totalFigures).toEqual(expectedRows('ALL')[0]);
  });

  it('labels agents by name, vendors by product, days oldest first', async () => {
    const agents = (await gw.run(SupportStatsDocument, { range: RANGE, groupBy: 'AGENT' }, 'manager')).body.data!.supportStats!.rows;
    expect(agents.map((r) => [r.key, r.label])).toEqual([
      ['dan@acme.test', 'Dan Wu'],
      ['ann@acme.test', 'Ann Lee'],
      ['carol@acme.test', '@O"Neil, Carol'],
      ['bob@acme.test', 'Bob Roy'],
      ['', 'No agent'],
    ]);
    const vendors = (await gw.run(SupportStatsDocument, { range: RANGE, groupBy: 'VENDOR' }, 'manager')).body.data!.supportStats!.rows;
    expect(vendors.map((r) => r.label)).toEqual(['Bomgar', 'GoToAssist']);
    const days = (await gw.run(SupportStatsDocument, { range: RANGE, groupBy: 'DAY' }, 'manager')).body.data!.supportStats!.rows;
    expect(days.map((r) => [r.key, r.sessions])).toEqual([['2026-01-05', 3], ['2026-01-06', 2], ['2026-01-07', 3], ['2026-01-08', 6]]);
  });

  it('says when the store does not hold the whole range', async () => {
    const { body } = await gw.run(SupportStatsDocument, { range: { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }, groupBy: 'VENDOR' }, 'manager');
    expect(body.data!.supportStats).toMatchObject({ source: 'STORE', complete: false, total: { sessions: 15 } });
  });

  it('is for managers and admins only', async () => {
    const agent = await gw.run(SupportStatsDocument, { range: RANGE, groupBy: 'DAY' }, 'agent');
    expect(agent.body.data?.supportStats ?? null).toBeNull();
    expect(agent.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await gw.run(SupportStatsDocument, { range: RANGE, groupBy: 'DAY' }, 'admin');
    expect(admin.body.data!.supportStats!.total.sessions).toBe(14);
  });

  describe('GET /reports/support-stats.csv', () => {
    const csv = (query: string, key?: string) => fetch(`${gw.url}/reports/support-stats.csv?${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    const QUERY = `from=${RANGE.from}&to=${RANGE.to}&groupBy=AGENT`;

    it('serves the same rows as CSV, quoted where needed, the total last', async () => {
      const response = await csv(QUERY, gw.keys.manager);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="support-stats.csv"');
      expect(response.headers.get('x-report-source')).toBe('STORE');
      expect(response.headers.get('x-report-synced-at')).toBe('2026-02-14T00:05:00.000Z');
      const lines = (await response.text()).split('\r\n');
      expect(lines[0]).toBe(
        'key,label,sessions,ended_sessions,average_duration_seconds,p90_duration_seconds,resolved_sessions,sessions_with_resolution,resolution_rate,rated_sessions,average_rating,sessions_with_ticket,distinct_tickets,sessions_per_ticket',
      );
      // Ann: b1 600 s, b2 300 s, g1 1200 s → mean 700, p90 1200; 2 of 2 resolved; ratings 5 4 3; tickets 5001 ×2 and 5003.
      expect(lines).toContain('ann@acme.test,Ann Lee,3,3,700,1200,2,2,1,3,4,3,2,1.5');
      // A comma and a quote in a name: the field is quoted and the quote doubled (RFC 4180); the leading `@`
      // is defused with a `'` so a spreadsheet shows the text instead of running it.
      expect(lines).toContain(`carol@acme.test,"'@O""Neil, Carol",2,1,900,900,1,1,1,1,5,1,1,1`);
      expect(lines).toContain(',No agent,1,1,90,90,0,1,0,0,,0,0,');
      expect(lines.at(-2)).toBe('all,All sessions,14,12,1007.5,3000,3,5,0.6,5,3.8,5,3,1.67');
      expect(lines.at(-1)).toBe('');
    });

    it('refuses like /graphql: 401 without or with an unknown key, 403 below manager', async () => {
      const none = await csv(QUERY);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect((await csv(QUERY, 'not-a-key-of-this-gateway')).status).toBe(401);
      const agent = await csv(QUERY, gw.keys.agent);
      expect(agent.status).toBe(403);
      expect(((await agent.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
      expect((await csv(QUERY, gw.keys.admin)).status).toBe(200);
    });

    it.each([
      ['groupBy', `from=${RANGE.from}&to=${RANGE.to}&groupBy=WEEK`],
      ['groupBy', `from=${RANGE.from}&to=${RANGE.to}`],
      ['from', `from=yesterday&to=${RANGE.to}&groupBy=DAY`],
      ['to', `from=${RANGE.to}&to=${RANGE.from}&groupBy=DAY`],
      ['vendor', `${QUERY}&vendor=bomgar`],
    ])('answers 400 naming %s', async (field, query) => {
      const response = await csv(query, gw.keys.manager);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string; issues: { field: string }[] } }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field }] });
    });

    it('answers 404 for a report it does not have', async () => {
      expect((await fetch(`${gw.url}/reports/nope.csv`, { headers: { authorization: `Bearer ${gw.keys.manager}` } })).status).toBe(404);
    });
  });
});
