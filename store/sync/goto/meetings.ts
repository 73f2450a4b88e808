import type { G2MAttendee, G2MHistoricalMeeting, GoToMeetingClient } from '../../../clients/goto/index.js';
import {
  HistoryMeetingAttendeeSchema,
  HistoryMeetingSchema,
  type HistoryFields,
  type HistoryMeeting,
  type HistoryMeetingAttendee,
} from '../../entities/index.js';
import { paced } from '../pacing.js';
import { rowBatch, type ResourceSync } from '../types.js';
import { stepWindows, windowedSync } from '../windowed.js';

export interface GoToMeetingSyncOptions {
  /** Days one history call covers. Default 30. */
  windowDays?: number;
  /** How far back a first run reads. Default 400 days. */
  lookbackDays?: number;
}

const DAY_MS = 86_400_000;
/**
 * GoTo lists a meeting in the history only once it has ended, by the time it started: a meeting
 * running at sync time would be missed for good, so the last half day is read again next time.
 */
const RUNNING_GRACE_MS = 12 * 3_600_000;

/** The natural key of a held instance: GoTo's current history calls do not name the instance. */
const instanceKey = (meetingId: string, startTime: string) => `${meetingId}@${new Date(startTime).toISOString()}`;

/**
 * Held GoToMeeting instances and their attendees, for the whole account: GoTo has no
 * account-wide history call, so per group (two calls per group and window).
 */
export function gotoMeetingSync(client: GoToMeetingClient, options: GoToMeetingSyncOptions = {}): ResourceSync {
  const stepMs = (options.windowDays ?? 30) * DAY_MS;
  let groups: { groupKey: string }[] = [];
  return windowedSync({
    vendor: 'gotomeeting',
    resource: 'meetings',
    lookbackMs: (options.lookbackDays ?? 400) * DAY_MS,
    async plan(range, ctx) {
      groups = (await paced(ctx, () => client.listGroups({ signal: ctx.signal }))).map((group) => ({ groupKey: group.groupKey }));
      return stepWindows(range, stepMs);
    },
    async load(window, ctx) {
      const signal = ctx.signal;
      const perGroup = await Promise.all(
        groups.map(async (scope) => {
          const [meetings, attendees] = await Promise.all([
            paced(ctx, () => client.historicalMeetings(scope, window, { signal })),
            paced(ctx, () => client.attendees(scope, window, { signal })),
          ]);
          return { groupKey: scope.groupKey, meetings, attendees };
        }),
      );
      const meetings = new Map<string, HistoryFields<HistoryMeeting>>();
      for (const { groupKey, meetings: rows } of perGroup) for (const row of rows) meetings.set(instanceKey(row.meetingId, row.startTime), meetingRow(row, groupKey));
      const attendees = new Map<string, HistoryFields<HistoryMeetingAttendee>>();
      for (const { attendees: rows } of perGroup) for (const row of rows) attendees.set(attendeeRow(row).vendorId, attendeeRow(row));
      const graceEnd = ctx.now.getTime() - RUNNING_GRACE_MS;
      return {
        batches: [
          rowBatch(HistoryMeetingSchema, [...meetings.values()]),
          rowBatch(HistoryMeetingAttendeeSchema, [...attendees.values()], { field: 'meetingVendorId', parentIds: [...meetings.keys()] }),
        ],
        records: meetings.size,
        holdAt: window.to.getTime() > graceEnd ? new Date(Math.max(window.from.getTime(), graceEnd)) : null,
      };
    },
  });
}

function meetingRow(meeting: G2MHistoricalMeeting, groupKey: string): HistoryFields<HistoryMeeting> {
  const name = `${meeting.firstName} ${meeting.lastName}`.trim();
  return {
    vendor: 'gotomeeting',
    vendorId: instanceKey(meeting.meetingId, meeting.startTime),
    meetingId: meeting.meetingId,
    subject: meeting.subject,
    organizerKey: meeting.organizerKey,
    organizerEmail: meeting.email ? meeting.email.toLowerCase() : null,
    organizerName: name || null,
    groupKey,
    groupName: meeting.groupName || null,
    meetingType: meeting.meetingType || null,
    conferenceCallInfo: meeting.conferenceCallInfo || null,
    startedAt: new Date(meeting.startTime),
    endedAt: meeting.endTime ? new Date(meeting.endTime) : null,
    durationMinutes: meeting.durationMinutes,
    attendeeCount: meeting.numAttendees,
  };
}

function attendeeRow(attendee: G2MAttendee): HistoryFields<HistoryMeetingAttendee> {
  const meetingVendorId = instanceKey(attendee.meetingId, attendee.startTime);
  const joined = attendee.joinTime ? new Date(attendee.joinTime) : null;
  return {
    vendor: 'gotomeeting',
    vendorId: `${meetingVendorId}|${attendee.attendeeEmail ?? attendee.attendeeName}|${joined?.toISOString() ?? ''}`,
    meetingVendorId,
    meetingId: attendee.meetingId,
    organizerKey: attendee.organizerKey,
    attendeeName: attendee.attendeeName,
    attendeeEmail: attendee.attendeeEmail,
    joinedAt: joined,
    leftAt: attendee.leaveTime ? new Date(attendee.leaveTime) : null,
    durationMinutes: attendee.durationMinutes,
  };
}
