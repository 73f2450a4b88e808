import type { Sourced } from '../history/source.js';

export const PATTERN_GROUPINGS = ['ORGANIZER', 'GROUP', 'DAY', 'TYPE'] as const;
export type PatternGrouping = (typeof PATTERN_GROUPINGS)[number];

/** A TYPE pattern's key and label: the MeetingType (SCHEDULED, RECURRING, IMMEDIATE), or UNKNOWN when GoTo named none we know. */
export function meetingTypeBucket(type: string | null | undefined): { key: string; label: string } {
  const key = type?.trim().toUpperCase() || 'UNKNOWN';
  return { key, label: key === 'UNKNOWN' ? 'Unknown type' : key.charAt(0) + key.slice(1).toLowerCase() };
}

export interface FrequentAttendee {
  name: string;
  email: string | null;
  meetings: number;
}

/** How meetings went for one organizer, group or day; each row says where the report was read. */
export interface MeetingPattern extends Sourced {
  key: string;
  label: string;
  meetings: number;
  totalMinutes: number;
  averageMinutes: number;
  attendeesPerMeeting: number;
  topAttendees: FrequentAttendee[];
}
