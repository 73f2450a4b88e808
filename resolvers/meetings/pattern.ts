import type { Sourced } from '../history/source.js';

export const PATTERN_GROUPINGS = ['ORGANIZER', 'GROUP', 'DAY'] as const;
export type PatternGrouping = (typeof PATTERN_GROUPINGS)[number];

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
