import type { Context } from '../context.js';
import type { ContactEvent, ContactEventKind, ContactEvents } from './contact-event.js';
import type { Contact } from '../../domain/contacts.js';
import { attendeeHistory } from '../meetings/meetings.js';
import { type Meeting } from '../../domain/meetings.js';
import type { Attendance, Registrant } from '../../domain/registrations.js';
import type { Training } from '../../domain/trainings.js';
import type { Webinar } from '../../domain/webinars.js';
import { heldTrainingAttendance, listTrainings, trainingRegistrants } from '../webinars/trainings.js';
import { fromEachVendor } from '../from-each-vendor.js';
import { storedContactEvents } from './stored-events.js';
import { chooseSource, LIVE, type Sourced } from '../history/source.js';
import { listWebinars, webinarAttendees, webinarRegistrants } from '../webinars/webinars.js';

const firstJoin = (joins: { start: string }[]) => joins.map((j) => j.start).sort()[0] ?? null;

/** A webinar or training with how to read its registrants and attendance. */
interface RegistrationEvent<E> {
  vendor: 'gotowebinar' | 'gototraining';
  kinds: { registration: ContactEventKind; attendance: ContactEventKind };
  events: E[];
  title(event: E): string;
  registrants(event: E): Promise<Registrant[]>;
  attendance(event: E): Promise<Attendance[]>;
  link(event: E): Pick<ContactEvent, 'webinar' | 'training'>;
}

/** A person's registrations and attendance across webinars or trainings. */
async function registrationEvents<E>(email: string, source: RegistrationEvent<E>): Promise<ContactEvent[]> {
  const perEvent = await Promise.all(
    source.events.map(async (event): Promise<ContactEvent[]> => {
      const registration = (await source.registrants(event)).find((r) => r.email === email);
      // Attendees are registrants: without a registration there is no attendance to read.
      if (!registration) return [];
      const base = { vendor: source.vendor, title: source.title(event), meeting: null, ...source.link(event) };
      const attended = (await source.attendance(event)).filter((a) => a.email === email);
      return [
        { ...base, kind: source.kinds.registration, at: registration.registeredAt, durationSeconds: null, status: registration.status },
        ...attended.map((a) => ({ ...base, kind: source.kinds.attendance, at: firstJoin(a.joins), durationSeconds: a.durationSeconds, status: null })),
      ];
    }),
  );
  return perEvent.flat();
}

async function webinarEvents(ctx: Context, email: string, range: { from: Date; to: Date }): Promise<ContactEvent[]> {
  return registrationEvents<Webinar>(email, {
    vendor: 'gotowebinar',
    kinds: { registration: 'WEBINAR_REGISTRATION', attendance: 'WEBINAR_ATTENDANCE' },
    events: await listWebinars(ctx, range),
    title: (w) => w.subject,
    registrants: (w) => webinarRegistrants(ctx, w),
    attendance: (w) => webinarAttendees(ctx, w),
    link: (webinar) => ({ webinar, training: null }),
  });
}

/**
 * Training registrations come from the scheduled and ongoing trainings GoTo lists; attendance
 * from the reports API, which also covers completed trainings (their events carry the training's
 * name only: the report does not give its key).
 */
async function trainingEvents(ctx: Context, email: string, range: { from: Date; to: Date }): Promise<ContactEvent[]> {
  const inRange = (training: Training) => training.times.some((t) => Date.parse(t.start) >= range.from.getTime() && Date.parse(t.start) <= range.to.getTime());
  const [registrations, attended] = await Promise.all([
    registrationEvents<Training>(email, {
      vendor: 'gototraining',
      kinds: { registration: 'TRAINING_REGISTRATION', attendance: 'TRAINING_ATTENDANCE' },
      events: (await listTrainings(ctx)).filter(inRange),
      title: (t) => t.name,
      registrants: (t) => trainingRegistrants(ctx, t),
      attendance: async () => [],
      link: (training) => ({ webinar: null, training }),
    }),
    heldTrainingAttendance(ctx, range),
  ]);
  const attendance = attended
    .filter((a) => a.email === email)
    .map((a): ContactEvent => ({
      kind: 'TRAINING_ATTENDANCE',
      vendor: 'gototraining',
      at: firstJoin(a.joins),
      title: a.trainingName,
      durationSeconds: a.durationSeconds,
      status: null,
      webinar: null,
      training: null,
      meeting: null,
    }));
  return [...registrations, ...attendance];
}

async function meetingEvents(ctx: Context, email: string, range: { from: Date; to: Date }): Promise<ContactEvent[]> {
  const attended = (await attendeeHistory(ctx, {}, range)).filter((a) => a.email === email);
  return attended.map((a) => ({
    kind: 'MEETING_ATTENDANCE',
    vendor: 'gotomeeting',
    at: a.joined,
    title: a.subject,
    durationSeconds: a.durationMinutes * 60,
    status: null,
    webinar: null,
    training: null,
    meeting: a.meeting,
  }));
}

/**
 * A contact's webinar and training registrations and attendance and meeting attendance,
 * joined by email across GoToWebinar, GoToTraining and GoToMeeting (what the Mautic plugin
 * puts on a lead's timeline), newest first. A product that fails is left out and named. From the
 * store when it covers the range for all three products.
 */
export async function contactEvents(ctx: Context, contact: Pick<Contact, 'email'>, range: { from: Date; to: Date }): Promise<ContactEvents> {
  const email = contact.email?.trim().toLowerCase();
  if (!email) return { events: [], unavailableVendors: [], ...LIVE };
  const sourced = await chooseSource(ctx, CONTACT_EVENT_HISTORY, range);
  if (sourced.source === 'STORE') return { events: newestFirst(await storedContactEvents(ctx, email, range)), unavailableVendors: [], ...sourced };
  const reads = { gotowebinar: webinarEvents, gototraining: trainingEvents, gotomeeting: meetingEvents };
  const sources = (['gotowebinar', 'gototraining', 'gotomeeting'] as const).map((vendor) => ({ vendor }));
  const { items: events, unavailable: unavailableVendors } = await fromEachVendor(sources, ({ vendor }) => reads[vendor](ctx, email, range));
  return { events: newestFirst(events), unavailableVendors, ...LIVE };
}

/** The synced resources the events are read from when the store covers the range. */
const CONTACT_EVENT_HISTORY = [
  { vendor: 'gotowebinar', resource: 'webinars' },
  { vendor: 'gototraining', resource: 'trainings' },
  { vendor: 'gotomeeting', resource: 'meetings' },
] as const;

const newestFirst = (events: ContactEvent[]) => events.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));
