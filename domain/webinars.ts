/** A GoToWebinar webinar. */
export interface Webinar {
  vendor: 'gotowebinar';
  /** `organizerKey.webinarKey`. */
  vendorId: string;
  webinarKey: string;
  organizerKey: string;
  /** The 9-digit webinar ID attendees see. */
  number: string | null;
  subject: string;
  description: string;
  times: { start: string; end: string }[];
  timeZone: string;
  registrationUrl: string | null;
  /** Null from a listing: GoTo says it only for a webinar read by key. */
  inSession: boolean | null;
  registrantCount: number | null;
}
