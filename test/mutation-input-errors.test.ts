import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateMeetingDocument,
  CreateTicketDocument,
  DeleteMeetingDocument,
  DialDocument,
  EndMeetingDocument,
  GoToOrganizersDocument,
  GoToWebinarsDocument,
  RegisterForWebinarDocument,
  StartMeetingDocument,
  SupportTeamsDocument,
  TransferSessionDocument,
  UpdateMeetingDocument,
  UpdateTicketDocument,
} from '../clients/graphql/generated/graphql.js';
import { ameyoCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/**
 * Each mutation's bad inputs, walked one by one: the typed error, the field path the caller sent
 * and our wording (never a vendor's parameter name or text, nor a validator's raw message).
 */
let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

type Issue = { field: string; message: string };
/** The issues of a mutation's ValidationError (fails on any other answer). */
function issuesOf(result: unknown): Issue[] {
  const typed = result as { __typename?: string; issues?: Issue[] } | null;
  if (typed?.__typename !== 'ValidationError') throw new Error(`expected a ValidationError, got ${JSON.stringify(result)}`);
  return typed.issues!;
}

/** An ISO time (whole seconds, as GoTo keeps them) `hours` from the gateway's now, what "in the past" is judged by. */
const fromNow = (hours: number) => new Date(Math.floor(Date.now() / 1000 + hours * 3600) * 1000).toISOString().replace('.000Z', 'Z');

describe('createMeeting', () => {
  const good = { subject: 'Input walk', start: fromNow(48), end: fromNow(49) };
  const create = async (input: Record<string, unknown>) => issuesOf((await gw.run(CreateMeetingDocument, { input: { ...good, ...input } as never }, 'manager')).body.data!.createMeeting);

  it.each([
    ['a blank subject', { subject: '  ' }, { field: 'input.subject', message: 'must not be blank' }],
    ['an end before its start', { end: fromNow(47) }, { field: 'input.end', message: 'must be after start' }],
    ['a start in the past', { start: fromNow(-2), end: fromNow(-1) }, { field: 'input.start', message: 'must not be in the past' }],
    ['a scheduled meeting without times', { start: null, end: null }, { field: 'input.start', message: 'is required unless the meeting is immediate' }],
    ['an organizerId that is no id', { organizerId: 'not an id' }, { field: 'input.organizerId', message: "must be an Organizer id or the organizer's GoToMeeting id" }],
    ['an organizer the account does not have', { organizerId: '1' }, { field: 'input.organizerId', message: 'no such organizer' }],
  ])('refuses %s, naming the field', async (_what, input, issue) => {
    expect(await create(input)).toContainEqual(issue);
  });

  it('refuses a suspended organizer before GoTo is asked', async () => {
    const suspended = (await gw.run(GoToOrganizersDocument, { filter: { status: 'SUSPENDED' } })).body.data!.organizers![0]!;
    await gw.sim.clearJournal();
    expect(await create({ organizerId: suspended.id })).toEqual([{ field: 'input.organizerId', message: 'is suspended' }]);
    expect((await gw.sim.journal('goto')).filter((call) => call.method === 'POST')).toEqual([]);
  });
});

describe('updateMeeting', () => {
  let meetingId: string;
  const start = fromNow(72);
  const end = fromNow(73);
  beforeAll(async () => {
    const created = (await gw.run(CreateMeetingDocument, { input: { subject: 'To move', start, end } }, 'manager')).body.data!.createMeeting;
    meetingId = (created as { meeting: { id: string } }).meeting.id;
  });
  const update = async (input: Record<string, unknown>, id = meetingId) => (await gw.run(UpdateMeetingDocument, { id, input }, 'manager')).body.data!.updateMeeting;

  it.each([
    ['only an end before the scheduled start', { end: fromNow(71) }, { field: 'input.end', message: 'must be after start' }],
    ['only a start after the scheduled end', { start: fromNow(74) }, { field: 'input.start', message: 'must be before the meeting ends (move end too)' }],
    ['both, the end first', { start: fromNow(80), end: fromNow(79) }, { field: 'input.end', message: 'must be after start' }],
    ['a start in the past', { start: fromNow(-1), end: fromNow(1) }, { field: 'input.start', message: 'must not be in the past' }],
    ['a blank subject', { subject: '' }, { field: 'input.subject', message: 'must not be blank' }],
  ])('refuses %s, naming the field', async (_what, input, issue) => {
    expect(issuesOf(await update(input))).toEqual([issue]);
  });

  it('refuses an id that is no meeting id, naming the argument in our words', async () => {
    expect(issuesOf(await update({ subject: 'x' }, 'not an id'))).toEqual([{ field: 'id', message: "must be a Meeting id or the meeting's GoToMeeting id" }]);
  });

  it('still moves one end when the other allows it', async () => {
    const moved = await update({ end: fromNow(74) });
    expect(moved).toMatchObject({ __typename: 'MutationUpdateMeetingSuccess', meeting: { start } });
  });
});

describe('startMeeting, endMeeting and deleteMeeting', () => {
  it.each([
    ['startMeeting', async () => (await gw.run(StartMeetingDocument, { id: 'not an id' }, 'manager')).body.data!.startMeeting],
    ['endMeeting', async () => (await gw.run(EndMeetingDocument, { id: 'not an id' }, 'manager')).body.data!.endMeeting],
    ['deleteMeeting', async () => (await gw.run(DeleteMeetingDocument, { id: 'not an id' }, 'manager')).body.data!.deleteMeeting],
  ])('%s names id for an id that is no meeting id', async (_mutation, run) => {
    expect(issuesOf(await run())).toEqual([{ field: 'id', message: "must be a Meeting id or the meeting's GoToMeeting id" }]);
  });

  it('endMeeting of a meeting not running names id in our words', async () => {
    const created = (await gw.run(CreateMeetingDocument, { input: { subject: 'Never started', start: fromNow(90), end: fromNow(91) } }, 'manager')).body.data!.createMeeting;
    const { id } = (created as { meeting: { id: string } }).meeting;
    expect(issuesOf((await gw.run(EndMeetingDocument, { id }, 'manager')).body.data!.endMeeting)).toEqual([{ field: 'id', message: 'the meeting is not running' }]);
  });
});

describe('transferSession', () => {
  it('names to.teamId for a team the vendor does not list, before the vendor is asked', async () => {
    const [team] = (await gw.run(SupportTeamsDocument, { vendor: 'BOMGAR' })).body.data!.teams!.nodes;
    const session = encodeGlobalID('SupportSession', 'bomgar:no-such-session');
    const unknown = encodeGlobalID('SupportTeam', 'bomgar:99');
    await gw.sim.clearJournal();
    const { body } = await gw.run(TransferSessionDocument, { sessionId: session, to: { teamId: unknown } }, 'agent');
    expect(issuesOf(body.data!.transferSession)).toEqual([{ field: 'to.teamId', message: 'no such team' }]);
    // It read the teams (get_support_teams) and sent no command.
    expect((await gw.sim.journal('bomgar')).filter((call) => !call.query.startsWith('action=get_'))).toEqual([]);
    // A team it lists passes on to the session, which here does not exist.
    const known = await gw.run(TransferSessionDocument, { sessionId: session, to: { teamId: team!.id } }, 'agent');
    expect(known.body.data!.transferSession).toMatchObject({ __typename: 'NotFoundError' });
  });

  it.each([
    ['no target', {}, { field: 'to', message: 'give a team or an agent to transfer to' }],
    ['a team of the other vendor', { teamId: encodeGlobalID('SupportTeam', 'gotoassist:1') }, { field: 'to.teamId', message: 'is a GoToAssist team, not a Bomgar one' }],
    ['a team id that is no id', { teamId: 'x' }, { field: 'to.teamId', message: 'must be a SupportTeam id' }],
  ])('refuses %s, naming the field', async (_what, to, issue) => {
    const { body } = await gw.run(TransferSessionDocument, { sessionId: encodeGlobalID('SupportSession', 'bomgar:s1'), to }, 'agent');
    expect(issuesOf(body.data!.transferSession)).toEqual([issue]);
  });
});

describe('dial', () => {
  it.each([
    ['a phone that is no number', { phone: 'call me', campaign: '5' }, { field: 'phone', message: 'must be a phone number' }],
    ['a campaign Ameyo does not have', { phone: '+14155550100', campaign: '99' }, { field: 'campaign', message: 'no such Ameyo campaign' }],
  ])('refuses %s, naming the argument', async (_what, args, issue) => {
    expect(issuesOf((await gw.run(DialDocument, args, 'agent')).body.data!.dial)).toEqual([issue]);
  });

  it('answers AgentNotReady, naming no argument, while the agent is on a call', async () => {
    const first = (await gw.run(DialDocument, { phone: '+14155550100', campaign: '5' }, 'agent')).body.data!.dial!;
    if (first.__typename !== 'MutationDialSuccess') throw new Error(JSON.stringify(first));
    await ameyoCalls(gw).settled(first.call.vendorId);
    const busy = (await gw.run(DialDocument, { phone: '+14155550101', campaign: '5' }, 'agent')).body.data!.dial;
    expect(busy).toEqual({ __typename: 'AgentNotReady', message: 'You cannot dial now: you are on a call', state: 'busy' });
    await ameyoCalls(gw).hangup(first.call.vendorId);
  });
});

describe('createTicket and updateTicket', () => {
  interface User { id: number; role: string }
  let endUser: User;
  beforeAll(async () => {
    const response = await fetch(`${gw.simulatorUrl}/zendesk/api/v2/users.json?per_page=100`, {
      headers: { authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}` },
    });
    endUser = ((await response.json()) as { users: User[] }).users.find((user) => user.role === 'end-user')!;
  });
  const create = async (input: Record<string, unknown>) =>
    issuesOf((await gw.run(CreateTicketDocument, { input: { subject: 'Walk', description: 'Bad inputs', requester: { id: String(endUser.id) }, ...input } as never }, 'agent')).body.data!.createTicket);

  it.each([
    ['a requester Zendesk does not have', () => ({ requester: { id: '999' } }), { field: 'input.requester.id', message: 'no such contact' }],
    ['an assignee Zendesk does not have', () => ({ assigneeId: '999' }), { field: 'input.assigneeId', message: 'no such agent' }],
    ['an end-user as assignee', () => ({ assigneeId: String(endUser.id) }), { field: 'input.assigneeId', message: 'must be an agent (this contact is an end-user)' }],
    ['a requester without id or email', () => ({ requester: { name: 'Nobody' } }), { field: 'input.requester.email', message: 'give an id, or an email (and a name for someone new)' }],
    ['a requester id that is no id', () => ({ requester: { id: 'x y' } }), { field: 'input.requester.id', message: "must be a Contact id or the contact's Zendesk id" }],
  ])('refuses %s, in our words', async (_what, input, issue) => {
    expect(await create(input())).toEqual([issue]);
  });

  it('rewords an end-user assignee on update too', async () => {
    const { body } = await gw.run(UpdateTicketDocument, { id: '1', input: { assigneeId: String(endUser.id) } }, 'agent');
    const result = body.data!.updateTicket as { __typename: string };
    // Ticket 1 may not exist in every seed: then NotFound, never Zendesk's words.
    if (result.__typename === 'ValidationError') expect(issuesOf(result)).toEqual([{ field: 'input.assigneeId', message: 'must be an agent (this contact is an end-user)' }]);
    else expect(result.__typename).toBe('NotFoundError');
  });
});

describe('registerForWebinar', () => {
  it('refuses a webinar already held, naming webinarId', async () => {
    const range = { from: '2025-10-01T00:00:00Z', to: '2026-01-05T00:00:00Z' };
    const held = (await gw.run(GoToWebinarsDocument, { range, first: 50 })).body.data!.webinars!.edges.map((edge) => edge.node).find((w) => w.times.every((t) => t.end < range.to))!;
    const { body } = await gw.run(RegisterForWebinarDocument, { webinarId: held.id, registrant: { name: 'Late Comer', email: 'late.comer@example.com' } }, 'manager');
    expect(issuesOf(body.data!.registerForWebinar)).toEqual([{ field: 'webinarId', message: 'has already been held: registration is closed' }]);
  });

  it.each([
    ['no contact and no email', { name: 'Only Name' }, { field: 'registrant.email', message: 'is required without a contactId' }],
    ['a bad email', { name: 'A B', email: 'not-an-email' }, { field: 'registrant.email', message: 'must be an email address' }],
  ])('refuses %s, naming the field', async (_what, registrant, issue) => {
    const range = { from: '2026-01-06T00:00:00Z', to: '2026-03-01T00:00:00Z' };
    const upcoming = (await gw.run(GoToWebinarsDocument, { range, first: 1 })).body.data!.webinars!.edges[0]!.node;
    const { body } = await gw.run(RegisterForWebinarDocument, { webinarId: upcoming.id, registrant }, 'manager');
    expect(issuesOf(body.data!.registerForWebinar)).toEqual([issue]);
  });
});
