import type { Context } from '../context.js';
import { HistorySupportSessionSchema, VendorLinkSchema } from '../../store/entities/index.js';
import { TICKET_SESSION } from '../support/links.js';
import { SUPPORT_VENDORS, type SupportVendor } from '../../domain/support.js';
import { vendorName } from '../../domain/vendors.js';
import { teamsById } from '../support/teams.js';
import { storeCoverage, type StoreCoverage } from '../history/source.js';
import { reportRange, type ReportRange } from './range.js';
import { numberOf, ratio, rounded, reportSql, type ReportSql } from './sql.js';

export const SUPPORT_STATS_GROUPINGS = ['AGENT', 'TEAM', 'VENDOR', 'DAY'] as const;
export type SupportStatsGrouping = (typeof SUPPORT_STATS_GROUPINGS)[number];

/** Remote-support figures of one agent, team, vendor or day (or of them all). */
export interface SupportStatsRow {
  /** Agent: their email (or `vendor:agentId` without one); team: `vendor:teamId`; vendor; day `YYYY-MM-DD` (UTC); `all` for the total. */
  key: string;
  label: string;
  /** Sessions that started in the range, whatever their state. */
  sessions: number;
  /** Of those, the ENDED ones with a start and an end: the ones durations are measured on. */
  endedSessions: number;
  averageDurationSeconds: number | null;
  /** Nearest-rank 90th percentile of the durations. */
  p90DurationSeconds: number | null;
  resolvedSessions: number;
  /** Sessions whose resolution is known (RESOLVED or UNRESOLVED). */
  sessionsWithResolution: number;
  /** resolved / sessions with a known resolution. */
  resolutionRate: number | null;
  ratedSessions: number;
  averageRating: number | null;
  sessionsWithTicket: number;
  distinctTickets: number;
  /** Sessions with a ticket / distinct tickets. */
  sessionsPerTicket: number | null;
}

export interface SupportStats extends StoreCoverage {
  source: 'STORE';
  rows: SupportStatsRow[];
  total: SupportStatsRow;
}

/** The resources the report reads: every remote-support vendor's sessions. */
const NEEDS = SUPPORT_VENDORS.map((vendor) => ({ vendor, resource: 'sessions' as const }));

/** The SQL of a session's group key, per grouping (`s` is the sessions table). */
function groupKey(sql: ReportSql, groupBy: SupportStatsGrouping | 'ALL'): string {
  switch (groupBy) {
    case 'AGENT':
      return `coalesce(s.agent_email, s.vendor || ':' || s.agent_id, '')`;
    case 'TEAM':
      return `coalesce(s.vendor || ':' || s.team_id, '')`;
    case 'VENDOR':
      return 's.vendor';
    case 'DAY':
      return sql.utcDay('s.started_at');
    case 'ALL':
      return `'all'`;
  }
}

/** Sessions of the range, with the columns every figure needs. */
function sessionsIn(sql: ReportSql, range: ReportRange) {
  return sql
    .from(HistorySupportSessionSchema, 's')
    .where('s.started_at', '>=', sql.time(range.from))
    .andWhere('s.started_at', '<', sql.time(range.to));
}

const ENDED = `s.status = 'ENDED' and s.started_at is not null and s.ended_at is not null`;

/**
 * The ticket a session was opened for: the key the vendor keeps on it (Bomgar external key,
 * GoToAssist partnerObject), else the gateway's own ticket–session link.
 */
function ticketOf(sql: ReportSql): string {
  const links = sql
    .from(VendorLinkSchema, 'l')
    .min('l.from_id')
    .where('l.relation', TICKET_SESSION)
    .andWhere('l.to_type', 'SupportSession')
    .andWhereRaw('l.to_vendor = s.vendor and l.to_id = s.vendor_id')
    .toQuery();
  return `coalesce(nullif(trim(s.external_key), ''), (${links}))`;
}

interface Aggregate {
  grp: string;
  agent_name: string | null;
  team_id: string | null;
  vendor: string;
  sessions: unknown;
  ended: unknown;
  avg_duration: unknown;
  resolved: unknown;
  with_resolution: unknown;
  avg_rating: unknown;
  rated: unknown;
  with_ticket: unknown;
  tickets: unknown;
}

async function aggregates(sql: ReportSql, range: ReportRange, groupBy: SupportStatsGrouping | 'ALL'): Promise<Aggregate[]> {
  const key = groupKey(sql, groupBy);
  const duration = sql.secondsBetween('s.started_at', 's.ended_at');
  const ticket = ticketOf(sql);
  return sessionsIn(sql, range)
    .select(
      sql.knex.raw(`${key} as grp`),
      sql.knex.raw('max(s.agent_name) as agent_name'),
      sql.knex.raw('max(s.team_id) as team_id'),
      sql.knex.raw('max(s.vendor) as vendor'),
      sql.knex.raw('count(*) as sessions'),
      sql.knex.raw(`sum(case when ${ENDED} then 1 else 0 end) as ended`),
      sql.knex.raw(`avg(case when ${ENDED} then ${duration} end) as avg_duration`),
      sql.knex.raw(`sum(case when s.resolution = 'RESOLVED' then 1 else 0 end) as resolved`),
      sql.knex.raw(`sum(case when s.resolution in ('RESOLVED', 'UNRESOLVED') then 1 else 0 end) as with_resolution`),
      sql.knex.raw('avg(s.rating) as avg_rating'),
      sql.knex.raw('count(s.rating) as rated'),
      sql.knex.raw(`count(${ticket}) as with_ticket`),
      sql.knex.raw(`count(distinct ${ticket}) as tickets`),
    )
    .modify((query) => {
      // The total is one aggregate over every row (PostgreSQL refuses a constant GROUP BY).
      if (groupBy !== 'ALL') query.groupByRaw(key);
    });
}

/** Nearest-rank p90 per group: the smallest duration whose position r (ascending, 1-based) has r ≥ 0.9·n. */
async function p90s(sql: ReportSql, range: ReportRange, groupBy: SupportStatsGrouping | 'ALL'): Promise<Map<string, number | null>> {
  const key = groupKey(sql, groupBy);
  const duration = sql.secondsBetween('s.started_at', 's.ended_at');
  const partition = groupBy === 'ALL' ? '' : `partition by ${key}`;
  const ranked = sessionsIn(sql, range)
    .select(
      sql.knex.raw(`${key} as grp`),
      sql.knex.raw(`${duration} as duration`),
      sql.knex.raw(`row_number() over (${partition} order by ${duration}) as pos`),
      sql.knex.raw(`count(*) over (${partition}) as n`),
    )
    .andWhereRaw(ENDED)
    .as('d');
  // pos ≥ ceil(0.9 n)  ⇔  10·pos ≥ 9·n, in integers on both dialects.
  const rows: { grp: string; p90: unknown }[] = await sql.knex.select('d.grp', sql.knex.raw('min(d.duration) as p90')).from(ranked).whereRaw('d.pos * 10 >= d.n * 9').groupBy('d.grp');
  return new Map(rows.map((row) => [row.grp, numberOf(row.p90)]));
}

function toRow(aggregate: Aggregate, p90: number | null, label: string): SupportStatsRow {
  const count = (value: unknown) => numberOf(value) ?? 0;
  const resolved = count(aggregate.resolved);
  const withResolution = count(aggregate.with_resolution);
  const withTicket = count(aggregate.with_ticket);
  const tickets = count(aggregate.tickets);
  return {
    key: aggregate.grp,
    label,
    sessions: count(aggregate.sessions),
    endedSessions: count(aggregate.ended),
    averageDurationSeconds: rounded(numberOf(aggregate.avg_duration)),
    p90DurationSeconds: rounded(p90),
    resolvedSessions: resolved,
    sessionsWithResolution: withResolution,
    resolutionRate: rounded(ratio(resolved, withResolution), 4),
    ratedSessions: count(aggregate.rated),
    averageRating: rounded(numberOf(aggregate.avg_rating)),
    sessionsWithTicket: withTicket,
    distinctTickets: tickets,
    sessionsPerTicket: rounded(ratio(withTicket, tickets)),
  };
}

const emptyTotal = (): SupportStatsRow => toRow({ grp: 'all', agent_name: null, team_id: null, vendor: '', sessions: 0, ended: 0, avg_duration: null, resolved: 0, with_resolution: 0, avg_rating: null, rated: 0, with_ticket: 0, tickets: 0 }, null, 'All sessions');

/** Team names from the vendors, for labels only: a vendor that cannot answer leaves its teams labelled by id. */
async function teamNames(ctx: Context, aggregates: Aggregate[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    SUPPORT_VENDORS.map(async (vendor: SupportVendor) => {
      const ids = aggregates.filter((a) => a.vendor === vendor && a.team_id).map((a) => a.team_id!);
      if (ids.length === 0) return;
      const teams = await teamsById(ctx, vendor, ids).catch(() => []);
      for (const team of teams) if (team) names.set(`${vendor}:${team.vendorId}`, team.name);
    }),
  );
  return names;
}

async function labeller(ctx: Context, groupBy: SupportStatsGrouping, aggregates: Aggregate[]): Promise<(a: Aggregate) => string> {
  switch (groupBy) {
    case 'AGENT':
      return (a) => (a.grp === '' ? 'No agent' : (a.agent_name ?? a.grp));
    case 'TEAM': {
      const names = await teamNames(ctx, aggregates);
      return (a) => (a.grp === '' ? 'No team' : (names.get(a.grp) ?? a.grp));
    }
    case 'VENDOR':
      return (a) => vendorName(a.grp);
    case 'DAY':
      return (a) => a.grp;
  }
}

/**
 * Remote-support figures from the store for sessions that started in [from, to), per agent
 * (one person across vendors, by email), team, vendor or UTC day, and in total. Four queries
 * whatever the number of sessions; only TEAM labels ask the vendors (for team names).
 */
export async function supportStats(ctx: Context, range: ReportRange, groupBy: SupportStatsGrouping): Promise<SupportStats> {
  reportRange(range);
  const sql = reportSql(ctx.em);
  const [grouped, groupedP90, [total], totalP90, coverage] = await Promise.all([
    aggregates(sql, range, groupBy),
    p90s(sql, range, groupBy),
    aggregates(sql, range, 'ALL'),
    p90s(sql, range, 'ALL'),
    storeCoverage(ctx, NEEDS, range),
  ]);
  const label = await labeller(ctx, groupBy, grouped);
  const rows = grouped
    .map((a) => toRow(a, groupedP90.get(a.grp) ?? null, label(a)))
    .sort((a, b) => (groupBy === 'DAY' ? a.key.localeCompare(b.key) : b.sessions - a.sessions || a.label.localeCompare(b.label)));
  return {
    source: 'STORE',
    ...coverage,
    rows,
    total: total ? toRow(total, totalP90.get('all') ?? null, 'All sessions') : emptyTotal(),
  };
}
