import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContactEventsSourcedDocument,
  ContactTimelineDocument,
  ContactsByEmailDocument,
  MeetingPatternsSourcedDocument,
  PastMeetingsSourcedDocument,
  SupportSessionsSourcedDocument,
  WebinarFunnelDocument,
} from '../clients/graphql/generated/graphql.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import {
  CallSchema,
  HistoryCallSchema,
  HistoryEventSchema,
  HistoryMeetingAttendeeSchema,
  HistoryMeetingSchema,
  HistoryRegistrationSchema,
  HistorySessionEventSchema,
  HistorySupportSessionSchema,
  HistoryTicketSchema,
  type HistoryMeetingAttendee,
  type HistoryRegistration,
  type HistorySupportSession,
} from '../store/entities/index.js';
import type { EntityManager } from '../store/index.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { historyDatabases, seedCoverage, seedRows, type SeedRow } from './support/history-store.js';

const RANGE = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
/** Outside what the store holds: these are asked of the vendors. */
const LIVE_RANGE = { from: '2025-11-01T00:00:00Z', to: '2025-11-15T00:00:00Z' };
const COVERED = ['2025-12-01T00:00:00Z', '2026-02-15T00:00:00Z'] as const;
const SYNCED = '2026-02-15T00:10:00Z';

/** The person the timeline is about: a simulator Zendesk end-user with an email and an E.164 phone. */
const PERSON = generateZendeskSeed(42).users.find((u) => u.role === 'end-user' && u.email && u.phone?.startsWith('+'))!;
const EMAIL = PERSON.email!.toLowerCase();
const PHONE = PERSON.phone!;
const USER_ID = String(PERSON.id);

const at = (iso: string) => new Date(iso);

function session(vendor: string, vendorId: string, start: string, seconds: number, extra: Partial<SeedRow<HistorySupportSession>> = {}): SeedRow<HistorySupportSession> {
  return {
    vendor, vendorId, status: 'ENDED', startedAt: at(start), endedAt: new Date(Date.parse(start) + seconds * 1000), durationSeconds: seconds, portal: null, queueId: null,
    teamId: null, agentId: null, agentName: null, agentEmail: null, customerName: 'Someone', customerCompany: null, customerEmail: null, externalKey: null,
    recordingUrl: null, rating: null, feedback: null, resolution: null, eventCount: 0, ...extra,
  };
}

const meeting = (meetingId: string, start: string, minutes: number, attendees: number, organizerKey: string, organizerName: string) => ({
  vendor: 'gotomeeting', vendorId: `${meetingId}@${start}`, meetingId, subject: `Meeting ${meetingId}`, organizerKey, organizerEmail: null, organizerName,
  groupKey: organizerKey === 'o1' ? 'g1' : null, groupName: organizerKey === 'o1' ? 'Support' : null,
  meetingType: 'scheduled', conferenceCallInfo: 'VoIP', startedAt: at(start), endedAt: new Date(Date.parse(start) + minutes * 60_000), durationMinutes: minutes, attendeeCount: attendees,
});

const MEETINGS = [
  meeting('111111111', '2026-01-10T10:00:00Z', 60, 3, 'o1', 'Olga Organizer'),
  meeting('111111111', '2026-01-12T10:00:00Z', 30, 2, 'o1', 'Olga Organizer'),
  meeting('222222222', '2026-01-12T15:00:00Z', 45, 4, 'o2', 'Omar Organizer'),
];

function attendee(m: (typeof MEETINGS)[number], name: string, email: string, minutes: number): SeedRow<HistoryMeetingAttendee> {
  return {
    vendor: 'gotomeeting', vendorId: `${m.vendorId}|${email}`, meetingVendorId: m.vendorId, meetingId: m.meetingId, organizerKey: m.organizerKey, attendeeName: name,
    attendeeEmail: email, joinedAt: m.startedAt, leftAt: new Date(m.startedAt.getTime() + minutes * 60_000), durationMinutes: minutes,
  };
}

const [M1, M2, M3] = MEETINGS as [(typeof MEETINGS)[number], (typeof MEETINGS)[number], (typeof MEETINGS)[number]];
const ATTENDEES = [
  attendee(M1, 'Pat Person', EMAIL, 50), attendee(M1, 'Bea', 'bea@x.test', 60), attendee(M1, 'Cal', 'cal@x.test', 60),
  attendee(M2, 'Pat Person', EMAIL, 30), attendee(M2, 'Bea', 'bea@x.test', 30),
  attendee(M3, 'Pat Person', EMAIL, 40), attendee(M3, 'Dee', 'dee@x.test', 45), attendee(M3, 'Eve', 'eve@x.test', 45), attendee(M3, 'Fay', 'fay@x.test', 45),
];

function registration(vendor: string, eventKey: string, key: string, email: string, status: string | null, attendedSeconds: number | null, registeredAt: string | null, joinedAt: string | null): SeedRow<HistoryRegistration> {
  return {
    vendor, vendorId: `${eventKey}:${key}`, eventVendorId: eventKey, registrantKey: status === null ? null : key, email, firstName: key, lastName: 'X', status,
    registeredAt: registeredAt ? at(registeredAt) : null, attended: attendedSeconds !== null, attendanceSeconds: attendedSeconds ?? 0,
    firstJoinedAt: joinedAt ? at(joinedAt) : null, lastLeftAt: null,
  };
}

// Webinar 9001: 5 registered (one denied), 3 attended for 1800 + 1200 + 600 s, and one walk-in (no registration) for 300 s.
const REGISTRATIONS = [
  registration('gotowebinar', '9001', 'r1', EMAIL, 'APPROVED', 1800, '2026-01-03T09:00:00Z', '2026-01-15T16:00:00Z'),
  registration('gotowebinar', '9001', 'r2', 'a@x.test', 'APPROVED', 1200, '2026-01-03T10:00:00Z', '2026-01-15T16:00:00Z'),
  registration('gotowebinar', '9001', 'r3', 'b@x.test', 'APPROVED', 600, '2026-01-04T10:00:00Z', '2026-01-15T16:05:00Z'),
  registration('gotowebinar', '9001', 'r4', 'c@x.test', 'WAITING', null, '2026-01-05T10:00:00Z', null),
  registration('gotowebinar', '9001', 'r5', 'd@x.test', 'DENIED', null, '2026-01-05T11:00:00Z', null),
  registration('gotowebinar', '9001', 'email:e@x.test', 'e@x.test', null, 300, null, '2026-01-15T16:20:00Z'),
  registration('gototraining', '8001', 't1', EMAIL, 'WAITING', null, '2026-01-06T12:00:00Z', null),
];

async function seed(em: EntityManager): Promise<void> {
  await seedRows(em, HistorySupportSessionSchema, [
    session('bomgar', 'bs1', '2026-01-05T10:00:00Z', 600, { externalKey: '7001', rating: 4, resolution: 'RESOLVED', agentId: '11', agentName: 'Ann' }),
    session('bomgar', 'bs2', '2026-01-09T10:00:00Z', 300, { rating: 2, resolution: 'UNRESOLVED' }),
    session('gotoassist', 'gs1', '2026-01-21T10:00:00Z', 900, { customerEmail: PERSON.email!.toUpperCase(), rating: 5 }),
  ]);
  await seedRows(em, HistorySessionEventSchema, [
    { vendor: 'bomgar', vendorId: 'bs1#1', sessionVendorId: 'bs1', seq: 1, at: at('2026-01-05T10:01:00Z'), kind: 'CHAT_MESSAGE', vendorType: 'Chat Message', byKind: 'CUSTOMER', byName: 'Pat', toKind: null, toName: null, body: 'second', fileName: null, fileSize: null },
    { vendor: 'bomgar', vendorId: 'bs1#0', sessionVendorId: 'bs1', seq: 0, at: at('2026-01-05T10:00:00Z'), kind: 'SESSION_START', vendorType: 'Session Start', byKind: 'SYSTEM', byName: null, toKind: null, toName: null, body: 'first', fileName: null, fileSize: null },
  ]);
  await seedRows(em, HistoryMeetingSchema, MEETINGS);
  await seedRows(em, HistoryMeetingAttendeeSchema, ATTENDEES);
  await seedRows(em, HistoryEventSchema, [
    { vendor: 'gotowebinar', vendorId: '9001', publicId: '123456789', subject: 'Launch webinar', organizerKey: '3001', timeZone: 'UTC', startsAt: at('2026-01-15T16:00:00Z'), endsAt: at('2026-01-15T17:00:00Z'), sessionCount: 1, registrantCount: 5, attendeeCount: 4 },
    { vendor: 'gototraining', vendorId: '8001', publicId: '987654321', subject: 'Admin training', organizerKey: 'o2', timeZone: 'UTC', startsAt: at('2026-01-25T09:00:00Z'), endsAt: at('2026-01-25T12:00:00Z'), sessionCount: 0, registrantCount: 1, attendeeCount: 0 },
  ]);
  await seedRows(em, HistoryRegistrationSchema, REGISTRATIONS);
  await seedRows(em, HistoryTicketSchema, [
    { vendor: 'zendesk', vendorId: '7001', subject: 'Printer on fire', status: 'solved', priority: null, type: null, channel: 'web', requesterId: USER_ID, assigneeId: null, groupId: null, organizationId: null, externalId: null, tags: '', satisfaction: null, ticketCreatedAt: at('2026-01-02T08:00:00Z'), ticketUpdatedAt: at('2026-01-06T08:00:00Z') },
    { vendor: 'zendesk', vendorId: '7002', subject: 'Still on fire', status: 'open', priority: null, type: null, channel: 'email', requesterId: USER_ID, assigneeId: null, groupId: null, organizationId: null, externalId: null, tags: '', satisfaction: null, ticketCreatedAt: at('2026-01-20T08:00:00Z'), ticketUpdatedAt: at('2026-01-20T08:00:00Z') },
    { vendor: 'zendesk', vendorId: '7003', subject: 'Someone else', status: 'open', priority: null, type: null, channel: 'email', requesterId: '1', assigneeId: null, groupId: null, organizationId: null, externalId: null, tags: '', satisfaction: null, ticketCreatedAt: at('2026-01-07T08:00:00Z'), ticketUpdatedAt: at('2026-01-07T08:00:00Z') },
  ]);
  const call = (vendorId: string, phone: string, start: string, talk: number) => ({
    vendor: 'ameyo', vendorId, direction: 'inbound' as const, callType: 'inbound.call.dial', campaignId: '3', phone, agentUserId: 'agent1', customerId: null, startedAt: at(start),
    endedAt: new Date(Date.parse(start) + talk * 1000), talkSeconds: talk, holdSeconds: 0, ringSeconds: 5, ivrSeconds: 0, disposition: 'ANSWERED', systemDisposition: null, hangupFirst: null, recordingUrl: null,
  });
  await seedRows(em, HistoryCallSchema, [call('c1', PHONE, '2026-01-04T09:00:00Z', 120), call('c2', '+15550000002', '2026-01-08T09:00:00Z', 60), call('c3', '+15550000003', '2026-01-08T10:00:00Z', 30)]);
  // The gateway tied call c2 (from another number) to the person when Ameyo pushed it.
  const now = new Date();
  await em.fork().insert(CallSchema, {
    vendor: 'ameyo', vendorCallId: 'c2', direction: 'inbound', callType: 'inbound.call.dial', phone: '+15550000002', campaignId: '3', agentUserId: null, userCrtObjectId: null, customerId: null,
    ivrTicketId: null, outcome: 'contact', startedAt: at('2026-01-08T09:00:00Z'), endedAt: null, talkSeconds: null, holdSeconds: null, ringSeconds: null, disposition: null, systemDisposition: null,
    recordingUrl: null, ticketId: null, contactId: USER_ID, callbackAt: null, callbackId: null, createdAt: now, updatedAt: now,
  });
  for (const [vendor, resource] of [['bomgar', 'sessions'], ['gotoassist', 'sessions'], ['gotomeeting', 'meetings'], ['gotowebinar', 'webinars'], ['gototraining', 'trainings'], ['zendesk', 'tickets'], ['ameyo', 'calls']] as const) {
    await seedCoverage(em, vendor, resource, COVERED[0], COVERED[1], SYNCED);
  }
}

describe.each(historyDatabases('reports_history'))('history from the store on $name', ({ url, drop }) => {
  let gw: TestGateway;
  /** Vendor calls made while `run` ran, per simulated vendor. */
  async function callsDuring(run: () => Promise<void>): Promise<number> {
    await gw.sim.clearJournal();
    await run();
    return (await gw.sim.journal('goto')).length + (await gw.sim.journal('bomgar')).length;
  }

  beforeAll(async () => {
    gw = await startGateway({ databaseUrl: url });
    await seed(gw.app.store.fork());
  });
  afterAll(async () => {
    await gw?.close();
    await drop();
  });

  describe('source: LIVE | STORE', () => {
    it('supportSessions reads a covered window from the store, events and feedback included, without calling a vendor', async () => {
      let data: Awaited<ReturnType<typeof gw.run<unknown, unknown>>>['body']['data'];
      const calls = await callsDuring(async () => {
        const { body } = await gw.run(SupportSessionsSourcedDocument, { filter: { from: RANGE.from, to: RANGE.to }, first: 10 });
        expect(body.errors).toBeUndefined();
        data = body.data;
      });
      const list = (data as { supportSessions: { source: string; syncedAt: string; edges: { node: Record<string, unknown> }[] } }).supportSessions;
      expect(list).toMatchObject({ source: 'STORE', syncedAt: '2026-02-15T00:10:00Z' });
      expect(list.edges.map((e) => e.node.vendorId)).toEqual(['gs1', 'bs2', 'bs1']);
      expect(list.edges[2]!.node).toMatchObject({ vendor: 'BOMGAR', status: 'ENDED', rating: 4, resolution: 'RESOLVED', externalKey: '7001', events: { edges: [{ node: { kind: 'SESSION_START', body: 'first' } }, { node: { kind: 'CHAT_MESSAGE', body: 'second' } }] } });
      expect(calls).toBe(0);
    });

    it('supportSessions filters stored sessions (rating, vendor) without asking the vendors for feedback', async () => {
      const calls = await callsDuring(async () => {
        const { body } = await gw.run(SupportSessionsSourcedDocument, { filter: { from: RANGE.from, to: RANGE.to, ratingAtMost: 3 } });
        expect(body.data!.supportSessions!.edges.map((e) => e.node.vendorId)).toEqual(['bs2']);
        const bomgar = await gw.run(SupportSessionsSourcedDocument, { filter: { from: RANGE.from, to: RANGE.to, vendor: 'BOMGAR' } });
        expect(bomgar.body.data!.supportSessions!.edges.map((e) => e.node.vendorId)).toEqual(['bs2', 'bs1']);
      });
      expect(calls).toBe(0);
    });

    it('supportSessions outside the stored window is LIVE, with no syncedAt', async () => {
      const { body } = await gw.run(SupportSessionsSourcedDocument, { filter: { from: LIVE_RANGE.from, to: LIVE_RANGE.to }, first: 3 });
      expect(body.errors).toBeUndefined();
      expect(body.data!.supportSessions).toMatchObject({ source: 'LIVE', syncedAt: null });
      expect(body.data!.supportSessions!.edges.every((e) => !['bs1', 'bs2', 'gs1'].includes(e.node.vendorId))).toBe(true);
    });

    it('meetings(when: PAST) reads held instances and their attendees from the store', async () => {
      const calls = await callsDuring(async () => {
        const { body } = await gw.run(PastMeetingsSourcedDocument, { range: RANGE });
        expect(body.errors).toBeUndefined();
        const { source, syncedAt, edges } = body.data!.meetings!;
        expect({ source, syncedAt }).toEqual({ source: 'STORE', syncedAt: '2026-02-15T00:10:00Z' });
        expect(edges.map((e) => [e.node.vendorId, e.node.start, e.node.durationMinutes, e.node.attendeeCount])).toEqual([
          ['111111111', '2026-01-10T10:00:00Z', 60, 3],
          ['111111111', '2026-01-12T10:00:00Z', 30, 2],
          ['222222222', '2026-01-12T15:00:00Z', 45, 4],
        ]);
        expect(edges[1]!.node.attendees!.map((a) => a.email)).toEqual([EMAIL, 'bea@x.test']);
      });
      expect(calls).toBe(0);
      const live = await gw.run(PastMeetingsSourcedDocument, { range: LIVE_RANGE, first: 1 });
      expect(live.body.data!.meetings).toMatchObject({ source: 'LIVE', syncedAt: null });
    });

    it('meetingPatterns from the store: figures worked out by hand', async () => {
      const calls = await callsDuring(async () => {
        const { body } = await gw.run(MeetingPatternsSourcedDocument, { range: RANGE, groupBy: 'ORGANIZER' }, 'manager');
        expect(body.errors).toBeUndefined();
        // Olga: 60 + 30 min over 2 meetings, (3 + 2) / 2 attendees; Pat and Bea twice, Cal once. Omar: one meeting of 45 min, 4 attendees.
        expect(body.data!.meetingPatterns).toEqual([
          { source: 'STORE', syncedAt: '2026-02-15T00:10:00Z', key: 'o1', label: 'Olga Organizer', meetings: 2, totalMinutes: 90, averageMinutes: 45, attendeesPerMeeting: 2.5, topAttendees: [{ name: 'Bea', email: 'bea@x.test', meetings: 2 }, { name: 'Pat Person', email: EMAIL, meetings: 2 }, { name: 'Cal', email: 'cal@x.test', meetings: 1 }] },
          { source: 'STORE', syncedAt: '2026-02-15T00:10:00Z', key: 'o2', label: 'Omar Organizer', meetings: 1, totalMinutes: 45, averageMinutes: 45, attendeesPerMeeting: 4, topAttendees: [{ name: 'Dee', email: 'dee@x.test', meetings: 1 }, { name: 'Eve', email: 'eve@x.test', meetings: 1 }, { name: 'Fay', email: 'fay@x.test', meetings: 1 }, { name: 'Pat Person', email: EMAIL, meetings: 1 }] },
        ]);
        const days = (await gw.run(MeetingPatternsSourcedDocument, { range: RANGE, groupBy: 'DAY' }, 'manager')).body.data!.meetingPatterns!;
        expect(days.map((d) => [d.key, d.meetings, d.totalMinutes, d.averageMinutes, d.attendeesPerMeeting])).toEqual([
          ['2026-01-10', 1, 60, 60, 3],
          ['2026-01-12', 2, 75, 37.5, 3],
        ]);
        const groups = (await gw.run(MeetingPatternsSourcedDocument, { range: RANGE, groupBy: 'GROUP' }, 'manager')).body.data!.meetingPatterns!;
        expect(groups.map((g) => [g.key, g.label, g.meetings, g.totalMinutes])).toEqual([
          ['g1', 'Support', 2, 90],
          ['none', 'No group', 1, 45],
        ]);
        const ofGroup = (await gw.run(PastMeetingsSourcedDocument, { range: RANGE, groupId: 'g1' })).body.data!.meetings!;
        expect(ofGroup.edges.map((e) => e.node.start)).toEqual(['2026-01-10T10:00:00Z', '2026-01-12T10:00:00Z']);
      });
      expect(calls).toBe(0);
      const live = await gw.run(MeetingPatternsSourcedDocument, { range: LIVE_RANGE, groupBy: 'DAY' }, 'manager');
      expect(live.body.data!.meetingPatterns!.every((row) => row.source === 'LIVE' && row.syncedAt === null)).toBe(true);
    });

    it('Contact.events reads registrations, attendance and meetings from the store', async () => {
      const contact = (await gw.run(ContactsByEmailDocument, { email: EMAIL })).body.data!.contactsByEmail![0]!;
      const { body } = await gw.run(ContactEventsSourcedDocument, { id: contact.id, range: RANGE });
      expect(body.errors).toBeUndefined();
      const events = body.data!.contact!.events!;
      expect(events).toMatchObject({ source: 'STORE', syncedAt: '2026-02-15T00:10:00Z', unavailableVendors: [] });
      expect(events.events.map((e) => [e.kind, e.at, e.durationSeconds])).toEqual([
        ['WEBINAR_ATTENDANCE', '2026-01-15T16:00:00Z', 1800],
        ['MEETING_ATTENDANCE', '2026-01-12T15:00:00Z', 2400],
        ['MEETING_ATTENDANCE', '2026-01-12T10:00:00Z', 1800],
        ['MEETING_ATTENDANCE', '2026-01-10T10:00:00Z', 3000],
        ['TRAINING_REGISTRATION', '2026-01-06T12:00:00Z', null],
        ['WEBINAR_REGISTRATION', '2026-01-03T09:00:00Z', null],
      ]);
    });
  });

  describe('webinarFunnel', () => {
    it('counts registered, attended and minutes as worked out by hand', async () => {
      const { body } = await gw.run(WebinarFunnelDocument, { webinar: '3001.9001' }, 'manager');
      expect(body.errors).toBeUndefined();
      // 5 listed registrants (approved, waiting, denied alike); 4 attended (3 registrants + 1 walk-in):
      // 1800 + 1200 + 600 + 300 s = 65 min, 16.25 min each; 4 / 5 = 0.8.
      expect(body.data!.webinarFunnel).toEqual({
        source: 'STORE', syncedAt: '2026-02-15T00:10:00Z', complete: true, webinarKey: '9001', subject: 'Launch webinar', startsAt: '2026-01-15T16:00:00Z', endsAt: '2026-01-15T17:00:00Z',
        registered: 5, attended: 4, attendanceRate: 0.8, attendanceMinutes: 65, averageAttendanceMinutes: 16.25,
      });
      expect((await gw.run(WebinarFunnelDocument, { webinar: '3001.404' }, 'manager')).body.data!.webinarFunnel).toBeNull();
      expect((await gw.run(WebinarFunnelDocument, { webinar: '3001.9001' }, 'agent')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('serves it as CSV', async () => {
      const response = await fetch(`${gw.url}/reports/webinar-funnel.csv?webinar=3001.9001`, { headers: { authorization: `Bearer ${gw.keys.manager}` } });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(
        'webinar_key,subject,starts_at,ends_at,registered,attended,attendance_rate,attendance_minutes,average_attendance_minutes\r\n' +
          '9001,Launch webinar,2026-01-15T16:00:00.000Z,2026-01-15T17:00:00.000Z,5,4,0.8,65,16.25\r\n',
      );
      const missing = await fetch(`${gw.url}/reports/webinar-funnel.csv`, { headers: { authorization: `Bearer ${gw.keys.manager}` } });
      expect(missing.status).toBe(400);
      expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'webinar' }] } }] });
    });
  });

  describe('contactTimeline', () => {
    const EXPECTED = [
      ['2026-01-02T08:00:00Z', 'TICKET', 'ZENDESK', '7001', 'USER_ID'],
      ['2026-01-03T09:00:00Z', 'WEBINAR_REGISTRATION', 'GOTO_WEBINAR', '9001', 'EMAIL'],
      ['2026-01-04T09:00:00Z', 'CALL', 'AMEYO', 'c1', 'PHONE'],
      ['2026-01-05T10:00:00Z', 'SUPPORT_SESSION', 'BOMGAR', 'bs1', 'TICKET'],
      ['2026-01-06T12:00:00Z', 'TRAINING_REGISTRATION', 'GOTO_TRAINING', '8001', 'EMAIL'],
      ['2026-01-08T09:00:00Z', 'CALL', 'AMEYO', 'c2', 'USER_ID'],
      ['2026-01-10T10:00:00Z', 'MEETING_ATTENDANCE', 'GOTO_MEETING', '111111111', 'EMAIL'],
      ['2026-01-12T10:00:00Z', 'MEETING_ATTENDANCE', 'GOTO_MEETING', '111111111', 'EMAIL'],
      ['2026-01-12T15:00:00Z', 'MEETING_ATTENDANCE', 'GOTO_MEETING', '222222222', 'EMAIL'],
      ['2026-01-15T16:00:00Z', 'WEBINAR_ATTENDANCE', 'GOTO_WEBINAR', '9001', 'EMAIL'],
      ['2026-01-20T08:00:00Z', 'TICKET', 'ZENDESK', '7002', 'USER_ID'],
      ['2026-01-21T10:00:00Z', 'SUPPORT_SESSION', 'GOTO_ASSIST', 'gs1', 'EMAIL'],
    ];

    it("puts one person's records at every vendor in time order, matched by user id, email and phone", async () => {
      const { body } = await gw.run(ContactTimelineDocument, { contactId: USER_ID }, 'manager');
      expect(body.errors).toBeUndefined();
      const timeline = body.data!.contactTimeline!;
      expect(timeline).toMatchObject({ source: 'STORE', email: EMAIL, phone: PHONE, contact: { name: PERSON.name } });
      expect(timeline.entries.map((e) => [e.at, e.kind, e.vendor, e.vendorId, e.matchedBy])).toEqual(EXPECTED);
      expect(timeline.entries[3]).toMatchObject({ durationSeconds: 600, status: 'ENDED' });
      const january = await gw.run(ContactTimelineDocument, { contactId: USER_ID, range: { from: '2026-01-05T00:00:00Z', to: '2026-01-10T00:00:00Z' } }, 'manager');
      expect(january.body.data!.contactTimeline).toMatchObject({ complete: true });
      expect(january.body.data!.contactTimeline!.entries.map((e) => e.vendorId)).toEqual(['bs1', '8001', 'c2']);
    });

    it('serves it as CSV', async () => {
      const response = await fetch(`${gw.url}/reports/contact-timeline.csv?contact=${USER_ID}&from=2026-01-01&to=2026-01-05`, { headers: { authorization: `Bearer ${gw.keys.admin}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-report-complete')).toBe('true');
      expect((await response.text()).split('\r\n')).toEqual([
        'at,kind,vendor,vendor_id,title,status,duration_seconds,matched_by',
        '2026-01-02T08:00:00.000Z,TICKET,zendesk,7001,Printer on fire,solved,,USER_ID',
        '2026-01-03T09:00:00.000Z,WEBINAR_REGISTRATION,gotowebinar,9001,Launch webinar,APPROVED,,EMAIL',
        `2026-01-04T09:00:00.000Z,CALL,ameyo,c1,Inbound call ${PHONE},ANSWERED,120,PHONE`,
        '',
      ]);
      const unknown = await fetch(`${gw.url}/reports/contact-timeline.csv?contact=1`, { headers: { authorization: `Bearer ${gw.keys.admin}` } });
      expect(unknown.status).toBe(404);
    });
  });
});
