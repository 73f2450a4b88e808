import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactsByEmailDocument, ContactEventsDocument, GoToMeetingsDocument, GoToWebinarDocument, GoToWebinarsDocument, MeetingPatternsDocument } from '../clients/graphql/generated/graphql.js';
import { DEFAULT_START_TIME } from '../simulator/core/clock.js';
import { generateGoToAccount } from '../simulator/goto/index.js';
import { generateTrainings } from '../simulator/goto/training/seed.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
const RANGE = { from: '2025-09-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const HISTORY = { from: '2025-10-01T00:00:00Z', to: '2026-01-05T09:00:00Z' };
const NOW = Date.parse('2026-01-05T09:00:00Z');

beforeAll(async () => {
  gw = await startGateway({ env: { UPSTREAM_RETRIES: '0' } });
});
afterAll(() => gw?.close());

/** A helpdesk contact who attended a held webinar (some seed attendees are Zendesk end-users). */
async function attendingContact(): Promise<{ contactId: string; email: string; webinarId: string }> {
  const webinars = (await gw.run(GoToWebinarsDocument, { range: RANGE, first: 50 })).body.data!.webinars!.edges.map((e) => e.node);
  for (const held of webinars.filter((w) => Date.parse(w.times[0]!.end) < NOW)) {
    const webinar = (await gw.run(GoToWebinarDocument, { id: held.id })).body.data!.webinar!;
    const attended = new Set(webinar.attendance!.map((a) => a.email));
    const registrant = webinar.registrants!.find((r) => r.contact && attended.has(r.email));
    if (registrant) return { contactId: registrant.contact!.id, email: registrant.email, webinarId: held.id };
  }
  throw new Error('the seed has no contact who attended a webinar');
}

describe('Contact.events', () => {
  it("joins a contact's registrations and attendance across the three products by email, newest first", async () => {
    const { contactId, email, webinarId } = await attendingContact();
    const { body } = await gw.run(ContactEventsDocument, { id: contactId, range: RANGE });
    expect(body.errors).toBeUndefined();
    const { events, unavailableVendors } = body.data!.contact!.events!;
    expect(unavailableVendors).toEqual([]);
    expect(body.data!.contact!.email).toBe(email);
    const kinds = new Set(events.map((e) => e.kind));
    expect(kinds.has('WEBINAR_REGISTRATION') && kinds.has('WEBINAR_ATTENDANCE')).toBe(true);
    expect(events.some((e) => e.kind === 'WEBINAR_ATTENDANCE' && e.webinar?.id === webinarId && (e.durationSeconds ?? 0) > 0)).toBe(true);
    const times = events.map((e) => e.at ?? '');
    expect(times).toEqual([...times].sort().reverse());
    const meetings = events.filter((e) => e.kind === 'MEETING_ATTENDANCE');
    expect(meetings.length).toBeGreaterThan(0);
    for (const e of meetings) expect(e.meeting).toMatchObject({ vendorId: expect.stringMatching(/^\d{9}$/), organizer: { name: expect.any(String) } });
  });

  it('includes attendance at completed trainings (from the reports API), which GoTo no longer lists', async () => {
    // The seed is a pure function: find a helpdesk contact who attended a completed training.
    const { trainings } = generateTrainings(42, generateGoToAccount(42, DEFAULT_START_TIME), DEFAULT_START_TIME.getTime());
    const contacts = new Set(generateZendeskSeed(42).users.map((u) => u.email));
    const completed = trainings.filter((t) => t.times.every((time) => time.endMs < NOW));
    const attended = completed.flatMap((t) => t.sessions.flatMap((s) => s.attendees.map((a) => ({ email: a.person.email, name: t.name })))).find((a) => contacts.has(a.email))!;
    const contact = (await gw.run(ContactsByEmailDocument, { email: attended.email })).body.data!.contactsByEmail![0]!;
    const { body } = await gw.run(ContactEventsDocument, { id: contact.id, range: RANGE });
    expect(body.errors).toBeUndefined();
    expect(body.data!.contact!.events!.events).toContainEqual(expect.objectContaining({ kind: 'TRAINING_ATTENDANCE', vendor: 'GOTO_TRAINING', title: attended.name }));
  });

  it('GoToWebinar down: the other products still give their events, webinar named unavailable', async () => {
    const { contactId } = await attendingContact();
    await gw.sim.fault({ vendor: 'goto', path: '/G2W/*', kind: 'status', status: 503 });
    try {
      const { body } = await gw.run(ContactEventsDocument, { id: contactId, range: RANGE });
      expect(body.errors).toBeUndefined();
      const { events, unavailableVendors } = body.data!.contact!.events!;
      expect(unavailableVendors).toMatchObject([{ vendor: 'GOTO_WEBINAR', code: 'UPSTREAM_UNAVAILABLE' }]);
      expect(events.every((e) => e.vendor !== 'GOTO_WEBINAR')).toBe(true);
    } finally {
      await gw.sim.clearFaults();
    }
  });
});

describe('meetingPatterns', () => {
  it('groups held meetings by organizer, group and day with the same totals, in a fixed number of calls', async () => {
    const held: { durationMinutes?: number | null }[] = [];
    let after: string | null | undefined;
    do {
      const page = (await gw.run(GoToMeetingsDocument, { when: 'PAST', range: HISTORY, first: 100, after })).body.data!.meetings!;
      held.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(held.length).toBeGreaterThan(200);
    const totalMinutes = held.reduce((sum, m) => sum + m.durationMinutes!, 0);
    await gw.sim.clearJournal();
    for (const groupBy of ['ORGANIZER', 'GROUP', 'DAY'] as const) {
      const denied = await gw.run(MeetingPatternsDocument, { range: HISTORY, groupBy }, 'agent');
      expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const { body } = await gw.run(MeetingPatternsDocument, { range: HISTORY, groupBy }, 'manager');
      expect(body.errors).toBeUndefined();
      const patterns = body.data!.meetingPatterns!;
      expect(patterns.reduce((sum, p) => sum + p.meetings, 0)).toBe(held.length);
      expect(patterns.reduce((sum, p) => sum + p.totalMinutes, 0)).toBe(totalMinutes);
      for (const p of patterns) {
        expect(p.averageMinutes).toBeCloseTo(p.totalMinutes / p.meetings, 1);
        expect(p.topAttendees.length).toBeGreaterThan(0);
        expect(p.topAttendees.length).toBeLessThanOrEqual(5);
        expect(p.topAttendees.map((a) => a.meetings)).toEqual([...p.topAttendees.map((a) => a.meetings)].sort((a, b) => b - a));
      }
      if (groupBy === 'GROUP') expect(patterns.length).toBeLessThanOrEqual(5);
    }
    // Each report: groups + organizers + 5 histories + 5 attendee histories.
    const calls = await gw.sim.journal('goto');
    expect(calls.length).toBeLessThanOrEqual(3 * 12);
  });
});
