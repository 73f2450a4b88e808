import type { Context } from '../context.js';
import { HistoryEventSchema, HistoryMeetingAttendeeSchema, HistoryMeetingSchema, HistoryRegistrationSchema, type HistoryEvent } from '../../store/entities/index.js';
import type { ContactEvent } from './contact-event.js';
import type { RegistrationStatus } from '../../domain/registrations.js';
import { storedMeetingOf } from '../meetings/stored-meetings.js';
import { iso } from '../history/stored-loader.js';

/** The event's `organizerKey.eventKey` (what Webinar and Training ids hold), when the store knows its organizer. */
const eventVendorIdOf = (event: HistoryEvent) => (event.organizerKey ? `${event.organizerKey}.${event.vendorId}` : null);

/** Webinar and training registrations and attendance of one email, for events that started in [from, to). Two queries. */
async function registrationEvents(ctx: Context, email: string, range: { from: Date; to: Date }): Promise<ContactEvent[]> {
  const em = ctx.em.fork();
  const registrations = await em.find(HistoryRegistrationSchema, { vendor: { $in: ['gotowebinar', 'gototraining'] }, email }, { disableIdentityMap: true });
  if (registrations.length === 0) return [];
  const events = await em.find(
    HistoryEventSchema,
    { $or: [...new Set(registrations.map((r) => `${r.vendor}:${r.eventVendorId}`))].map((key) => ({ vendor: key.slice(0, key.indexOf(':')), vendorId: key.slice(key.indexOf(':') + 1) })), startsAt: { $gte: range.from, $lt: range.to } },
    { disableIdentityMap: true },
  );
  const byKey = new Map(events.map((e) => [`${e.vendor}:${e.vendorId}`, e]));
  return registrations.flatMap((r): ContactEvent[] => {
    const event = byKey.get(`${r.vendor}:${r.eventVendorId}`);
    if (!event) return [];
    const webinar = r.vendor === 'gotowebinar';
    const base = { vendor: r.vendor as 'gotowebinar' | 'gototraining', title: event.subject, webinar: null, training: null, meeting: null, eventVendorId: eventVendorIdOf(event) };
    const found: ContactEvent[] = [];
    if (r.status !== null) found.push({ ...base, kind: webinar ? 'WEBINAR_REGISTRATION' : 'TRAINING_REGISTRATION', at: iso(r.registeredAt), durationSeconds: null, status: r.status as RegistrationStatus });
    if (r.attended) found.push({ ...base, kind: webinar ? 'WEBINAR_ATTENDANCE' : 'TRAINING_ATTENDANCE', at: iso(r.firstJoinedAt), durationSeconds: r.attendanceSeconds, status: null });
    return found;
  });
}

/** Meeting attendance of one email at instances held in [from, to). Two queries. */
async function meetingEvents(ctx: Context, email: string, range: { from: Date; to: Date }): Promise<ContactEvent[]> {
  const em = ctx.em.fork();
  const attended = await em.find(HistoryMeetingAttendeeSchema, { vendor: 'gotomeeting', attendeeEmail: email }, { disableIdentityMap: true });
  if (attended.length === 0) return [];
  const held = await em.find(
    HistoryMeetingSchema,
    { vendor: 'gotomeeting', vendorId: { $in: [...new Set(attended.map((a) => a.meetingVendorId))] }, startedAt: { $gte: range.from, $lt: range.to } },
    { disableIdentityMap: true },
  );
  const meetings = new Map(held.map((row) => [row.vendorId, storedMeetingOf(row)]));
  return attended.flatMap((a): ContactEvent[] => {
    const meeting = meetings.get(a.meetingVendorId);
    if (!meeting) return [];
    const minutes = a.durationMinutes;
    return [{ kind: 'MEETING_ATTENDANCE', vendor: 'gotomeeting', at: iso(a.joinedAt) ?? meeting.start, title: meeting.subject, durationSeconds: minutes === null ? null : minutes * 60, status: null, webinar: null, training: null, meeting }];
  });
}

/**
 * A contact's webinar and training registrations and attendance and meeting attendance from the
 * store, joined by email (the live answer's events, except that a registrant's attendance is one
 * event with the time summed over the sessions, where GoTo lists one per session).
 */
export async function storedContactEvents(ctx: Context, email: string, range: { from: Date; to: Date }): Promise<ContactEvent[]> {
  const [registrations, meetings] = await Promise.all([registrationEvents(ctx, email, range), meetingEvents(ctx, email, range)]);
  return [...registrations, ...meetings];
}
