import type { Context } from '../context.js';
import {
  CallSchema,
  HistoryCallSchema,
  HistoryEventSchema,
  HistoryMeetingAttendeeSchema,
  HistoryMeetingSchema,
  HistoryRegistrationSchema,
  HistorySupportSessionSchema,
  HistoryTicketSchema,
  VendorLinkSchema,
} from '../../store/entities/index.js';
import { contactById } from '../contacts/contacts.js';
import { NotFoundError } from '../../domain/errors.js';
import { storeCoverage, type HistoryNeed, type StoreCoverage } from '../history/source.js';
import { toE164 } from '../../domain/phone.js';
import { TICKET_SESSION } from '../support/links.js';
import { vendorName } from '../../domain/vendors.js';
import { reportRange, type ReportRange } from './range.js';
import { dateOf, numberOf, reportSql, type ReportSql } from './sql.js';

export const TIMELINE_KINDS = [
  'TICKET',
  'CALL',
  'SUPPORT_SESSION',
  'MEETING_ATTENDANCE',
  'WEBINAR_REGISTRATION',
  'WEBINAR_ATTENDANCE',
  'TRAINING_REGISTRATION',
  'TRAINING_ATTENDANCE',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** How an entry was tied to the person. */
export const TIMELINE_MATCHES = ['USER_ID', 'EMAIL', 'PHONE', 'TICKET'] as const;
export type TimelineMatch = (typeof TIMELINE_MATCHES)[number];

/** One thing that happened to a person, at any vendor. */
export interface TimelineEntry {
  at: Date | null;
  kind: TimelineKind;
  /** The upstream name (`zendesk`, `ameyo`, `bomgar`, `gotoassist`, `gotomeeting`, `gotowebinar`, `gototraining`). */
  vendor: string;
  /** The record's key at the vendor: ticket id, call crtObjectId, session id, meeting id, webinar or training key. */
  vendorId: string;
  title: string;
  /** Ticket or session status, call disposition, registration status. */
  status: string | null;
  /** Call talk time, session length, time attended. */
  durationSeconds: number | null;
  matchedBy: TimelineMatch;
}

/** Who the timeline is about: the Zendesk user and the email and phone it is matched by. */
export interface TimelinePerson {
  userId: string;
  name: string;
  email: string | null;
  /** E.164. */
  phone: string | null;
}

export interface ContactTimeline extends StoreCoverage {
  source: 'STORE';
  person: TimelinePerson;
  entries: TimelineEntry[];
}

/** Every resource the timeline reads. */
const NEEDS: HistoryNeed[] = [
  { vendor: 'zendesk', resource: 'tickets' },
  { vendor: 'ameyo', resource: 'calls' },
  { vendor: 'bomgar', resource: 'sessions' },
  { vendor: 'gotoassist', resource: 'sessions' },
  { vendor: 'gotomeeting', resource: 'meetings' },
  { vendor: 'gotowebinar', resource: 'webinars' },
  { vendor: 'gototraining', resource: 'trainings' },
];

type Row = Record<string, unknown>;
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

function tickets(sql: ReportSql, person: TimelinePerson): Promise<TimelineEntry[]> {
  return sql
    .from(HistoryTicketSchema, 't')
    .select('t.vendor_id', 't.subject', 't.status', sql.knex.raw(`${sql.epochMs('t.ticket_created_at')} as at`))
    .where('t.requester_id', person.userId)
    .then((rows: Row[]): TimelineEntry[] =>
      rows.map((r) => ({ at: dateOf(r.at), kind: 'TICKET', vendor: 'zendesk', vendorId: String(r.vendor_id), title: text(r.subject) ?? `Ticket #${r.vendor_id}`, status: text(r.status), durationSeconds: null, matchedBy: 'USER_ID' })),
    );
}

/** Calls from the caller's number, and those the gateway tied to the user when Ameyo pushed them. */
function calls(sql: ReportSql, person: TimelinePerson): Promise<TimelineEntry[]> {
  const pushed = sql.from(CallSchema, 'p').select('p.vendor_call_id').where('p.contact_id', person.userId);
  return sql
    .from(HistoryCallSchema, 'c')
    .select('c.vendor', 'c.vendor_id', 'c.direction', 'c.phone', 'c.talk_seconds', 'c.disposition', sql.knex.raw(`${sql.epochMs('c.started_at')} as at`))
    .where((where) => {
      where.whereIn('c.vendor_id', pushed);
      if (person.phone) where.orWhere('c.phone', person.phone);
    })
    .then((rows: Row[]): TimelineEntry[] =>
      rows.map((r) => ({
        at: dateOf(r.at),
        kind: 'CALL',
        vendor: String(r.vendor),
        vendorId: String(r.vendor_id),
        title: `${r.direction === 'outbound' ? 'Outbound' : 'Inbound'} call ${r.phone}`,
        status: text(r.disposition),
        durationSeconds: numberOf(r.talk_seconds),
        matchedBy: person.phone && r.phone === person.phone ? 'PHONE' : 'USER_ID',
      })),
    );
}

/** Sessions with the person's email (GoToAssist keeps it), or opened for one of their tickets (by external key or the gateway's link). */
function sessions(sql: ReportSql, person: TimelinePerson): Promise<TimelineEntry[]> {
  const theirTickets = sql.from(HistoryTicketSchema, 't').select('t.vendor_id').where('t.requester_id', person.userId);
  const linked = sql
    .from(VendorLinkSchema, 'l')
    .select('l.to_id')
    .where('l.relation', TICKET_SESSION)
    .andWhere('l.to_type', 'SupportSession')
    .andWhereRaw('l.to_vendor = s.vendor')
    .whereIn('l.from_id', theirTickets.clone());
  return sql
    .from(HistorySupportSessionSchema, 's')
    .select(
      's.vendor',
      's.vendor_id',
      's.status',
      's.customer_email',
      's.duration_seconds',
      sql.knex.raw(`${sql.epochMs('s.started_at')} as at`),
      sql.knex.raw(`case when s.ended_at is not null and s.started_at is not null then ${sql.secondsBetween('s.started_at', 's.ended_at')} end as seconds`),
    )
    .where((where) => {
      where.whereIn('s.external_key', theirTickets).orWhereIn('s.vendor_id', linked);
      if (person.email) where.orWhereRaw('lower(s.customer_email) = ?', [person.email]);
    })
    .then((rows: Row[]): TimelineEntry[] =>
      rows.map((r) => ({
        at: dateOf(r.at),
        kind: 'SUPPORT_SESSION',
        vendor: String(r.vendor),
        vendorId: String(r.vendor_id),
        title: `${vendorName(String(r.vendor))} remote-support session`,
        status: text(r.status),
        durationSeconds: numberOf(r.seconds) ?? numberOf(r.duration_seconds),
        matchedBy: person.email && text(r.customer_email)?.toLowerCase() === person.email ? 'EMAIL' : 'TICKET',
      })),
    );
}

function meetings(sql: ReportSql, email: string): Promise<TimelineEntry[]> {
  return sql
    .from(HistoryMeetingAttendeeSchema, 'a')
    .join(sql.table(HistoryMeetingSchema, 'm'), (on) => on.on('m.vendor', 'a.vendor').andOn('m.vendor_id', 'a.meeting_vendor_id'))
    .select('a.vendor', 'a.meeting_id', 'm.subject', 'a.duration_minutes', sql.knex.raw(`${sql.epochMs('coalesce(a.joined_at, m.started_at)')} as at`))
    .where('a.attendee_email', email)
    .then((rows: Row[]): TimelineEntry[] =>
      rows.map((r) => {
        const minutes = numberOf(r.duration_minutes);
        return { at: dateOf(r.at), kind: 'MEETING_ATTENDANCE', vendor: String(r.vendor), vendorId: String(r.meeting_id), title: String(r.subject), status: null, durationSeconds: minutes === null ? null : minutes * 60, matchedBy: 'EMAIL' };
      }),
    );
}

/** Registrations and attendance at webinars and trainings: up to two entries per registration row. */
function registrations(sql: ReportSql, email: string): Promise<TimelineEntry[]> {
  return sql
    .from(HistoryRegistrationSchema, 'r')
    .join(sql.table(HistoryEventSchema, 'e'), (on) => on.on('e.vendor', 'r.vendor').andOn('e.vendor_id', 'r.event_vendor_id'))
    .select('r.vendor', 'r.event_vendor_id', 'e.subject', 'r.status', 'r.attended', 'r.attendance_seconds', sql.knex.raw(`${sql.epochMs('r.registered_at')} as registered`), sql.knex.raw(`${sql.epochMs('r.first_joined_at')} as joined`))
    .where('r.email', email)
    .then((rows: Row[]): TimelineEntry[] =>
      rows.flatMap((r) => {
        const product = r.vendor === 'gototraining' ? 'TRAINING' : 'WEBINAR';
        const base = { vendor: String(r.vendor), vendorId: String(r.event_vendor_id), title: String(r.subject), matchedBy: 'EMAIL' as const };
        const entries: TimelineEntry[] = [];
        if (r.status !== null) entries.push({ ...base, at: dateOf(r.registered), kind: `${product}_REGISTRATION`, status: text(r.status), durationSeconds: null });
        if (r.attended === true || Number(r.attended) === 1) entries.push({ ...base, at: dateOf(r.joined), kind: `${product}_ATTENDANCE`, status: null, durationSeconds: numberOf(r.attendance_seconds) });
        return entries;
      }),
    );
}

/** The person behind a Zendesk user: their email (lower-cased) and phone (E.164) to match other vendors' records by. */
async function personOf(ctx: Context, userId: string): Promise<TimelinePerson> {
  const contact = await contactById(ctx, userId);
  if (!contact) throw new NotFoundError('Contact', userId);
  return {
    userId: contact.vendorId,
    name: contact.name,
    email: contact.email?.trim().toLowerCase() || null,
    phone: contact.phone ? toE164(contact.phone, ctx.phoneRegion) : null,
  };
}

const inRange = (range: ReportRange | null) => (entry: TimelineEntry) =>
  !range || (entry.at !== null && entry.at.getTime() >= range.from.getTime() && entry.at.getTime() < range.to.getTime());

/**
 * One person's tickets, calls, remote-support sessions, meetings, webinars and trainings, oldest
 * first, from the store: matched by Zendesk user id (tickets they requested, calls the gateway
 * tied to them), email (meetings, webinars, trainings, GoToAssist sessions) and phone (calls),
 * and sessions opened for their tickets. One Zendesk read for the person, six queries.
 * With a range, only entries in [from, to); entries without a time are then left out.
 */
export async function contactTimeline(ctx: Context, userId: string, range: ReportRange | null): Promise<ContactTimeline> {
  if (range) reportRange(range);
  const person = await personOf(ctx, userId);
  const sql = reportSql(ctx.em);
  const reads = [tickets(sql, person), calls(sql, person), sessions(sql, person)];
  if (person.email) reads.push(meetings(sql, person.email), registrations(sql, person.email));
  const [coverage, ...found] = await Promise.all([storeCoverage(ctx, NEEDS, range ?? { from: new Date(0), to: new Date() }), ...reads]);
  const entries = found
    .flat()
    .filter(inRange(range))
    .sort((a, b) => (a.at?.getTime() ?? Infinity) - (b.at?.getTime() ?? Infinity) || a.kind.localeCompare(b.kind) || a.vendorId.localeCompare(b.vendorId));
  return { source: 'STORE', ...coverage, person, entries };
}
