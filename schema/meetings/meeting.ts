import { resolveArrayConnection } from '@pothos/plugin-relay';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { contactForEmail } from '../../resolvers/contacts/attendee-contacts.js';
import { attendeeHistory, attendeesOfMeeting, createMeeting, deleteMeeting, endMeeting, historicalMeetings, meetingById, meetingOrganizerKey, pastMeetings, meetingsById, startMeeting, upcomingMeetings, updateMeeting } from '../../resolvers/meetings/meetings.js';
import { audioOf, CONFERENCE_CALL_INFO, MEETING_STATUSES, MEETING_TYPES, type Meeting, type MeetingAttendee, type MeetingScope } from '../../domain/meetings.js';
import { organizerByKey } from '../../resolvers/meetings/organizers.js';
import { MANAGER, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { ContactRef } from '../contacts/contact-ref.js';
import { loadVendorNodes, vendorKey, vendorKeyArg } from '../core/ids.js';
import { OrganizerRef, organizerKeyArg } from './organizer.js';
import { DateRangeInput, DeletedRef } from '../core/time-range.js';
import { VendorEnum } from '../core/vendor.js';
import { sourceFields } from '../core/history-source.js';
import { LIVE } from '../../resolvers/history/source.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency-key.js';
import { idempotent } from '../../resolvers/idempotency/idempotent.js';

export const MeetingStatusEnum = builder.enumType('MeetingStatus', { values: MEETING_STATUSES });
export const MeetingTypeEnum = builder.enumType('MeetingType', { values: MEETING_TYPES });
export const ConferenceCallInfoEnum = builder.enumType('ConferenceCallInfo', { values: CONFERENCE_CALL_INFO, description: 'Audio for a meeting: phone, free conference call, hybrid, private line, or computer audio (VoIP).' });
const MeetingTimeEnum = builder.enumType('MeetingTime', { values: ['UPCOMING', 'PAST'] as const, description: 'Scheduled ahead (or running), or held.' });

export const MeetingRef = builder.objectRef<Meeting>('Meeting');
export const MeetingAttendeeRef = builder.objectRef<MeetingAttendee>('MeetingAttendee');

const meetingKeyArg = (value: string, field: string) => vendorKeyArg(value, 'Meeting', 'gotomeeting', field);

builder.node(MeetingRef, {
  description: 'A GoToMeeting meeting. In a history listing, one held instance of it.',
  id: { resolve: (m) => vendorKey(m.vendor, m.vendorId) },
  loadMany: (ids, ctx) => loadVendorNodes(ids, 'gotomeeting', (keys) => meetingsById(ctx, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (m) => m.vendor }),
    vendorId: t.exposeString('vendorId', { nullable: false, description: 'The meeting ID people join with.' }),
    subject: t.exposeString('subject', { nullable: false }),
    start: t.field({ type: 'DateTime', nullable: false, resolve: (m) => m.start }),
    end: t.field({ type: 'DateTime', nullable: false, resolve: (m) => m.end }),
    type: t.field({ type: MeetingTypeEnum, resolve: (m) => m.type }),
    status: t.field({
      type: MeetingStatusEnum,
      nullable: false,
      description: 'ACTIVE while running. Listed by group or account, only meetings scheduled within an hour of now are checked for running (GoTo marks those rows INACTIVE).',
      resolve: (m) => m.status,
    }),
    conferenceCallInfo: t.exposeString('conferenceCallInfo', { description: 'Audio options as GoTo states them (an option name, or dial-in text).' }),
    audio: t.field({
      type: ConferenceCallInfoEnum,
      description: 'conferenceCallInfo as the option it names (what CreateMeetingInput takes); null when GoTo gave dial-in text.',
      resolve: (m) => audioOf(m),
    }),
    passwordRequired: t.exposeBoolean('passwordRequired'),
    joinUrl: t.exposeString('joinUrl', { nullable: false }),
    durationMinutes: t.exposeInt('durationMinutes', { description: 'How long a held instance ran.' }),
    attendeeCount: t.exposeInt('attendeeCount', { description: 'Attendees of a held instance (from the history, without another call).' }),
    organizer: t.field({
      type: OrganizerRef,
      description: 'Null only when no GoTo listing names the meeting (a meeting deleted, or never held and no longer upcoming).',
      resolve: async (m, _args, ctx) => {
        const key = await meetingOrganizerKey(ctx, m);
        return key ? organizerByKey(ctx, key) : null;
      },
    }),
    attendees: t.field({ type: [MeetingAttendeeRef], resolve: (m, _args, ctx) => attendeesOfMeeting(ctx, m) }),
  }),
});

MeetingAttendeeRef.implement({
  description: 'Someone who attended a held meeting.',
  authScopes: VIEWER,
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    email: t.exposeString('email'),
    joined: t.field({ type: 'DateTime', nullable: false, resolve: (a) => a.joined }),
    left: t.field({ type: 'DateTime', nullable: false, resolve: (a) => a.left }),
    durationMinutes: t.exposeInt('durationMinutes', { nullable: false }),
    meeting: t.field({ type: MeetingRef, nullable: false, description: 'The held instance they attended.', resolve: (a) => a.meeting }),
    contact: t.field({ type: ContactRef, description: 'The helpdesk contact with the same email.', resolve: (a, _args, ctx) => contactForEmail(ctx, a.email) }),
  }),
});

const MeetingStartRef = builder.objectRef<{ hostUrl: string; meeting: Meeting }>('MeetingStart').implement({
  description: 'A started meeting and the link its organizer hosts it with.',
  authScopes: VIEWER,
  fields: (t) => ({
    hostUrl: t.exposeString('hostUrl', { authScopes: MANAGER, nullable: false }),
    meeting: t.field({ type: MeetingRef, nullable: false, resolve: (s) => s.meeting }),
  }),
});

/** Upcoming meetings (LIVE), or those held in a range (from the store when it covers the range), as a connection saying which. */
const meetingsOf = async (
  ctx: Parameters<typeof historicalMeetings>[0],
  when: 'UPCOMING' | 'PAST',
  scope: MeetingScope,
  range: { from: Date; to: Date } | null | undefined,
  page: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
) => {
  if (when === 'PAST' && !range) throw new InputError([{ field: 'range', message: 'is required for past meetings' }]);
  const { meetings, ...sourced } = when === 'UPCOMING' ? { meetings: await upcomingMeetings(ctx, scope), ...LIVE } : await pastMeetings(ctx, scope, range!);
  return { ...resolveArrayConnection({ args: page }, meetings), ...sourced };
};
const meetingConnectionFields = { fields: (t: Parameters<typeof sourceFields>[0]) => sourceFields(t) };

builder.objectFields(OrganizerRef, (t) => ({
  meetings: t.connection({
    type: MeetingRef,
    description: "The organizer's upcoming meetings, or those held in a range.",
    args: { when: t.arg({ type: MeetingTimeEnum, required: true }), range: t.arg({ type: DateRangeInput }) },
    resolve: (organizer, { when, range, ...page }, ctx) => meetingsOf(ctx, when, { organizerKey: organizer.vendorId }, range, page),
  }, meetingConnectionFields),
  attendees: t.field({
    type: [MeetingAttendeeRef],
    description: "Attendee history of the organizer's meetings held in a range.",
    args: { range: t.arg({ type: DateRangeInput, required: true }) },
    resolve: (organizer, { range }, ctx) => attendeeHistory(ctx, { organizerKey: organizer.vendorId }, range),
  }),
}));

builder.queryFields((t) => ({
  meeting: t.field({
    type: MeetingRef,
    authScopes: VIEWER,
    args: { id: t.arg.id({ required: true, description: 'A Meeting id or the meeting ID.' }) },
    resolve: (_root, { id }, ctx) => meetingById(ctx, meetingKeyArg(String(id), 'id')),
  }),
  meetings: t.connection({
    type: MeetingRef,
    authScopes: VIEWER,
    description: 'Meetings of one organizer, one group or (neither) the account: upcoming, or held in a range (one upstream call per group; from the store when it covers the range: see source and syncedAt).',
    args: {
      when: t.arg({ type: MeetingTimeEnum, required: true }),
      range: t.arg({ type: DateRangeInput, description: 'Required for PAST.' }),
      organizerId: t.arg.id(),
      groupId: t.arg.string({ description: "An OrganizerGroup's vendorId." }),
    },
    resolve: (_root, { when, range, organizerId, groupId, ...page }, ctx) =>
      meetingsOf(ctx, when, { organizerKey: organizerId ? organizerKeyArg(String(organizerId), 'organizerId') : null, groupKey: groupId }, range, page),
  }, meetingConnectionFields),
  meetingAttendees: t.field({
    type: [MeetingAttendeeRef],
    nullable: { list: true, items: false },
    authScopes: VIEWER,
    description: 'Attendee history of the meetings held in a range, per organizer, group or the account.',
    args: { range: t.arg({ type: DateRangeInput, required: true }), organizerId: t.arg.id(), groupId: t.arg.string() },
    resolve: (_root, { range, organizerId, groupId }, ctx) =>
      attendeeHistory(ctx, { organizerKey: organizerId ? organizerKeyArg(String(organizerId), 'organizerId') : null, groupKey: groupId }, range),
  }),
}));

const CreateMeetingInput = builder.inputType('CreateMeetingInput', {
  fields: (t) => ({
    organizerId: t.id({
      description: "An Organizer id (or organizer key) to schedule it for: any active organizer of the account licensed for GoToMeeting. Default: the organizer the gateway's GoTo credential signs in as.",
    }),
    subject: t.string({ required: true, description: 'At most 100 characters.' }),
    start: t.field({ type: 'DateTime', description: 'Required unless the type is IMMEDIATE; not in the past.' }),
    end: t.field({ type: 'DateTime', description: 'Required unless the type is IMMEDIATE.' }),
    type: t.field({ type: MeetingTypeEnum, description: 'Default SCHEDULED.' }),
    conferenceCallInfo: t.field({ type: ConferenceCallInfoEnum, description: 'Default VOIP.' }),
    passwordRequired: t.boolean(),
  }),
});

const UpdateMeetingInput = builder.inputType('UpdateMeetingInput', {
  fields: (t) => ({
    subject: t.string(),
    start: t.field({ type: 'DateTime' }),
    end: t.field({ type: 'DateTime' }),
    conferenceCallInfo: t.field({ type: ConferenceCallInfoEnum }),
    passwordRequired: t.boolean(),
  }),
});

const meetingErrors = { types: [InputError, NotFoundError], dataField: { name: 'meeting' } };

builder.mutationFields((t) => ({
  createMeeting: t.field({
    type: MeetingRef,
    authScopes: MANAGER,
    description: "Schedules a meeting for an organizer of the account (input.organizerId), by default the one the gateway's GoTo credential signs in as. Meeting writes need the manager role and reach every organizer's meetings (see docs/api.md, \"Meetings\").",
    errors: meetingErrors,
    args: { input: t.arg({ type: CreateMeetingInput, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'createMeeting', key: idempotencyKey, args: { input } }, () =>
        createMeeting(ctx, { ...input, organizerKey: input.organizerId ? organizerKeyArg(String(input.organizerId), 'input.organizerId') : null }),
      ),
  }),
  updateMeeting: t.field({
    type: MeetingRef,
    authScopes: MANAGER,
    description: "Changes any organizer's meeting. Moving only start or only end is checked against the meeting's other end; a start in the past is refused.",
    errors: meetingErrors,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateMeetingInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => updateMeeting(ctx, meetingKeyArg(String(id), 'id'), input),
  }),
  deleteMeeting: t.field({
    type: DeletedRef,
    authScopes: MANAGER,
    errors: { types: [InputError, NotFoundError], dataField: { name: 'deleted' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await deleteMeeting(ctx, meetingKeyArg(String(id), 'id'));
      return { id: String(id) };
    },
  }),
  startMeeting: t.field({
    type: MeetingStartRef,
    authScopes: MANAGER,
    errors: { types: [InputError, NotFoundError], dataField: { name: 'start' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => startMeeting(ctx, meetingKeyArg(String(id), 'id')),
  }),
  endMeeting: t.field({
    type: MeetingRef,
    authScopes: MANAGER,
    description: 'Ends a running meeting: the instance just held (PAST, with its attendees and organizer).',
    errors: meetingErrors,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => endMeeting(ctx, meetingKeyArg(String(id), 'id')),
  }),
}));
