import type { Meeting } from '../../domain/meetings.js';
import type { UnavailableVendor } from '../../domain/support.js';
import type { Sourced } from '../history/source.js';
import type { RegistrationStatus } from '../../domain/registrations.js';
import type { Training } from '../../domain/trainings.js';
import type { Webinar } from '../../domain/webinars.js';

export const CONTACT_EVENT_KINDS = ['WEBINAR_REGISTRATION', 'WEBINAR_ATTENDANCE', 'TRAINING_REGISTRATION', 'TRAINING_ATTENDANCE', 'MEETING_ATTENDANCE'] as const;
export type ContactEventKind = (typeof CONTACT_EVENT_KINDS)[number];

/** One entry of a contact's timeline: a registration or an attendance in a GoTo product. */
export interface ContactEvent {
  kind: ContactEventKind;
  vendor: 'gotomeeting' | 'gotowebinar' | 'gototraining';
  /** When it happened (registration time, first join); null when GoTo does not say. */
  at: string | null;
  title: string;
  durationSeconds: number | null;
  status: RegistrationStatus | null;
  webinar: Webinar | null;
  training: Training | null;
  /** The held meeting instance attended (from the attendee record: no further call). */
  meeting: Meeting | null;
  /** From the store: the webinar's or training's `organizerKey.eventKey`, read from GoTo only when asked for. */
  eventVendorId?: string | null;
}

export interface ContactEvents extends Sourced {
  events: ContactEvent[];
  unavailableVendors: UnavailableVendor[];
}
