import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpisDocument, LiveBoardKpisDocument } from '../clients/graphql/generated/graphql.js';
import { HistoryCallSchema, HistorySessionEventSchema, HistorySupportSessionSchema, type HistoryCall, type HistorySessionEvent, type HistorySupportSession } from '../store/entities/index.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { historyDatabases, seedCoverage, seedRows, type SeedRow } from './support/history-store.js';

/**
 * The wallboard's key figures (docs/wallboard.md) on a seeded day: a morning of remote-support
 * sessions and Ameyo calls, and the day before, against figures worked out by hand below.
 */

const RANGE = { from: '2026-03-10T00:00:00Z', to: '2026-03-10T14:00:00Z' };

/** vendor, id, status, start, seconds to an agent joining (null: no such event), seconds to the end (null: none), rating. */
type SessionSpec = [string, string, string, string, number | null, number | null, number | null];

const SESSIONS: SessionSpec[] = [
  ['bomgar', 'b1', 'ENDED', '2026-03-10T09:00:00Z', 30, 630, 5],
  ['bomgar', 'b2', 'ENDED', '2026-03-10T09:10:00Z', 90, 390, 4],
  ['bomgar', 'b3', 'ABANDONED', '2026-03-10T09:20:00Z', null, 120, null],
  ['bomgar', 'b4', 'ACTIVE', '2026-03-10T13:50:00Z', 60, null, null],
  // No events in the store: answered, wait unknown.
  ['gotoassist', 'g1', 'ENDED', '2026-03-10T10:00:00Z', null, 900, 2],
  ['gotoassist', 'g2', 'WAITING', '2026-03-10T13:55:00Z', null, null, null],
  // `to` itself (exclusive); the day before, before and after the same time.
  ['bomgar', 'b5', 'ENDED', '2026-03-10T14:00:00Z', 5, 100, 1],
  ['bomgar', 'b6', 'ENDED', '2026-03-09T08:00:00Z', 5, 100, 1],
  ['bomgar', 'b7', 'ENDED', '2026-03-09T15:00:00Z', 5, 100, 1],
];

/** id, direction, system disposition, start, ring, talk, hold. */
type CallSpec = [string, 'inbound' | 'outbound', string, string, number, number, number | null];

const CALLS: CallSpec[] = [
  ['c1', 'inbound', 'CONNECTED', '2026-03-10T11:00:00Z', 10, 200, 40],
  ['c2', 'inbound', 'NO_ANSWER', '2026-03-10T11:05:00Z', 25, 0, null],
  ['c3', 'outbound', 'CONNECTED', '2026-03-10T12:00:00Z', 5, 100, null],
  ['c4', 'inbound', 'CONNECTED', '2026-03-10T12:30:00Z', 70, 60, 0],
  ['c5', 'inbound', 'CONNECTED', '2026-03-09T13:00:00Z', 5, 60, 0],
  ['c6', 'inbound', 'CONNECTED', '2026-03-09T20:00:00Z', 5, 60, 0],
];

const at = (start: string, seconds: number) => new Date(Date.parse(start) + seconds * 1000);

const sessionRow = ([vendor, vendorId, status, start, , end, rating]: SessionSpec): SeedRow<HistorySupportSession> => ({
  vendor,
  vendorId,
  status,
  startedAt: new Date(start),
  endedAt: end === null ? null : at(start, end),
  durationSeconds: end,
  portal: null,
  queueId: null,
  teamId: null,
  agentId: null,
  agentName: null,
  agentEmail: null,
  customerName: 'A customer',
  customerCompany: null,
  customerEmail: null,
  externalKey: null,
  recordingUrl: null,
  rating,
  feedback: null,
  resolution: null,
  eventCount: 0,
});

const event = (vendor: string, session: string, seq: number, when: Date, kind: string, byKind: string): SeedRow<HistorySessionEvent> => ({
  vendor,
  vendorId: `${session}#${seq}`,
  sessionVendorId: session,
  seq,
  at: when,
  kind,
  vendorType: kind,
  byKind,
  byName: byKind === 'AGENT' ? 'Ann Lee' : 'A customer',
  toKind: null,
  toName: null,
  body: null,
  fileName: null,
  fileSize: null,
});

/** Every session's start (by the customer); its agent joining; for b1 the customer joining first and a second agent later, which do not count. */
const EVENTS: SeedRow<HistorySessionEvent>[] = SESSIONS.flatMap(([vendor, id, , start, joined]) => [
  event(vendor, id, 0, new Date(start), 'SESSION_START', 'CUSTOMER'),
  ...(id === 'b1' ? [event(vendor, id, 1, new Date(start), 'PARTICIPANT_JOINED', 'CUSTOMER'), event(vendor, id, 3, at(start, 200), 'PARTICIPANT_JOINED', 'AGENT')] : []),
  ...(joined === null ? [] : [event(vendor, id, 2, at(start, joined), 'PARTICIPANT_JOINED', 'AGENT')]),
]).filter((row) => row.vendor === 'bomgar');

const callRow = ([vendorId, direction, systemDisposition, start, ring, talk, hold]: CallSpec): SeedRow<HistoryCall> => ({
  vendor: 'ameyo',
  vendorId,
  direction,
  callType: direction === 'inbound' ? 'inbound.call.dial' : 'outbound.manual.dial',
  campaignId: '1',
  phone: '+14155550123',
  agentUserId: talk > 0 ? 'ann' : null,
  customerId: null,
  startedAt: new Date(start),
  endedAt: at(start, ring + talk),
  talkSeconds: talk,
  holdSeconds: hold,
  ringSeconds: ring,
  ivrSeconds: 0,
  disposition: null,
  systemDisposition,
  hangupFirst: null,
  recordingUrl: null,
});

describe.each(historyDatabases('kpis'))('wallboard KPIs on $name', ({ url, drop }) => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startGateway({ databaseUrl: url });
    const em = gw.app.store.fork();
    await seedRows(em, HistorySupportSessionSchema, SESSIONS.map(sessionRow));
    await seedRows(em, HistorySessionEventSchema, EVENTS);
    await seedRows(em, HistoryCallSchema, CALLS.map(callRow));
    for (const [vendor, resource] of [['bomgar', 'sessions'], ['gotoassist', 'sessions'], ['ameyo', 'calls']] as const) {
      await seedCoverage(em, vendor, resource, '2026-03-01T00:00:00Z', '2026-03-11T00:00:00Z', '2026-03-11T00:05:00Z');
    }
  });
  afterAll(async () => {
    await gw?.close();
    await drop();
  });

  it('gives the figures worked out by hand, to a viewer', async () => {
    const { body } = await gw.run(KpisDocument, { range: RANGE }, 'viewer');
    expect(body.errors).toBeUndefined();
    // Customers who asked (sessions, inbound calls): taken b1 b2 b4 (an agent joined) g1 (ENDED) c1 c4; gave up b3 c2; g2 still waits.
    // Known waits of those taken: b1 30 (the first agent, not the customer nor the second agent), b2 90, b4 60, c1 10, c4 70.
    //   Within 60 s: 30 60 10 → 3 / (5 known + 2 gave up) = 0.4286. Speed of answer 260 / 5 = 52.
    // Abandon: 2 / (6 taken + 2) = 0.25.
    // Handle (taken and finished): b1 630−30, b2 390−90, g1 900 (wait unknown), c1 200+40, c4 60+0, c3 (outbound) 100 → 2200 / 6 = 366.67.
    // Sessions b1–b4 g1 g2 = 6 (b5 starts at `to`); calls c1–c4 = 4; the day before by 14:00: b6 and c5.
    // Ratings 5 4 2: CSAT 2/3, mean 3.67.
    expect(body.data!.kpis).toEqual({
      from: RANGE.from,
      to: RANGE.to,
      serviceLevelSeconds: 60,
      serviceLevel: 0.4286,
      abandonRate: 0.25,
      averageSpeedOfAnswerSeconds: 52,
      averageHandleSeconds: 366.67,
      sessions: 6,
      sessionsDayBefore: 1,
      calls: 4,
      callsDayBefore: 1,
      rated: 3,
      csat: 0.6667,
      averageRating: 3.67,
      complete: true,
      syncedAt: '2026-03-11T00:05:00Z',
    });
  });

  it('measures the service level against the threshold asked for', async () => {
    const { body } = await gw.run(KpisDocument, { range: RANGE, serviceLevelSeconds: 90 }, 'viewer');
    // Within 90 s: all five known waits (30 90 60 10 70) → 5 / 7; within 20 s: 10 → 1 / 7.
    expect(body.data!.kpis).toMatchObject({ serviceLevelSeconds: 90, serviceLevel: 0.7143 });
    const strict = await gw.run(KpisDocument, { range: RANGE, serviceLevelSeconds: 20 }, 'viewer');
    expect(strict.body.data!.kpis).toMatchObject({ serviceLevelSeconds: 20, serviceLevel: 0.1429 });
  });

  it('refuses a threshold that is no number of seconds, naming the argument', async () => {
    const { body } = await gw.run(KpisDocument, { range: RANGE, serviceLevelSeconds: 0 }, 'viewer');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(body.errors?.[0]?.extensions)).toContain('serviceLevelSeconds');
  });

  it("puts today's figures on liveBoard, the same as kpis over today so far", async () => {
    const { body } = await gw.run(LiveBoardKpisDocument, {}, 'viewer');
    expect(body.errors).toBeUndefined();
    const today = body.data!.liveBoard.kpis;
    expect(today.from).toBe(`${today.to.slice(0, 10)}T00:00:00Z`);
    const again = await gw.run(KpisDocument, { range: { from: today.from, to: today.to } }, 'viewer');
    expect(again.body.data!.kpis).toEqual(today);
  });
});
