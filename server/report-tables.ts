import { meetingPatternReport } from '../resolvers/meetings/patterns.js';
import { PATTERN_GROUPINGS } from '../resolvers/meetings/pattern.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { DataSource } from '../resolvers/history/source.js';
import { contactTimeline, type TimelineEntry } from '../resolvers/reports/contact-timeline.js';
import { supportStats, SUPPORT_STATS_GROUPINGS, type SupportStatsRow } from '../resolvers/reports/support-stats.js';
import { webinarFunnel } from '../resolvers/reports/webinar-funnel.js';
import { vendorKeyArg } from '../schema/core/ids.js';
import { webinarArg } from '../schema/reports/report.js';
import type { Context } from '../resolvers/context.js';

/** A report as a table: named columns, its rows, and where its data came from. */
export interface ReportTable {
  columns: string[];
  rows: unknown[][];
  source: DataSource;
  syncedAt: Date | null;
  /** For store reports: whether the store held the whole range; null for a report read live. */
  complete: boolean | null;
}

/** One report the CSV route serves: the query parameters it takes and how it becomes a table. */
export interface CsvReport {
  /** Every parameter it accepts; anything else is refused naming it. */
  parameters: readonly string[];
  table(ctx: Context, params: URLSearchParams): Promise<ReportTable>;
}

/** A required or optional parameter's one value, trimmed. */
function param(params: URLSearchParams, name: string, required: true): string;
function param(params: URLSearchParams, name: string, required: false): string | null;
function param(params: URLSearchParams, name: string, required: boolean): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw new InputError([{ field: name, message: 'is given more than once' }]);
  const value = values[0]?.trim() || null;
  if (required && value === null) throw new InputError([{ field: name, message: 'is required' }]);
  return value;
}

/** An ISO-8601 date (`2026-01-01`, UTC midnight) or date-time (`2026-01-01T09:00:00Z`). */
function time(params: URLSearchParams, name: string, required: boolean): Date | null {
  const value = param(params, name, required as false);
  if (value === null) return null;
  const at = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(value) ? Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value) : NaN;
  if (Number.isNaN(at)) throw new InputError([{ field: name, message: 'must be an ISO-8601 date or date-time with a zone, e.g. 2026-01-01 or 2026-01-01T09:00:00Z' }]);
  return new Date(at);
}

function range(params: URLSearchParams): { from: Date; to: Date } {
  const from = time(params, 'from', true)!;
  const to = time(params, 'to', true)!;
  if (to <= from) throw new InputError([{ field: 'to', message: 'must be after from' }]);
  return { from, to };
}

function choice<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T {
  const value = param(params, name, true).toUpperCase();
  if (!(values as readonly string[]).includes(value)) throw new InputError([{ field: name, message: `must be one of ${values.join(', ')}` }]);
  return value as T;
}

const SUPPORT_COLUMNS: [string, (row: SupportStatsRow) => unknown][] = [
  ['key', (r) => r.key],
  ['label', (r) => r.label],
  ['sessions', (r) => r.sessions],
  ['ended_sessions', (r) => r.endedSessions],
  ['average_duration_seconds', (r) => r.averageDurationSeconds],
  ['p90_duration_seconds', (r) => r.p90DurationSeconds],
  ['resolved_sessions', (r) => r.resolvedSessions],
  ['sessions_with_resolution', (r) => r.sessionsWithResolution],
  ['resolution_rate', (r) => r.resolutionRate],
  ['rated_sessions', (r) => r.ratedSessions],
  ['average_rating', (r) => r.averageRating],
  ['sessions_with_ticket', (r) => r.sessionsWithTicket],
  ['distinct_tickets', (r) => r.distinctTickets],
  ['sessions_per_ticket', (r) => r.sessionsPerTicket],
];

const TIMELINE_COLUMNS: [string, (entry: TimelineEntry) => unknown][] = [
  ['at', (e) => e.at],
  ['kind', (e) => e.kind],
  ['vendor', (e) => e.vendor],
  ['vendor_id', (e) => e.vendorId],
  ['title', (e) => e.title],
  ['status', (e) => e.status],
  ['duration_seconds', (e) => e.durationSeconds],
  ['matched_by', (e) => e.matchedBy],
];

const tableOf = <T>(columns: [string, (row: T) => unknown][], rows: T[]) => ({ columns: columns.map(([name]) => name), rows: rows.map((row) => columns.map(([, value]) => value(row))) });

/** The reports served as `/reports/<name>.csv`, by name (the same resolvers as the GraphQL fields). */
export const CSV_REPORTS: Record<string, CsvReport> = {
  'support-stats': {
    parameters: ['from', 'to', 'groupBy'],
    async table(ctx, params) {
      const report = await supportStats(ctx, range(params), choice(params, 'groupBy', SUPPORT_STATS_GROUPINGS));
      return { ...tableOf(SUPPORT_COLUMNS, [...report.rows, report.total]), source: report.source, syncedAt: report.syncedAt, complete: report.complete };
    },
  },
  'meeting-patterns': {
    parameters: ['from', 'to', 'groupBy'],
    async table(ctx, params) {
      const { rows, source, syncedAt } = await meetingPatternReport(ctx, range(params), choice(params, 'groupBy', PATTERN_GROUPINGS));
      const table = tableOf(
        [
          ['key', (r) => r.key],
          ['label', (r) => r.label],
          ['meetings', (r) => r.meetings],
          ['total_minutes', (r) => r.totalMinutes],
          ['average_minutes', (r) => r.averageMinutes],
          ['attendees_per_meeting', (r) => r.attendeesPerMeeting],
          ['top_attendees', (r) => r.topAttendees.map((a) => `${a.name}${a.email ? ` <${a.email}>` : ''} (${a.meetings})`).join('; ')],
        ],
        rows,
      );
      return { ...table, source, syncedAt, complete: source === 'STORE' ? true : null };
    },
  },
  'webinar-funnel': {
    parameters: ['webinar'],
    async table(ctx, params) {
      const webinar = webinarArg(param(params, 'webinar', true), 'webinar');
      const funnel = await webinarFunnel(ctx, webinar);
      if (!funnel) throw new NotFoundError('Webinar', webinar);
      const table = tableOf(
        [
          ['webinar_key', (f) => f.webinarKey],
          ['subject', (f) => f.subject],
          ['starts_at', (f) => f.startsAt],
          ['ends_at', (f) => f.endsAt],
          ['registered', (f) => f.registered],
          ['attended', (f) => f.attended],
          ['attendance_rate', (f) => f.attendanceRate],
          ['attendance_minutes', (f) => f.attendanceMinutes],
          ['average_attendance_minutes', (f) => f.averageAttendanceMinutes],
        ],
        [funnel],
      );
      return { ...table, source: funnel.source, syncedAt: funnel.syncedAt, complete: funnel.complete };
    },
  },
  'contact-timeline': {
    parameters: ['contact', 'from', 'to'],
    async table(ctx, params) {
      const contact = vendorKeyArg(param(params, 'contact', true), 'Contact', 'zendesk', 'contact');
      const window = params.has('from') || params.has('to') ? range(params) : null;
      const timeline = await contactTimeline(ctx, contact, window);
      return { ...tableOf(TIMELINE_COLUMNS, timeline.entries), source: timeline.source, syncedAt: timeline.syncedAt, complete: timeline.complete };
    },
  },
};
