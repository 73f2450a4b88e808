import type { G2MAttendee, G2MHistoricalMeeting, G2MMeeting, G2MMeetingInput, G2MUpcomingMeeting } from '../../clients/goto/index.js';
import { CALL_INFO_WIRE, MEETING_TYPES, type ConferenceCallInfo, type Meeting, type MeetingAttendee, type MeetingStatus, type MeetingType } from '../../domain/meetings.js';

/** GoToMeeting's public join link (`/join/<meeting id>`), for records that do not carry it. */
const joinUrlOf = (meetingId: string) => `https://global.gotomeeting.com/join/${meetingId}`;
const typeOf = (wire: string): MeetingType | null => (MEETING_TYPES as readonly string[]).includes(wire.toUpperCase()) ? (wire.toUpperCase() as MeetingType) : null;

/** What a held instance's row says, from the history or an attendee record. */
type HeldRow = Pick<G2MHistoricalMeeting, 'meetingId' | 'subject' | 'startTime' | 'endTime' | 'meetingType' | 'conferenceCallInfo' | 'organizerKey'> & {
  numAttendees: number | null;
  durationMinutes: number | null;
};

export function fromHistory(row: HeldRow): Meeting {
  return {
    vendor: 'gotomeeting',
    vendorId: row.meetingId,
    instanceStart: row.startTime,
    subject: row.subject,
    start: row.startTime,
    end: row.endTime,
    type: typeOf(row.meetingType),
    status: 'PAST',
    conferenceCallInfo: row.conferenceCallInfo || null,
    passwordRequired: null,
    joinUrl: joinUrlOf(row.meetingId),
    organizerKey: row.organizerKey || null,
    attendeeCount: row.numAttendees,
    durationMinutes: row.durationMinutes,
  };
}

export function fromUpcoming(row: G2MUpcomingMeeting): Meeting {
  return {
    vendor: 'gotomeeting',
    vendorId: row.meetingId,
    instanceStart: null,
    subject: row.subject,
    start: row.startTime,
    end: row.endTime,
    type: typeOf(row.meetingType),
    status: row.status === 'ACTIVE' ? 'ACTIVE' : 'UPCOMING',
    conferenceCallInfo: row.conferenceCallInfo || null,
    passwordRequired: row.passwordRequired,
    joinUrl: joinUrlOf(row.meetingId),
    organizerKey: row.organizerKey,
    attendeeCount: null,
    durationMinutes: null,
  };
}

export function fromMeeting(meeting: G2MMeeting, now: Date): Meeting {
  // A single meeting says only ACTIVE or INACTIVE: an inactive one is past once its end has passed.
  const status: MeetingStatus = meeting.status === 'ACTIVE' ? 'ACTIVE' : Date.parse(meeting.endTime) < now.getTime() ? 'PAST' : 'UPCOMING';
  return {
    vendor: 'gotomeeting',
    vendorId: meeting.meetingId,
    instanceStart: null,
    subject: meeting.subject,
    start: meeting.startTime,
    end: meeting.endTime,
    type: typeOf(meeting.meetingType),
    status,
    conferenceCallInfo: meeting.conferenceCallInfo || null,
    passwordRequired: meeting.passwordRequired,
    joinUrl: meeting.joinUrl ?? joinUrlOf(meeting.meetingId),
    organizerKey: null,
    attendeeCount: null,
    durationMinutes: null,
  };
}

const minutesBetween = (start: string, end: string) => Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 60_000));

/** The held instance an attendee record describes: GoTo's attendee rows carry its subject, times, audio, type, organizer and attendee count. */
const attendedInstance = (row: G2MAttendee): Meeting => fromHistory({ ...row, durationMinutes: minutesBetween(row.startTime, row.endTime) });

export function toAttendee(row: G2MAttendee): MeetingAttendee {
  return {
    meeting: attendedInstance(row),
    name: row.attendeeName,
    email: row.attendeeEmail,
    joined: row.joinTime,
    left: row.leaveTime,
    durationMinutes: row.durationMinutes,
    meetingId: row.meetingId,
    instanceKey: row.meetingInstanceKey,
    meetingStart: row.startTime,
    subject: row.subject,
  };
}

/** The instance of a meeting held last, as its attendee rows describe it; null when nobody attended. */
export function latestHeldInstance(rows: readonly G2MAttendee[]): Meeting | null {
  const latest = rows.reduce<G2MAttendee | null>((last, row) => (!last || row.startTime > last.startTime ? row : last), null);
  return latest && attendedInstance(latest);
}

/** A meeting's fields to write; what is null or absent is left as it is. */
export interface MeetingFields {
  subject?: string | null;
  start?: Date | null;
  end?: Date | null;
  type?: MeetingType | null;
  conferenceCallInfo?: ConferenceCallInfo | null;
  passwordRequired?: boolean | null;
}

/** A meeting's fields as GoTo's `POST`/`PUT /meetings` take them (its type in lower case, its audio option as GoTo spells it). */
export function toMeetingInput(fields: MeetingFields): G2MMeetingInput {
  return {
    subject: fields.subject ?? undefined,
    startTime: fields.start ?? undefined,
    endTime: fields.end ?? undefined,
    meetingType: fields.type ? (fields.type.toLowerCase() as NonNullable<G2MMeetingInput['meetingType']>) : undefined,
    conferenceCallInfo: fields.conferenceCallInfo ? CALL_INFO_WIRE[fields.conferenceCallInfo] : undefined,
    passwordRequired: fields.passwordRequired ?? undefined,
  };
}
