export const REGISTRATION_STATUSES = ['APPROVED', 'WAITING', 'DENIED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Someone registered for a webinar or a training. */
export interface Registrant {
  vendor: 'gotowebinar' | 'gototraining';
  /** `organizerKey.eventKey.registrantKey`: the API reaches a registrant through its event's organizer. */
  vendorId: string;
  registrantKey: string;
  /** The webinar's or training's vendorId (`organizerKey.eventKey`). */
  eventVendorId: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  status: RegistrationStatus;
  registeredAt: string | null;
  joinUrl: string | null;
}

/** The person is already registered for the event: the existing registration. */
export class AlreadyRegisteredError extends Error {
  constructor(readonly registrant: Registrant) {
    super(`${registrant.email} is already registered`);
    this.name = 'AlreadyRegisteredError';
  }
}

/** Attendance of one person at one event session (or across a webinar's sessions). */
export interface Attendance {
  vendor: 'gotowebinar' | 'gototraining';
  name: string;
  email: string;
  registrantKey: string | null;
  sessionKey: string | null;
  durationSeconds: number;
  joins: { start: string; end: string }[];
}

/** A held session of a webinar or training. */
export interface EventSession {
  vendorId: string;
  start: string;
  end: string;
  attendeeCount: number | null;
}
