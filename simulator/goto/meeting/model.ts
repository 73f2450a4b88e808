import type { GoToPerson } from '../account.js';

export const CONFERENCE_CALL_INFO = ['PSTN', 'Free', 'Hybrid', 'Private', 'VoIP'] as const;
export type ConferenceCallInfo = (typeof CONFERENCE_CALL_INFO)[number];
export const MEETING_TYPES = ['immediate', 'recurring', 'scheduled'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** One person's presence in one meeting instance. */
export interface MeetingAttendance {
  person: GoToPerson;
  joinMs: number;
  leaveMs: number;
}

/** One time a meeting was held (a row of the meeting history). */
export interface MeetingInstance {
  meetingInstanceKey: string;
  sessionId: string;
  startMs: number;
  endMs: number;
  attendees: MeetingAttendance[];
}

/** A GoToMeeting meeting as the simulator stores it. */
export interface Meeting {
  /** The 9-digit meeting id people dial and type. */
  meetingId: string;
  meetingKey: string;
  uniqueMeetingId: string;
  organizerKey: string;
  subject: string;
  startMs: number;
  endMs: number;
  passwordRequired: boolean;
  conferenceCallInfo: ConferenceCallInfo;
  meetingType: MeetingType;
  timezoneKey: string;
  maxParticipants: number;
  /** Set while the organizer has it running (started and not ended). */
  runningSinceMs: number | null;
  /** Held instances, oldest first. */
  instances: MeetingInstance[];
}
