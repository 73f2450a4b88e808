import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateMeetingDocument,
  DeleteMeetingDocument,
  DeleteOrganizerDocument,
  EndMeetingDocument,
  GoToMeetingAttendeesDocument,
  GoToMeetingDocument,
  GoToMeetingNodesDocument,
  GoToOrganizerMeetingsDocument,
  GoToMeetingsDocument,
  GoToOrganizerDocument,
  GoToOrganizerGroupsDocument,
  GoToOrganizersDocument,
  GoToWebinarDocument,
  GoToWebinarsDocument,
  MeetingPatternsDocument,
  SetOrganizerStatusDocument,
  SignUpOrganizerDocument,
  StartMeetingDocument,
  UpdateMeetingDocument,
  WebinarFunnelDocument,
  type GoToMeetingsQuery,
} from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
const HISTORY = { from: '2025-10-01T00:00:00Z', to: '2026-01-05T09:00:00Z' };
const TWO_POW_53 = 2n ** 53n;

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

/** GoTo calls since the journal was last cleared, token exchanges included. */
const gotoCalls = () => gw.sim.journal('goto');
/** Every meeting of a listing, page by page (a connection gives at most 100 a page). */
type ListedMeeting = NonNullable<GoToMeetingsQuery['meetings']>['edges'][number]['node'];
async function allMeetings(variables: { when: 'PAST' | 'UPCOMING'; range?: typeof HISTORY; groupId?: string }): Promise<ListedMeeting[]> {
  const nodes: ListedMeeting[] = [];
  for (let after: string | null | undefined = undefined; ; ) {
    const { body }: { body: { errors?: unknown; data?: GoToMeetingsQuery | null } } = await gw.run(GoToMeetingsDocument, { ...variables, first: 100, after }, 'viewer');
    expect(body.errors).toBeUndefined();
    nodes.push(...body.data!.meetings!.edges.map((e) => e.node));
    if (!body.data!.meetings!.pageInfo.hasNextPage) return nodes;
    after = body.data!.meetings!.pageInfo.endCursor;
  }
}
/** How many of the calls went to paths ending so. */
const callsTo = (calls: { path: string }[], suffix: string) => calls.filter((c) => c.path.endsWith(suffix)).length;

describe('organizers', () => {
  it('lists the account organizers in one upstream call, keys above 2^53 kept exact', async () => {
    await gw.run(GoToOrganizersDocument, {}); // signs in
    await gw.sim.clearJournal();
    const { body } = await gw.run(GoToOrganizersDocument, { filter: { status: 'SUSPENDED' } }, 'viewer');
    expect(body.errors).toBeUndefined();
    expect(body.data!.organizers).toHaveLength(5);
    expect((await gotoCalls()).map((e) => e.path)).toEqual(['/goto/G2M/rest/organizers', '/goto/G2M/rest/groups']);
    const all = (await gw.run(GoToOrganizersDocument, {})).body.data!.organizers!;
    expect(all).toHaveLength(50);
    const olive = all.find((o) => o.email === 'organizer@switchboard.test')!;
    expect(BigInt(olive.vendorId) > TWO_POW_53).toBe(true);
    // The key round-trips through the global id and back out unchanged.
    const again = await gw.run(GoToOrganizerDocument, { id: olive.id });
    expect(again.body.data!.organizer!.vendorId).toBe(olive.vendorId);
    const byKey = await gw.run(GoToOrganizerDocument, { id: olive.vendorId });
    expect(byKey.body.data!.organizer!.id).toBe(olive.id);
  });

  it('filters by group and email and lists groups with their organizers', async () => {
    const groups = (await gw.run(GoToOrganizerGroupsDocument, {})).body.data!.organizerGroups!;
    expect(groups).toHaveLength(5);
    expect(groups.reduce((sum, g) => sum + g.organizerCount, 0)).toBe(50);
    const inGroup = (await gw.run(GoToOrganizersDocument, { filter: { groupId: groups[1]!.vendorId } })).body.data!.organizers!;
    expect(inGroup).toHaveLength(groups[1]!.organizerCount);
    const byEmail = (await gw.run(GoToOrganizersDocument, { filter: { email: 'ORGANIZER@switchboard.test' } })).body.data!.organizers!;
    expect(byEmail.map((o) => o.email)).toEqual(['organizer@switchboard.test']);
  });

  it('signs up, suspends and deletes an organizer (admin only); a duplicate email names input.email', async () => {
    const groups = (await gw.run(GoToOrganizerGroupsDocument, {})).body.data!.organizerGroups!;
    const input = { name: 'Nia Newhost', email: 'nia.newhost@switchboard.test', groupId: groups[2]!.vendorId, product: 'WEBINAR' as const };
    const forbidden = await gw.run(SignUpOrganizerDocument, { input }, 'manager');
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { body } = await gw.run(SignUpOrganizerDocument, { input });
    expect(body.data!.signUpOrganizer).toMatchObject({ __typename: 'MutationSignUpOrganizerSuccess', organizer: { name: 'Nia Newhost', status: 'ACTIVE', products: ['WEBINAR'], group: { vendorId: groups[2]!.vendorId } } });
    const organizer = (body.data!.signUpOrganizer as { organizer: { id: string; vendorId: string } }).organizer;
    expect(BigInt(organizer.vendorId) > TWO_POW_53).toBe(true);

    const duplicate = await gw.run(SignUpOrganizerDocument, { input });
    expect(duplicate.body.data!.signUpOrganizer).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'input.email' }] });
    const bad = await gw.run(SignUpOrganizerDocument, { input: { ...input, email: 'not-an-email', name: 'Mononym' } });
    expect((bad.body.data!.signUpOrganizer as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual(['input.email', 'input.name']);

    const suspended = await gw.run(SetOrganizerStatusDocument, { id: organizer.id, status: 'SUSPENDED' });
    expect(suspended.body.data!.setOrganizerStatus).toMatchObject({ organizer: { id: organizer.id, status: 'SUSPENDED' } });
    expect(suspended.body.data!.setOrganizerStatus).toMatchObject({ organizer: { products: [] } });
    // Reactivating grants the product asked for (GoTo's only way back), not always GoToMeeting.
    const reactivated = await gw.run(SetOrganizerStatusDocument, { id: organizer.vendorId, status: 'ACTIVE', product: 'WEBINAR' });
    expect(reactivated.body.data!.setOrganizerStatus).toMatchObject({ organizer: { id: organizer.id, status: 'ACTIVE', products: ['WEBINAR'] } });
    const deleted = await gw.run(DeleteOrganizerDocument, { id: organizer.id });
    expect(deleted.body.data!.deleteOrganizer).toMatchObject({ __typename: 'MutationDeleteOrganizerSuccess', deleted: { id: organizer.id } });
    const gone = await gw.run(DeleteOrganizerDocument, { id: organizer.id });
    expect(gone.body.data!.deleteOrganizer).toMatchObject({ __typename: 'NotFoundError', resource: 'Organizer' });
  });
});

describe('meetings', () => {
  it('lists 100 historical meetings with organizers and attendee counts in a fixed number of upstream calls', async () => {
    await gw.run(GoToOrganizersDocument, {});
    await gw.sim.clearJournal();
    const { body } = await gw.run(GoToMeetingsDocument, { when: 'PAST', range: HISTORY, first: 100 }, 'viewer');
    expect(body.errors).toBeUndefined();
    const edges = body.data!.meetings!.edges;
    expect(edges).toHaveLength(100);
    expect(body.data!.meetings!.pageInfo.hasNextPage).toBe(true);
    for (const { node } of edges) {
      expect(node.status).toBe('PAST');
      expect(node.organizer?.name).toBeTruthy();
      expect(node.attendeeCount).toBeGreaterThan(0);
    }
    const starts = edges.map((e) => e.node.start);
    expect(starts).toEqual([...starts].sort());
    // groups (1) + history per group (5) + organizers (1): the same however many meetings there are.
    const calls = await gotoCalls();
    expect(calls).toHaveLength(7);
    expect(calls.filter((c) => c.path.endsWith('/historicalMeetings'))).toHaveLength(5);
  });

  it('reads a held meeting with its attendees and the attendee history of an organizer', async () => {
    const held = (await gw.run(GoToMeetingsDocument, { when: 'PAST', range: HISTORY, first: 1 })).body.data!.meetings!.edges[0]!.node;
    const organizerId = held.organizer!.id;
    const attendees = await gw.run(GoToMeetingAttendeesDocument, { range: HISTORY, organizerId });
    expect(attendees.body.errors).toBeUndefined();
    expect(attendees.body.data!.meetingAttendees!.length).toBeGreaterThanOrEqual(held.attendeeCount!);
    // Some attendees are helpdesk contacts of the same seed (joined by email).
    await gw.sim.clearJournal();
    const all = await gw.run(GoToMeetingAttendeesDocument, { range: HISTORY });
    expect(all.body.data!.meetingAttendees!.some((a) => a.contact !== null)).toBe(true);
    // Every distinct email is looked up, 20 to a search (`email:a email:b ...`), not one search each.
    const emails = new Set(all.body.data!.meetingAttendees!.flatMap((a) => (a.email ? [a.email.toLowerCase()] : [])));
    const searches = (await gw.sim.journal('zendesk')).filter((entry) => entry.path.endsWith('/users/search.json'));
    expect(emails.size).toBeGreaterThan(20);
    expect(searches).toHaveLength(Math.ceil(emails.size / 20));

    const meeting = await gw.run(GoToMeetingDocument, { id: held.id });
    expect(meeting.body.errors).toBeUndefined();
    expect(meeting.body.data!.meeting!.vendorId).toBe(held.vendorId);
    expect(meeting.body.data!.meeting!.attendees!.length).toBeGreaterThanOrEqual(held.attendeeCount!);
  });

  it('names the organizer of meetings read by id from the group listings, in the same number of calls for one or ten', async () => {
    const held = (await gw.run(GoToMeetingsDocument, { when: 'PAST', range: HISTORY, first: 10 })).body.data!.meetings!.edges.map((e) => e.node);
    const upcoming = (await gw.run(GoToMeetingsDocument, { when: 'UPCOMING', first: 3 })).body.data!.meetings!.edges.map((e) => e.node);
    await gw.sim.clearJournal();
    const one = await gw.run(GoToMeetingDocument, { id: held[0]!.id }, 'viewer');
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data!.meeting!.organizer).toEqual(held[0]!.organizer);
    const single = await gotoCalls();
    // meeting + its attendees + groups + upcoming and history per group (5 each) + organizers.
    expect(single).toHaveLength(14);
    expect(callsTo(single, '/historicalMeetings')).toBe(5);

    await gw.sim.clearJournal();
    const ids = [...held, ...upcoming].map((m) => m.id);
    const { body } = await gw.run(GoToMeetingNodesDocument, { ids }, 'viewer');
    expect(body.errors).toBeUndefined();
    const found = body.data!.nodes as { vendorId: string; organizer: { vendorId: string } | null }[];
    expect(found.map((m) => m.organizer?.vendorId)).toEqual([...held, ...upcoming].map((m) => m.organizer!.vendorId));
    const batch = await gotoCalls();
    // One read per meeting; the organizer lookup costs what it did for one meeting.
    expect(callsTo(batch, '/upcomingMeetings')).toBe(5);
    expect(callsTo(batch, '/historicalMeetings')).toBe(5);
    expect(batch).toHaveLength(ids.length + 12);
  });

  it('gives each attended instance with its organizer from the attendee records, without reading meetings one by one', async () => {
    await gw.run(GoToOrganizersDocument, {});
    await gw.sim.clearJournal();
    const { body } = await gw.run(GoToMeetingAttendeesDocument, { range: HISTORY }, 'viewer');
    expect(body.errors).toBeUndefined();
    const attendees = body.data!.meetingAttendees!;
    expect(attendees.length).toBeGreaterThan(100);
    for (const a of attendees) {
      expect(a.meeting).toMatchObject({ status: 'PAST', organizer: { vendorId: expect.stringMatching(/^\d+$/) } });
      expect(a.meeting.attendeeCount).toBeGreaterThan(0);
    }
    const calls = await gotoCalls();
    expect(calls.filter((c) => /\/meetings\/\d+$/.test(c.path))).toHaveLength(0);
    expect(callsTo(calls, '/attendees')).toBe(5);
  });

  it("lists one organizer's and one group's meetings, upcoming and held, that add up to the account's", async () => {
    const account = await allMeetings({ when: 'PAST', range: HISTORY });
    expect(account.length).toBeGreaterThan(100);
    const host = account[0]!.organizer!;
    const own = await gw.run(GoToOrganizerMeetingsDocument, { id: host.id, when: 'PAST', range: HISTORY }, 'viewer');
    expect(own.body.errors).toBeUndefined();
    const held = own.body.data!.organizer!.meetings!.edges.map((e) => e.node);
    expect(held.map((m) => `${m.vendorId}@${m.start}`).sort()).toEqual(
      account.filter((m) => m.organizer!.id === host.id).map((m) => `${m.vendorId}@${m.start}`).sort(),
    );
    const ahead = await gw.run(GoToOrganizerMeetingsDocument, { id: host.vendorId, when: 'UPCOMING' }, 'viewer');
    for (const { node } of ahead.body.data!.organizer!.meetings!.edges) expect(['UPCOMING', 'ACTIVE']).toContain(node.status);

    const groups = (await gw.run(GoToOrganizerGroupsDocument, {})).body.data!.organizerGroups!;
    let total = 0;
    for (const group of groups) {
      const listed = await allMeetings({ when: 'PAST', range: HISTORY, groupId: group.vendorId });
      const members = new Set(group.organizers.map((o) => o.id));
      for (const node of listed) expect(members.has(node.organizer!.id)).toBe(true);
      total += listed.length;
    }
    expect(total).toBe(account.length);
  });

  it('refuses a PAST listing without a range, naming the argument', async () => {
    const { body } = await gw.run(GoToMeetingsDocument, { when: 'PAST' });
    expect(body.data!.meetings).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'range' }] });
  });

  it('creates, updates, starts, ends and deletes a meeting (manager), over HTTP against the simulator', async () => {
    // Next year's March: ahead of the gateway's clock (a start in the past is refused) and the simulator's.
    const day = `${new Date().getUTCFullYear() + 1}-03-02`;
    const input = { subject: 'Escalation sync', start: `${day}T15:00:00Z`, end: `${day}T15:30:00Z`, conferenceCallInfo: 'HYBRID' as const, passwordRequired: true };
    const denied = await gw.run(CreateMeetingDocument, { input }, 'agent');
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const created = await gw.run(CreateMeetingDocument, { input }, 'manager');
    const meeting = (created.body.data!.createMeeting as { meeting: { id: string; vendorId: string } & Record<string, unknown> }).meeting;
    expect(meeting).toMatchObject({ subject: 'Escalation sync', start: `${day}T15:00:00Z`, type: 'SCHEDULED', conferenceCallInfo: 'Hybrid', audio: 'HYBRID', passwordRequired: true });
    expect(meeting.joinUrl).toContain(meeting.vendorId);

    const invalid = await gw.run(CreateMeetingDocument, { input: { ...input, subject: ' ', end: `${day}T14:00:00Z` } }, 'manager');
    expect((invalid.body.data!.createMeeting as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual(['input.end', 'input.subject']);

    const updated = await gw.run(UpdateMeetingDocument, { id: meeting.id, input: { subject: 'Escalation sync (moved)' } }, 'manager');
    expect(updated.body.data!.updateMeeting).toMatchObject({ meeting: { subject: 'Escalation sync (moved)', start: `${day}T15:00:00Z` } });

    // The meeting is the signed-in organizer's, though GoTo's created record does not say so.
    expect(meeting.organizer).toMatchObject({ name: 'Olive Organizer' });

    const started = await gw.run(StartMeetingDocument, { id: meeting.id }, 'manager');
    expect(started.body.data!.startMeeting).toMatchObject({ start: { hostUrl: expect.stringMatching(/^https:\/\//), meeting: { status: 'ACTIVE' } } });
    const ended = await gw.run(EndMeetingDocument, { id: meeting.vendorId }, 'manager');
    expect(ended.body.data!.endMeeting).toMatchObject({ __typename: 'MutationEndMeetingSuccess', meeting: { status: 'PAST', organizer: { name: 'Olive Organizer' } } });
    const instance = (ended.body.data!.endMeeting as { meeting: { attendees: unknown[]; attendeeCount: number } }).meeting;
    expect(instance.attendees.length).toBeGreaterThan(0);
    expect(instance.attendeeCount).toBe(instance.attendees.length);

    const deleted = await gw.run(DeleteMeetingDocument, { id: meeting.id }, 'manager');
    expect(deleted.body.data!.deleteMeeting).toMatchObject({ deleted: { id: meeting.id } });
    const missing = await gw.run(UpdateMeetingDocument, { id: meeting.id, input: { subject: 'x' } }, 'manager');
    expect(missing.body.data!.updateMeeting).toMatchObject({ __typename: 'NotFoundError', resource: 'Meeting', id: meeting.vendorId });
  });

  it('shows a running meeting as ACTIVE in the account and group listings, though GoTo marks group rows INACTIVE', async () => {
    // Scheduled around the gateway's now, which is what it checks for running.
    const soon = Date.now() + 10 * 60_000;
    const input = { subject: 'Stand-up', start: new Date(soon).toISOString(), end: new Date(soon + 30 * 60_000).toISOString() };
    const created = await gw.run(CreateMeetingDocument, { input }, 'manager');
    const meeting = (created.body.data!.createMeeting as { meeting: { id: string; vendorId: string } }).meeting;
    const statusIn = async (variables: { groupId?: string }) => (await allMeetings({ when: 'UPCOMING', ...variables })).find((m) => m.vendorId === meeting.vendorId);
    expect((await statusIn({}))?.status).toBe('UPCOMING');
    await gw.run(StartMeetingDocument, { id: meeting.id }, 'manager');
    const listed = await statusIn({});
    expect(listed).toMatchObject({ status: 'ACTIVE', organizer: { name: 'Olive Organizer' } });
    const olive = (await gw.run(GoToOrganizersDocument, { filter: { email: 'organizer@switchboard.test' } })).body.data!.organizers![0]!;
    expect((await statusIn({ groupId: olive.group!.vendorId }))?.status).toBe('ACTIVE');
    await gw.run(EndMeetingDocument, { id: meeting.id }, 'manager');
    await gw.run(DeleteMeetingDocument, { id: meeting.id }, 'manager');
  });

  it('keeps working across token expiry on the virtual clock: one refresh, the call repeated', async () => {
    await gw.run(GoToOrganizerGroupsDocument, {});
    await gw.sim.call('/_sim/clock', { advanceMs: 2 * 3_600_000 });
    await gw.sim.clearJournal();
    const { body } = await gw.run(GoToOrganizerGroupsDocument, {});
    expect(body.errors).toBeUndefined();
    expect(body.data!.organizerGroups).toHaveLength(5);
    const calls = await gotoCalls();
    expect(calls.map((c) => `${c.status} ${c.path}`)).toEqual(['403 /goto/G2M/rest/groups', '200 /goto/oauth/v2/token', '200 /goto/G2M/rest/groups', '200 /goto/G2M/rest/organizers']);
  });
});

describe('meetings for other organizers, patterns by type, funnels read from GoTo', () => {
  it("schedules a meeting for another organizer of the account with the admin's token (manager)", async () => {
    const organizers = (await gw.run(GoToOrganizersDocument, { filter: { status: 'ACTIVE' } })).body.data!.organizers!;
    const other = organizers.find((o) => o.email !== 'organizer@switchboard.test')!;
    const day = `${new Date().getUTCFullYear() + 1}-04-07`;
    await gw.sim.clearJournal();
    const created = await gw.run(CreateMeetingDocument, { input: { organizerId: other.id, subject: 'For a colleague', start: `${day}T10:00:00Z`, end: `${day}T10:45:00Z` } }, 'manager');
    const meeting = (created.body.data!.createMeeting as { meeting: { id: string; organizer: { vendorId: string; name: string } } }).meeting;
    expect(meeting.organizer).toEqual({ vendorId: other.vendorId, name: other.name });
    const posts = (await gotoCalls()).filter((c) => c.method === 'POST').map((c) => c.path);
    expect(posts).toEqual([`/goto/G2M/rest/organizers/${other.vendorId}/meetings`]);
    // The same manager changes and deletes it: the role decides, not whose meeting it is.
    const moved = await gw.run(UpdateMeetingDocument, { id: meeting.id, input: { end: `${day}T11:00:00Z` } }, 'manager');
    expect(moved.body.data!.updateMeeting).toMatchObject({ meeting: { end: `${day}T11:00:00Z` } });
    expect((await gw.run(DeleteMeetingDocument, { id: meeting.id }, 'manager')).body.data!.deleteMeeting).toMatchObject({ deleted: { id: meeting.id } });
  });

  it('groups meeting patterns by meeting type, adding up to the same meetings as by day', async () => {
    const byType = (await gw.run(MeetingPatternsDocument, { range: HISTORY, groupBy: 'TYPE' }, 'manager')).body.data!.meetingPatterns!;
    const byDay = (await gw.run(MeetingPatternsDocument, { range: HISTORY, groupBy: 'DAY' }, 'manager')).body.data!.meetingPatterns!;
    expect(byType.length).toBeGreaterThan(1);
    for (const row of byType) expect(['SCHEDULED', 'RECURRING', 'IMMEDIATE', 'UNKNOWN']).toContain(row.key);
    expect(byType.find((row) => row.key === 'RECURRING')?.label).toBe('Recurring');
    const total = (rows: { meetings: number }[]) => rows.reduce((sum, row) => sum + row.meetings, 0);
    expect(total(byType)).toBe(total(byDay));
  });

  it("answers an upcoming webinar's funnel from GoTo when the store does not hold it, in GraphQL and CSV", async () => {
    const range = { from: '2026-01-06T00:00:00Z', to: '2026-03-01T00:00:00Z' };
    const upcoming = (await gw.run(GoToWebinarsDocument, { range, first: 1 })).body.data!.webinars!.edges[0]!.node;
    const registrants = (await gw.run(GoToWebinarDocument, { id: upcoming.id })).body.data!.webinar!.registrants!;
    const { body } = await gw.run(WebinarFunnelDocument, { webinar: upcoming.id }, 'manager');
    expect(body.errors).toBeUndefined();
    expect(body.data!.webinarFunnel).toMatchObject({ source: 'LIVE', complete: true, syncedAt: null, subject: upcoming.subject, registered: registrants.length, attended: 0 });
    const csv = await fetch(`${gw.url}/reports/webinar-funnel.csv?webinar=${encodeURIComponent(upcoming.id)}`, { headers: { authorization: `Bearer ${gw.keys.manager}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('x-report-source')).toBe('LIVE');
    expect(await csv.text()).toContain(`,${registrants.length},0,`);
  });
});
