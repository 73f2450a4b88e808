import { InputError } from '../../domain/errors.js';
import { computeKpis, dayBefore, DEFAULT_SERVICE_LEVEL_SECONDS, todaySoFar, type KpiContact, type KpiFigures, type KpiWindow } from '../../domain/kpis.js';
import { SUPPORT_VENDORS } from '../../domain/support.js';
import { HistoryCallSchema, HistorySessionEventSchema, HistorySupportSessionSchema } from '../../store/entities/index.js';
import type { Context } from '../context.js';
import { storeCoverage, type HistoryNeed, type StoreCoverage } from '../history/source.js';
import { reportRange } from '../reports/range.js';
import { dateOf, numberOf, reportSql, type ReportSql } from '../reports/sql.js';

/**
 * The wallboard's key figures (`kpis(range)`, `liveBoard.kpis`) from the store: every remote-support
 * session and every Ameyo call that started in the window, turned into the domain's contacts
 * (definitions in domain/kpis.ts and docs/wallboard.md).
 */

export interface Kpis extends KpiFigures, StoreCoverage {
  from: Date;
  to: Date;
  /** Sessions that started in the same window one day earlier ("the same time yesterday"). */
  sessionsDayBefore: number;
  /** Calls that started in the same window one day earlier. */
  callsDayBefore: number;
}

/** The resources the figures read. */
const NEEDS: HistoryNeed[] = [...SUPPORT_VENDORS.map((vendor) => ({ vendor, resource: 'sessions' as const })), { vendor: 'ameyo', resource: 'calls' as const }];

/** The threshold a caller may ask for: a whole number of seconds, 1 to a day. */
function serviceLevelArg(seconds: number | null | undefined, field: string): number {
  if (seconds === null || seconds === undefined) return DEFAULT_SERVICE_LEVEL_SECONDS;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) throw new InputError([{ field, message: 'must be a whole number of seconds from 1 to 86400' }]);
  return seconds;
}

interface SessionRow {
  status: string;
  started_ms: unknown;
  ended_ms: unknown;
  rating: unknown;
  joined_ms: unknown;
}

/** Sessions of the window, each with when an agent first joined it (a PARTICIPANT_JOINED event by an AGENT), if the events tell. */
async function sessionContacts(sql: ReportSql, window: KpiWindow): Promise<KpiContact[]> {
  const joined = sql
    .from(HistorySessionEventSchema, 'e')
    .min(sql.knex.raw(sql.epochMs('e.at')))
    .whereRaw(`e.vendor = s.vendor and e.session_vendor_id = s.vendor_id and e.kind = 'PARTICIPANT_JOINED' and e.by_kind = 'AGENT'`)
    .toQuery();
  const rows: SessionRow[] = await sql
    .from(HistorySupportSessionSchema, 's')
    .select('s.status', 's.rating', sql.knex.raw(`${sql.epochMs('s.started_at')} as started_ms`), sql.knex.raw(`${sql.epochMs('s.ended_at')} as ended_ms`), sql.knex.raw(`(${joined}) as joined_ms`))
    .where('s.started_at', '>=', sql.time(window.from))
    .andWhere('s.started_at', '<', sql.time(window.to));
  return rows.map((row) => {
    const started = dateOf(row.started_ms)!.getTime();
    const ended = dateOf(row.ended_ms)?.getTime() ?? null;
    const joinedAt = dateOf(row.joined_ms)?.getTime() ?? null;
    const answered = row.status === 'ENDED' || (row.status === 'ACTIVE' && joinedAt !== null);
    const waitSeconds = answered && joinedAt !== null ? Math.max(0, (joinedAt - started) / 1000) : null;
    return {
      channel: 'SESSION',
      inbound: true,
      answered,
      abandoned: row.status === 'ABANDONED',
      waitSeconds,
      handleSeconds: answered && ended !== null ? Math.max(0, (ended - started) / 1000 - (waitSeconds ?? 0)) : null,
      rating: numberOf(row.rating),
    };
  });
}

interface CallRow {
  direction: string;
  system_disposition: string | null;
  talk_seconds: unknown;
  hold_seconds: unknown;
  ring_seconds: unknown;
}

/** Ameyo calls of the window: answered when CONNECTED (or talked), abandoned when an inbound call was not; the wait is its ringing time. */
async function callContacts(sql: ReportSql, window: KpiWindow): Promise<KpiContact[]> {
  const rows: CallRow[] = await sql
    .from(HistoryCallSchema, 'c')
    .select('c.direction', 'c.system_disposition', 'c.talk_seconds', 'c.hold_seconds', 'c.ring_seconds')
    .where('c.started_at', '>=', sql.time(window.from))
    .andWhere('c.started_at', '<', sql.time(window.to));
  return rows.map((row) => {
    const talk = numberOf(row.talk_seconds);
    const answered = row.system_disposition === 'CONNECTED' || (talk ?? 0) > 0;
    const inbound = row.direction === 'inbound';
    return {
      channel: 'CALL',
      inbound,
      answered,
      abandoned: inbound && !answered,
      waitSeconds: answered ? numberOf(row.ring_seconds) : null,
      handleSeconds: answered && talk !== null ? talk + (numberOf(row.hold_seconds) ?? 0) : null,
      rating: null,
    };
  });
}

async function contactsIn(sql: ReportSql, window: KpiWindow): Promise<KpiContact[]> {
  const [sessions, calls] = await Promise.all([sessionContacts(sql, window), callContacts(sql, window)]);
  return [...sessions, ...calls];
}

/** The key figures of `[from, to)`, with sessions and calls of the same window a day earlier. */
export async function kpis(ctx: Context, window: KpiWindow, serviceLevelSeconds?: number | null, field = 'serviceLevelSeconds'): Promise<Kpis> {
  const threshold = serviceLevelArg(serviceLevelSeconds, field);
  reportRange(window);
  const sql = reportSql(ctx.em);
  const before = dayBefore(window);
  const [now, earlier, coverage] = await Promise.all([contactsIn(sql, window), contactsIn(sql, before), storeCoverage(ctx, NEEDS, { from: before.from, to: window.to })]);
  const previous = computeKpis(earlier, threshold);
  return { ...computeKpis(now, threshold), ...coverage, from: window.from, to: window.to, sessionsDayBefore: previous.sessions, callsDayBefore: previous.calls };
}

/** `liveBoard.kpis`: today so far (from UTC midnight to the request's now). */
export function kpisToday(ctx: Context, serviceLevelSeconds?: number | null): Promise<Kpis> {
  return kpis(ctx, todaySoFar(ctx.cache.now), serviceLevelSeconds);
}
