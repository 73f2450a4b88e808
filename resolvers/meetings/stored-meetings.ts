import type { Context } from '../context.js';
import { HistoryMeetingAttendeeSchema, HistoryMeetingSchema, type HistoryMeeting, type HistoryMeetingAttendee } from '../../store/entities/index.js';
import { fromHistory } from '../../adapters/goto/meeting-mapping.js';
import type { Meeting, MeetingAttendee, MeetingScope } from '../../domain/meetings.js';
import { iso, perRequestLoader } from '../history/stored-loader.js';

const VENDOR = 'gotomeeting';

/** Held instances read from the store, by the stored row's key (their attendees come from the store too). */
const storedKeys = new WeakMap<object, string>();

export function isStoredMeeting(meeting: object): boolean {
  return storedKeys.has(meeting);
}

/** A stored held instance as the Meeting the schema shows (its attendees then come from the store). */
export function storedMeetingOf(row: HistoryMeeting): Meeting {
  const start = row.startedAt.toISOString();
  const meeting = fromHistory({
    meetingId: row.meetingId,
    subject: row.subject,
    startTime: start,
    endTime: iso(row.endedAt) ?? start,
    meetingType: row.meetingType ?? '',
    conferenceCallInfo: row.conferenceCallInfo ?? '',
    organizerKey: row.organizerKey,
    numAttendees: row.attendeeCount,
    durationMinutes: row.durationMinutes,
  });
  storedKeys.set(meeting, row.vendorId);
  return meeting;
}

/** Meeting instances of a scope held (started) in [from, to), oldest first, from the store. One query. */
export async function storedMeetings(ctx: Context, scope: MeetingScope, range: { from: Date; to: Date }): Promise<Meeting[]> {
  const rows = await ctx.em.fork().find(
    HistoryMeetingSchema,
    {
      vendor: VENDOR,
      startedAt: { $gte: range.from, $lt: range.to },
      ...(scope.organizerKey ? { organizerKey: scope.organizerKey } : scope.groupKey ? { groupKey: scope.groupKey } : {}),
    },
    { orderBy: { startedAt: 'asc', meetingId: 'asc' }, disableIdentityMap: true },
  );
  return rows.map(storedMeetingOf);
}

const attendeesOf = perRequestLoader<HistoryMeetingAttendee[]>(async (ctx, vendor, ids) => {
  const rows = await ctx.em.fork().find(HistoryMeetingAttendeeSchema, { vendor, meetingVendorId: { $in: ids } }, { orderBy: { joinedAt: 'asc', id: 'asc' }, disableIdentityMap: true });
  const byMeeting = new Map<string, HistoryMeetingAttendee[]>();
  for (const row of rows) byMeeting.set(row.meetingVendorId, [...(byMeeting.get(row.meetingVendorId) ?? []), row]);
  return byMeeting;
}, []);

/** A stored instance's attendees, first joined first; the meetings of a page share one query. */
export async function storedAttendeesOf(ctx: Context, meeting: Meeting): Promise<MeetingAttendee[]> {
  const rows = await attendeesOf(ctx, VENDOR, storedKeys.get(meeting) ?? '');
  return rows.map((row) => ({
    name: row.attendeeName,
    email: row.attendeeEmail,
    joined: iso(row.joinedAt) ?? meeting.start,
    left: iso(row.leftAt) ?? meeting.end,
    durationMinutes: row.durationMinutes ?? 0,
    meetingId: row.meetingId,
    instanceKey: null,
    meetingStart: meeting.start,
    subject: meeting.subject,
    meeting,
  }));
}
