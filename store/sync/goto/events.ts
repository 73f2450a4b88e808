import { HistoryEventSchema, HistoryRegistrationSchema, type HistoryEvent, type HistoryFields, type HistoryRegistration } from '../../entities/index.js';
import { rowBatch, type RecordContext, type RecordPage } from '../types.js';
import { earliest, type WindowLoad } from '../windowed.js';
import { paced } from '../pacing.js';

export interface Registrant {
  registrantKey: string;
  email: string;
  firstName: string;
  lastName: string;
  status: string;
  registrationDate: string | null;
}

/** One person's attendance of one session: by registrant key (webinars) or only by email (training reports). */
export interface Attendance {
  registrantKey: string | null;
  email: string;
  firstName: string;
  lastName: string;
  seconds: number;
  spans: { joinTime: string; leaveTime: string }[];
}

/**
 * An event's registrations with their attendance summed over its sessions. Attendance is matched
 * to its registration by key, else by email; someone who attended without a listed registration
 * gets a row of their own (`${eventKey}:email:${email}`).
 */
function registrationRows(vendor: string, eventKey: string, registrants: Registrant[], attendances: Attendance[]): HistoryFields<HistoryRegistration>[] {
  const rows = new Map<string, HistoryFields<HistoryRegistration>>();
  const byEmail = new Map<string, string>();
  for (const registrant of registrants) {
    const vendorId = `${eventKey}:${registrant.registrantKey}`;
    byEmail.set(registrant.email, vendorId);
    rows.set(vendorId, {
      vendor,
      vendorId,
      eventVendorId: eventKey,
      registrantKey: registrant.registrantKey,
      email: registrant.email,
      firstName: registrant.firstName,
      lastName: registrant.lastName,
      status: registrant.status,
      registeredAt: registrant.registrationDate ? new Date(registrant.registrationDate) : null,
      attended: false,
      attendanceSeconds: 0,
      firstJoinedAt: null,
      lastLeftAt: null,
    });
  }
  for (const attendance of attendances) {
    const known = attendance.registrantKey ? `${eventKey}:${attendance.registrantKey}` : undefined;
    const vendorId = (known && rows.has(known) ? known : byEmail.get(attendance.email)) ?? `${eventKey}:email:${attendance.email}`;
    const row = rows.get(vendorId) ?? {
      vendor,
      vendorId,
      eventVendorId: eventKey,
      registrantKey: null,
      email: attendance.email,
      firstName: attendance.firstName,
      lastName: attendance.lastName,
      status: null,
      registeredAt: null,
      attended: false,
      attendanceSeconds: 0,
      firstJoinedAt: null,
      lastLeftAt: null,
    };
    row.attended = true;
    row.attendanceSeconds += attendance.seconds;
    for (const span of attendance.spans) {
      const [joined, left] = [new Date(span.joinTime), new Date(span.leaveTime)];
      if (!row.firstJoinedAt || joined < row.firstJoinedAt) row.firstJoinedAt = joined;
      if (!row.lastLeftAt || left > row.lastLeftAt) row.lastLeftAt = left;
    }
    rows.set(vendorId, row);
  }
  return [...rows.values()];
}

/** What a webinar or training is, as the listing gives it. */
export interface ListedEvent {
  vendor: 'gotowebinar' | 'gototraining';
  key: string;
  publicId: string | null;
  subject: string;
  organizerKey: string;
  timeZone: string;
  times: { startTime: string; endTime: string }[];
}

export interface ReadEvent {
  event: HistoryFields<HistoryEvent>;
  registrations: HistoryFields<HistoryRegistration>[];
}

/** First start and last end of an event's times. */
export function spanOf(times: { startTime: string; endTime: string }[]): { startsAt: Date | null; endsAt: Date | null } {
  const starts = times.map((t) => Date.parse(t.startTime));
  const ends = times.map((t) => Date.parse(t.endTime));
  return { startsAt: starts.length ? new Date(Math.min(...starts)) : null, endsAt: ends.length ? new Date(Math.max(...ends)) : null };
}

/** An event's row and its registrations' rows, from what its calls gave. */
export function readEvent(listed: ListedEvent, sessionCount: number, registrants: Registrant[], attendances: Attendance[]): ReadEvent {
  const registrations = registrationRows(listed.vendor, listed.key, registrants, attendances);
  return {
    event: {
      vendor: listed.vendor,
      vendorId: listed.key,
      publicId: listed.publicId,
      subject: listed.subject,
      organizerKey: listed.organizerKey,
      timeZone: listed.timeZone || null,
      ...spanOf(listed.times),
      sessionCount,
      registrantCount: registrants.length,
      attendeeCount: registrations.filter((row) => row.attended).length,
    },
    registrations,
  };
}

/**
 * A window's events as a page: their rows, their registrations (replacing what the store held, so
 * a cancelled one goes), and the start of the first event not over yet, to read it again next time.
 */
export function eventLoad(read: ReadEvent[], now: Date): WindowLoad {
  const running = read.filter(({ event }) => event.endsAt === null || event.endsAt > now).map(({ event }) => event.startsAt?.getTime() ?? now.getTime());
  return {
    batches: [
      rowBatch(HistoryEventSchema, read.map(({ event }) => event)),
      rowBatch(HistoryRegistrationSchema, read.flatMap(({ registrations }) => registrations), { field: 'eventVendorId', parentIds: read.map(({ event }) => event.vendorId) }),
    ],
    records: read.length,
    holdAt: earliest(running),
  };
}

/**
 * `--id` for a webinar or training: GoTo reads one only by organizer and key, so it refreshes an event
 * an earlier sync stored, under the organizer stored with it.
 */
export async function storedEventPage<T>(
  ctx: RecordContext,
  vendor: ListedEvent['vendor'],
  key: string,
  get: (organizerKey: string) => Promise<T | null>,
  read: (event: T, organizerKey: string) => Promise<ReadEvent>,
): Promise<RecordPage | null> {
  const stored = await ctx.em.fork().findOne(HistoryEventSchema, { vendor, vendorId: key }, { disableIdentityMap: true });
  const organizerKey = stored?.organizerKey;
  if (!organizerKey) throw new Error(`${vendor} reads one event by its organizer: ${key} is not in the store yet, so sync its range with --since first`);
  const event = await paced(ctx, () => get(organizerKey));
  if (!event) return null;
  const { batches, records } = eventLoad([await read(event, organizerKey)], ctx.now);
  return { batches, records };
}
