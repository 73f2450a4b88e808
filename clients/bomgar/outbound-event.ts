/**
 * An outbound event the appliance POSTs (form data) to a configured URL: the confirmed fields
 * `event, version, timestamp, appliance_id, lsid, external_key` and, per event, who it is about.
 * `rating`/`comments` on `customer_exit_survey_completed` are modeled (the simulator sends them).
 */
export interface BomgarOutboundEvent {
  /** `support_conference_begin`, `support_conference_member_added`, `support_conference_end`, ... */
  event: string;
  /** When it happened, from the UNIX `timestamp` (ISO); null when absent. */
  at: string | null;
  lsid: string | null;
  externalKey: string | null;
  /** The representative the event is about (member added or departed, owner changed). */
  userId: string | null;
  rating: number | null;
  comments: string | null;
}

const text = (form: URLSearchParams, name: string): string | null => {
  const value = form.get(name)?.trim();
  return value ? value.slice(0, 1024) : null;
};

/** Reads an outbound event's form; null when it names no event. */
export function decodeOutboundEvent(form: URLSearchParams): BomgarOutboundEvent | null {
  const event = text(form, 'event');
  if (!event || !/^[a-z_]{1,64}$/.test(event)) return null;
  const timestamp = text(form, 'timestamp');
  const rating = text(form, 'rating');
  return {
    event,
    at: timestamp && /^\d{1,12}$/.test(timestamp) ? new Date(Number(timestamp) * 1000).toISOString() : null,
    lsid: text(form, 'lsid'),
    externalKey: text(form, 'external_key'),
    userId: text(form, 'user_id'),
    rating: rating && /^[1-5]$/.test(rating) ? Number(rating) : null,
    comments: text(form, 'comments'),
  };
}
