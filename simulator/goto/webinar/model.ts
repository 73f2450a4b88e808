import type { GoToPerson } from '../account.js';

export const REGISTRANT_STATUSES = ['APPROVED', 'DENIED', 'WAITING'] as const;
export type RegistrantStatus = (typeof REGISTRANT_STATUSES)[number];
export const WEBINAR_TYPES = ['single_session', 'series', 'sequence'] as const;
export type WebinarType = (typeof WEBINAR_TYPES)[number];

export interface TimeRange {
  startMs: number;
  endMs: number;
}

export interface Registrant {
  registrantKey: string;
  person: GoToPerson;
  registrationMs: number;
  status: RegistrantStatus;
  timeZone: string;
}

/** A registrant's presence in one held session. */
export interface SessionAttendance {
  registrantKey: string;
  joins: TimeRange[];
}

export interface WebinarSession extends TimeRange {
  sessionKey: string;
  attendance: SessionAttendance[];
}

/** A panelist invited to present (`Panelist` in the v2 spec). */
export interface Panelist {
  panelistKey: string;
  name: string;
  email: string;
}

/** A co-organizer: another organizer of the account (`external: false`) or a guest with no GoToWebinar account. */
export interface Coorganizer {
  memberKey: string;
  external: boolean;
  givenName: string;
  /** Empty for an external co-organizer (GoTo returns none). */
  surname: string;
  email: string;
}

export interface Webinar {
  webinarKey: string;
  /** The 9-digit id attendees see. */
  webinarId: string;
  organizerKey: string;
  subject: string;
  description: string;
  times: TimeRange[];
  timeZone: string;
  type: WebinarType;
  registrants: Registrant[];
  /** Sessions already held, oldest first. */
  sessions: WebinarSession[];
  panelists: Panelist[];
  coorganizers: Coorganizer[];
}
