import type { Context } from '../context.js';
import { HistoryMeetingAttendeeSchema, HistoryMeetingSchema } from '../../store/entities/index.js';
import type { Sourced } from '../history/source.js';
import { meetingTypeBucket, type FrequentAttendee, type MeetingPattern, type PatternGrouping } from '../meetings/pattern.js';
import type { ReportRange } from './range.js';
import { numberOf, rounded, reportSql, type ReportSql } from './sql.js';

/** How many of the most frequent attendees each pattern names (as the live report). */
const TOP_ATTENDEES = 5;
const VENDOR = 'gotomeeting';

type Figures = Omit<MeetingPattern, keyof Sourced>;

/** The SQL key rows are counted under (a meeting without a group counts under ''). */
function bucketKey(sql: ReportSql, groupBy: PatternGrouping): string {
  return { DAY: sql.utcDay('m.started_at'), ORGANIZER: 'm.organizer_key', GROUP: "coalesce(m.group_key, '')", TYPE: "upper(coalesce(m.meeting_type, ''))" }[groupBy];
}

function meetingsIn(sql: ReportSql, range: ReportRange) {
  return sql
    .from(HistoryMeetingSchema, 'm')
    .where('m.vendor', VENDOR)
    .andWhere('m.started_at', '>=', sql.time(range.from))
    .andWhere('m.started_at', '<', sql.time(range.to));
}

interface BucketRow {
  bucket: string;
  organizer_name: string | null;
  group_name: string | null;
  meetings: unknown;
  minutes: unknown;
  attendees: unknown;
}

interface AttendeeRow {
  bucket: string;
  who: string;
  name: string;
  email: string | null;
  meetings: unknown;
}

/** Where a bucket's rows go, and that group's label. */
type Fold = (row: BucketRow) => { key: string; label: string };

function foldOf(groupBy: PatternGrouping): Fold {
  if (groupBy === 'DAY') return (row) => ({ key: row.bucket, label: row.bucket });
  if (groupBy === 'ORGANIZER') return (row) => ({ key: row.bucket, label: row.organizer_name || 'Unknown organizer' });
  if (groupBy === 'TYPE') return (row) => meetingTypeBucket(row.bucket);
  return (row) => ({ key: row.bucket || 'none', label: (row.bucket && row.group_name) || 'No group' });
}

/**
 * Meeting patterns from the store, the same figures as the live report: meetings that started in
 * [from, to), per organizer, group, UTC day or meeting type: count, total and average minutes, attendees per
 * meeting, the five most frequent attendees (attendee records per person, by email, else name).
 * Two queries; names and groups as the sync last saw them.
 */
export async function storedMeetingPatterns(ctx: Context, range: ReportRange, groupBy: PatternGrouping): Promise<Figures[]> {
  const sql = reportSql(ctx.em);
  const key = bucketKey(sql, groupBy);
  const who = 'coalesce(a.attendee_email, lower(a.attendee_name))';
  const fold = foldOf(groupBy);
  const [buckets, attendees] = await Promise.all([
    meetingsIn(sql, range).select(
      sql.knex.raw(`${key} as bucket`),
      sql.knex.raw('max(m.organizer_name) as organizer_name'),
      sql.knex.raw('max(m.group_name) as group_name'),
      sql.knex.raw('count(*) as meetings'),
      sql.knex.raw('sum(coalesce(m.duration_minutes, 0)) as minutes'),
      sql.knex.raw('sum(coalesce(m.attendee_count, 0)) as attendees'),
    ).groupByRaw(key) as Promise<BucketRow[]>,
    meetingsIn(sql, range)
      .join(sql.table(HistoryMeetingAttendeeSchema, 'a'), (on) => on.on('a.vendor', 'm.vendor').andOn('a.meeting_vendor_id', 'm.vendor_id'))
      .select(sql.knex.raw(`${key} as bucket`), sql.knex.raw(`${who} as who`), sql.knex.raw('min(a.attendee_name) as name'), sql.knex.raw('max(a.attendee_email) as email'), sql.knex.raw('count(*) as meetings'))
      .groupByRaw(`${key}, ${who}`) as Promise<AttendeeRow[]>,
  ]);
  const folded = new Map<string, { label: string; meetings: number; minutes: number; attendees: number; counts: Map<string, FrequentAttendee> }>();
  const groupOfBucket = new Map<string, string>();
  for (const row of buckets) {
    const { key: groupKey, label } = fold(row);
    groupOfBucket.set(row.bucket, groupKey);
    const entry = folded.get(groupKey) ?? { label, meetings: 0, minutes: 0, attendees: 0, counts: new Map() };
    entry.meetings += numberOf(row.meetings) ?? 0;
    entry.minutes += numberOf(row.minutes) ?? 0;
    entry.attendees += numberOf(row.attendees) ?? 0;
    folded.set(groupKey, entry);
  }
  for (const row of attendees) {
    const entry = folded.get(groupOfBucket.get(row.bucket) ?? '');
    if (!entry) continue;
    const seen = entry.counts.get(row.who) ?? { name: row.name, email: row.email, meetings: 0 };
    seen.meetings += numberOf(row.meetings) ?? 0;
    entry.counts.set(row.who, seen);
  }
  return [...folded.entries()]
    .map(([key, entry]) => ({
      key,
      label: entry.label,
      meetings: entry.meetings,
      totalMinutes: entry.minutes,
      averageMinutes: rounded(entry.minutes / entry.meetings)!,
      attendeesPerMeeting: rounded(entry.attendees / entry.meetings)!,
      topAttendees: [...entry.counts.values()].sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name)).slice(0, TOP_ATTENDEES),
    }))
    .sort((a, b) => (groupBy === 'DAY' ? a.key.localeCompare(b.key) : b.meetings - a.meetings || a.label.localeCompare(b.label)));
}
