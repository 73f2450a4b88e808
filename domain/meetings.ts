export const MEETING_STATUSES = ['UPCOMING', 'ACTIVE', 'PAST'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_TYPES = ['IMMEDIATE', 'RECURRING', 'SCHEDULED'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const CONFERENCE_CALL_INFO = ['PSTN', 'FREE', 'HYBRID', 'PRIVATE', 'VOIP'] as const;
export type ConferenceCallInfo = (typeof CONFERENCE_CALL_INFO)[number];

/** How GoTo spells each audio option on the wire. */
export const CALL_INFO_WIRE = { PSTN: 'PSTN', FREE: 'Free', HYBRID: 'Hybrid', PRIVATE: 'Private', VOIP: 'VoIP' } as const;
const CALL_INFO_NAMES = new Map(Object.entries(CALL_INFO_WIRE).map(([name, wire]) => [wire.toLowerCase(), name as ConferenceCallInfo]));

/** The audio option GoTo's `conferenceCallInfo` names, or null when it holds dial-in text instead. */
export function audioOf(meeting: Pick<Meeting, 'conferenceCallInfo'>): ConferenceCallInfo | null {
  return CALL_INFO_NAMES.get(meeting.conferenceCallInfo?.trim().toLowerCase() ?? '') ?? null;
}

/** A GoToMeeting meeting; a row of the history is one held instance of it (`instanceKey`). */
export interface Meeting {
  vendor: 'gotomeeting';
  vendorId: string;
  /** For a held instance (a history row): when it started, which picks its attendees out of the meeting's. */
  instanceStart: string | null;
  subject: string;
  start: string;
  end: string;
  type: MeetingType | null;
  status: MeetingStatus;
  /** GoTo's audio option as it says it (`VoIP`, `PSTN`, or dial-in text). */
  conferenceCallInfo: string | null;
  passwordRequired: boolean | null;
  joinUrl: string;
  organizerKey: string | null;
  attendeeCount: number | null;
  durationMinutes: number | null;
}

export interface MeetingAttendee {
  name: string;
  email: string | null;
  joined: string;
  left: string;
  durationMinutes: number;
  meetingId: string;
  instanceKey: string | null;
  /** When the attended instance started (joins attendees to history rows). */
  meetingStart: string;
  /** The meeting's subject (attendee records carry it). */
  subject: string;
  /** The attended instance, organizer included, as the attendee record describes it (no further call). */
  meeting: Meeting;
}

/** Whose meetings: one organizer, one group, or (neither) the whole account. */
export interface MeetingScope {
  organizerKey?: string | null;
  groupKey?: string | null;
}
