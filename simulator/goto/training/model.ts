import type { GoToPerson } from '../account.js';
import type { TimeRange } from '../webinar/model.js';

export type TrainingRegistrantStatus = 'WAITING' | 'APPROVED' | 'DENIED';

export interface TrainingRegistrant {
  registrantKey: string;
  person: GoToPerson;
  status: TrainingRegistrantStatus;
  registrationMs: number;
}

export interface TrainingAttendee {
  person: GoToPerson;
  inSession: TimeRange[];
}

/** A held training session, as the reports API shows it. */
export interface TrainingSession extends TimeRange {
  sessionKey: string;
  attendees: TrainingAttendee[];
}

export interface Training {
  trainingKey: string;
  trainingId: string;
  name: string;
  description: string;
  timeZone: string;
  times: TimeRange[];
  /** Keys of the organizers who run it (the first created it). */
  organizerKeys: string[];
  registrants: TrainingRegistrant[];
  sessions: TrainingSession[];
}
