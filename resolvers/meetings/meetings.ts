import { vendorClient } from '../../adapters/vendor-client.js';
import { z } from 'zod';
import type { Context } from '../context.js';
import { CONFERENCE_CALL_INFO, MEETING_TYPES, type ConferenceCallInfo, type Meeting, type MeetingAttendee, type MeetingScope, type MeetingType } from '../../domain/meetings.js';
import { fromHistory, fromMeeting, fromUpcoming, latestHeldInstance, toAttendee, toMeetingInput } from '../../adapters/goto/meeting-mapping.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { dateWindow } from '../../domain/date-window.js';
import { gotoWrite } from '../../adapters/goto/writes.js';
import { requiredText } from '../../domain/input-rules.js';
import { listGroups, organizerByKey } from './organizers.js';
import { isStoredMeeting, storedAttendeesOf, storedMeetings } from './stored-meetings.js';
import { chooseSource, LIVE, type Sourced } from '../history/source.js';
import { validInput } from '../../domain/validate.js';

export async function meetingsById(ctx: Context, ids: readonly string[]): Promise<(Meeting | null)[]> {
  const meetings = await ctx.loaders.gotomeeting.meeting.loadMany(ids);
  return meetings.map((meeting) => {
    if (meeting instanceof Error) throw meeting;
    return meeting && fromMeeting(meeting, ctx.cache.now);
  });
}

export async function meetingById(ctx: Context, id: string): Promise<Meeting | null> {
  return (await meetingsById(ctx, [id]))[0] ?? null;
}

/**
 * Who organizes a meeting. Listings and attendee records say; a meeting read by id does not,
 * so it is looked up in the account's upcoming and historical listings (a bounded number of
 * calls per batch, see the `meetingOrganizer` loader). Null when no listing has it.
 */
export async function meetingOrganizerKey(ctx: Context, meeting: Pick<Meeting, 'vendorId' | 'organizerKey' | 'start' | 'end'>): Promise<string | null> {
  if (meeting.organizerKey) return meeting.organizerKey;
  return ctx.loaders.gotomeeting.meetingOrganizer.load({ meetingId: meeting.vendorId, start: meeting.start, end: meeting.end });
}

async function scopes(ctx: Context, scope: MeetingScope): Promise<({ organizerKey: string } | { groupKey: string })[]> {
  if (scope.organizerKey) return [{ organizerKey: scope.organizerKey }];
  if (scope.groupKey) return [{ groupKey: scope.groupKey }];
  // The account: every group (GoTo has no account-wide history call).
  return (await listGroups(ctx)).map((group) => ({ groupKey: group.vendorId }));
}

/** Held meeting instances in a window, oldest first: one upstream call per group (plus the group list). */
export async function historicalMeetings(ctx: Context, scope: MeetingScope, range: { from: Date; to: Date }): Promise<Meeting[]> {
  const window = dateWindow(range);
  const rows = await Promise.all((await scopes(ctx, scope)).map((s) => ctx.loaders.gotomeeting.history.load({ scope: s, window })));
  return rows.flat().map(fromHistory).sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * Held meeting instances in a window, oldest first, and where they were read: from the store when
 * its GoToMeeting history covers the window, else from GoTo (historicalMeetings).
 */
export async function pastMeetings(ctx: Context, scope: MeetingScope, range: { from: Date; to: Date }): Promise<{ meetings: Meeting[] } & Sourced> {
  const sourced = await chooseSource(ctx, [{ vendor: 'gotomeeting', resource: 'meetings' }], dateWindow(range));
  if (sourced.source === 'STORE') return { meetings: await storedMeetings(ctx, scope, range), ...sourced };
  return { meetings: await historicalMeetings(ctx, scope, range), ...LIVE };
}

/** How far around its scheduled times a meeting listed by group is checked for running. */
const RUNNING_SLACK_MS = 3_600_000;

/**
 * Upcoming (and running) meetings, soonest first. GoTo's upcoming-by-group rows always say
 * INACTIVE, so for a group or the account the meetings scheduled around now (an hour's slack
 * either side) are read by id to tell ACTIVE: one call each, only for those. A meeting started
 * hours ahead of its time shows UPCOMING there until then (exact per organizer).
 */
export async function upcomingMeetings(ctx: Context, scope: MeetingScope): Promise<Meeting[]> {
  const rows = await Promise.all((await scopes(ctx, scope)).map((s) => ctx.loaders.gotomeeting.upcoming.load(s)));
  const meetings = rows.flat().map(fromUpcoming).sort((a, b) => a.start.localeCompare(b.start));
  if (scope.organizerKey) return meetings;
  const now = Date.now();
  const aroundNow = (m: Meeting) => Date.parse(m.start) - RUNNING_SLACK_MS <= now && now <= Date.parse(m.end) + RUNNING_SLACK_MS;
  return Promise.all(
    meetings.map(async (m) => {
      if (m.status !== 'UPCOMING' || !aroundNow(m)) return m;
      // The listing stands without this refinement: a failed read leaves the row as listed.
      const record = await ctx.loaders.gotomeeting.meeting.load(m.vendorId).catch(() => null);
      return record?.status === 'ACTIVE' ? { ...m, status: 'ACTIVE' as const } : m;
    }),
  );
}

/** Attendees of a scope's meetings held in a window. */
export async function attendeeHistory(ctx: Context, scope: MeetingScope, range: { from: Date; to: Date }): Promise<MeetingAttendee[]> {
  const window = dateWindow(range);
  const rows = await Promise.all((await scopes(ctx, scope)).map((s) => ctx.loaders.gotomeeting.attendees.load({ scope: s, window })));
  return rows.flat().map(toAttendee).sort((a, b) => a.joined.localeCompare(b.joined));
}

/** A meeting's attendees: of every held instance, or of the one a history row stands for. */
export async function attendeesOfMeeting(ctx: Context, meeting: Pick<Meeting, 'vendorId' | 'instanceStart'>): Promise<MeetingAttendee[]> {
  if (isStoredMeeting(meeting)) return storedAttendeesOf(ctx, meeting as Meeting);
  const all = (await ctx.loaders.gotomeeting.meetingAttendees.load(meeting.vendorId)).map(toAttendee);
  return meeting.instanceStart === null ? all : all.filter((a) => a.meetingStart === meeting.instanceStart);
}

const dateTime = z.date();
const meetingRules = z
  .object({
    subject: requiredText(100),
    start: dateTime.nullish(),
    end: dateTime.nullish(),
    type: z.enum(MEETING_TYPES).default('SCHEDULED'),
    conferenceCallInfo: z.enum(CONFERENCE_CALL_INFO).default('VOIP'),
    passwordRequired: z.boolean().nullish(),
  })
  .superRefine((input, issues) => {
    if (input.type !== 'IMMEDIATE' && !input.start) issues.addIssue({ code: 'custom', path: ['start'], message: 'is required unless the meeting is immediate' });
    if (input.type !== 'IMMEDIATE' && !input.end) issues.addIssue({ code: 'custom', path: ['end'], message: 'is required unless the meeting is immediate' });
    if (input.start && input.end && input.end <= input.start) issues.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
  });

const meetingUpdateRules = z
  .object({
    subject: requiredText(100).nullish(),
    start: dateTime.nullish(),
    end: dateTime.nullish(),
    conferenceCallInfo: z.enum(CONFERENCE_CALL_INFO).nullish(),
    passwordRequired: z.boolean().nullish(),
  })
  .refine((input) => !(input.start && input.end) || input.end > input.start, { path: ['end'], message: 'must be after start' });

export interface NewMeeting {
  /** The organizer to schedule it for (an organizer key); default the organizer the GoTo credential signs in as. */
  organizerKey?: string | null;
  subject: string;
  start?: Date | null;
  end?: Date | null;
  type?: MeetingType | null;
  conferenceCallInfo?: ConferenceCallInfo | null;
  passwordRequired?: boolean | null;
}

export interface MeetingChanges {
  subject?: string | null;
  start?: Date | null;
  end?: Date | null;
  conferenceCallInfo?: ConferenceCallInfo | null;
  passwordRequired?: boolean | null;
}

/**
 * Schedules a meeting, for the credential's own organizer or (`organizerKey`) any active
 * organizer of the account licensed for GoToMeeting: the account admin's token acts for them.
 */
export async function createMeeting(ctx: Context, raw: NewMeeting): Promise<Meeting> {
  const input = validInput(meetingRules, { ...raw, type: raw.type ?? undefined, conferenceCallInfo: raw.conferenceCallInfo ?? undefined });
  refusePastStart(input.start, ctx.cache.now);
  if (raw.organizerKey) await checkHost(ctx, raw.organizerKey);
  const client = vendorClient(ctx.vendors, 'gotomeeting');
  const created = await gotoWrite(
    () =>
      client.createMeeting(
        toMeetingInput({
          subject: input.subject,
          start: input.start,
          end: input.end,
          type: input.type,
          conferenceCallInfo: input.conferenceCallInfo,
          passwordRequired: input.passwordRequired ?? false,
        }),
        { organizerKey: raw.organizerKey ?? undefined },
      ),
    { resource: 'Meeting', id: 'new' },
  );
  const meeting = await client.getMeeting(created.meetingId, { signal: ctx.signal });
  if (!meeting) throw new NotFoundError('Meeting', created.meetingId);
  return fromMeeting({ ...meeting, joinUrl: meeting.joinUrl ?? created.joinUrl }, ctx.cache.now);
}

export async function updateMeeting(ctx: Context, id: string, raw: MeetingChanges): Promise<Meeting> {
  const input = validInput(meetingUpdateRules, raw);
  refusePastStart(input.start, ctx.cache.now);
  if (Boolean(input.start) !== Boolean(input.end)) {
    // One end of the meeting moves: checked against the other as scheduled, in the caller's field.
    const current = await meetingById(ctx, id);
    if (!current) throw new NotFoundError('Meeting', id);
    const start = input.start ?? new Date(current.start);
    const end = input.end ?? new Date(current.end);
    if (end <= start) throw new InputError([input.end ? { field: 'input.end', message: 'must be after start' } : { field: 'input.start', message: 'must be before the meeting ends (move end too)' }]);
  }
  const client = vendorClient(ctx.vendors, 'gotomeeting');
  const updated = await gotoWrite(
    () =>
      client.updateMeeting(
        id,
        toMeetingInput({
          subject: input.subject,
          start: input.start,
          end: input.end,
          conferenceCallInfo: input.conferenceCallInfo,
          passwordRequired: input.passwordRequired,
        }),
      ),
    { resource: 'Meeting', id },
  );
  const meeting = updated ? await client.getMeeting(id, { signal: ctx.signal }) : null;
  if (!meeting) throw new NotFoundError('Meeting', id);
  return fromMeeting(meeting, ctx.cache.now);
}

/** How far before the request's now a start may be and still count as now (clocks apart, time to send). */
const START_SLACK_MS = 60_000;

function refusePastStart(start: Date | null | undefined, now: Date): void {
  if (start && start.getTime() < now.getTime() - START_SLACK_MS) throw new InputError([{ field: 'input.start', message: 'must not be in the past' }]);
}

/** An organizer a meeting may be scheduled for: one of the account's, active, licensed for GoToMeeting. */
async function checkHost(ctx: Context, organizerKey: string): Promise<void> {
  const organizer = await organizerByKey(ctx, organizerKey);
  if (!organizer) throw new InputError([{ field: 'input.organizerId', message: 'no such organizer' }]);
  if (organizer.status !== 'ACTIVE') throw new InputError([{ field: 'input.organizerId', message: 'is suspended' }]);
  if (!organizer.products.includes('MEETING')) throw new InputError([{ field: 'input.organizerId', message: 'has no GoToMeeting license' }]);
}

export async function deleteMeeting(ctx: Context, id: string): Promise<{ id: string }> {
  const deleted = await gotoWrite(() => vendorClient(ctx.vendors, 'gotomeeting').deleteMeeting(id), { resource: 'Meeting', id }, 'id');
  if (!deleted) throw new NotFoundError('Meeting', id);
  return { id };
}

/** Starts a meeting: the organizer's host URL, and the meeting (now ACTIVE). */
export async function startMeeting(ctx: Context, id: string): Promise<{ hostUrl: string; meeting: Meeting }> {
  const client = vendorClient(ctx.vendors, 'gotomeeting');
  const hostUrl = await gotoWrite(() => client.startMeeting(id), { resource: 'Meeting', id }, 'id');
  const meeting = hostUrl ? await client.getMeeting(id, { signal: ctx.signal }) : null;
  if (!hostUrl || !meeting) throw new NotFoundError('Meeting', id);
  return { hostUrl, meeting: fromMeeting(meeting, ctx.cache.now) };
}

/** Ends a running meeting: the instance just held (PAST, with its attendees), or the meeting when nobody attended. */
export async function endMeeting(ctx: Context, id: string): Promise<Meeting> {
  const client = vendorClient(ctx.vendors, 'gotomeeting');
  const ended = await gotoWrite(() => client.endMeeting(id), { resource: 'Meeting', id }, 'id').catch((error: unknown) => {
    // GoTo refuses to end only a meeting that is not in session; its words name its own state.
    if (error instanceof InputError) throw new InputError([{ field: 'id', message: 'the meeting is not running' }]);
    throw error;
  });
  if (!ended) throw new NotFoundError('Meeting', id);
  const attended = await client.meetingAttendees(id, { signal: ctx.signal });
  const held = latestHeldInstance(attended);
  if (held) {
    ctx.loaders.gotomeeting.meetingAttendees.prime(id, attended);
    return held;
  }
  const meeting = await client.getMeeting(id, { signal: ctx.signal });
  if (!meeting) throw new NotFoundError('Meeting', id);
  return fromMeeting(meeting, ctx.cache.now);
}
