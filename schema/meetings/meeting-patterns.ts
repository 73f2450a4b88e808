import { contactForEmail } from '../../resolvers/contacts/attendee-contacts.js';
import { meetingPatterns } from '../../resolvers/meetings/patterns.js';
import { PATTERN_GROUPINGS, type FrequentAttendee, type MeetingPattern } from '../../resolvers/meetings/pattern.js';
import { MANAGER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { ContactRef } from '../contacts/contact-ref.js';
import { DateRangeInput } from '../core/time-range.js';
import { sourceFields } from '../core/history-source.js';

const PatternGroupingEnum = builder.enumType('MeetingPatternGrouping', { values: PATTERN_GROUPINGS });

const FrequentAttendeeRef = builder.objectRef<FrequentAttendee>('FrequentAttendee').implement({
  authScopes: MANAGER,
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    email: t.exposeString('email'),
    meetings: t.exposeInt('meetings', { nullable: false, description: 'Meetings of the group they attended.' }),
    contact: t.field({ type: ContactRef, resolve: (a, _args, ctx) => contactForEmail(ctx, a.email) }),
  }),
});

const MeetingPatternRef = builder.objectRef<MeetingPattern>('MeetingPattern').implement({
  description: 'How meetings went for one organizer, group, day or meeting type.',
  authScopes: MANAGER,
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'Organizer key, group key, the day (YYYY-MM-DD, UTC), or the MeetingType (UNKNOWN when GoTo named none).' }),
    label: t.exposeString('label', { nullable: false }),
    meetings: t.exposeInt('meetings', { nullable: false }),
    totalMinutes: t.exposeInt('totalMinutes', { nullable: false }),
    averageMinutes: t.exposeFloat('averageMinutes', { nullable: false }),
    attendeesPerMeeting: t.exposeFloat('attendeesPerMeeting', { nullable: false }),
    topAttendees: t.field({ type: [FrequentAttendeeRef], nullable: false, description: 'The most frequent attendees (at most 5).', resolve: (p) => p.topAttendees }),
    ...sourceFields(t),
  }),
});

builder.queryField('meetingPatterns', (t) =>
  t.field({
    type: [MeetingPatternRef],
    nullable: { list: true, items: false },
    authScopes: MANAGER,
    description: 'Meetings held in a range per organizer, group, day or meeting type (SCHEDULED, RECURRING, IMMEDIATE): count, total and average minutes, attendees per meeting, most frequent attendees. From the store when it covers the range (each row says: source, syncedAt). Also as CSV: GET /reports/meeting-patterns.csv.',
    args: { range: t.arg({ type: DateRangeInput, required: true }), groupBy: t.arg({ type: PatternGroupingEnum, required: true }) },
    resolve: (_root, { range, groupBy }, ctx) => meetingPatterns(ctx, range, groupBy),
  }),
);
