import { InputError } from '../../domain/errors.js';
import type { StoreCoverage } from '../../resolvers/history/source.js';
import { supportStats, SUPPORT_STATS_GROUPINGS, type SupportStats, type SupportStatsRow } from '../../resolvers/reports/support-stats.js';
import { webinarFunnel, type WebinarFunnel } from '../../resolvers/reports/webinar-funnel.js';
import { webinarById } from '../../resolvers/webinars/webinars.js';
import { MANAGER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { sourceFields } from '../core/history-source.js';
import { eventKeyArg } from '../webinars/registrant.js';
import { DateRangeInput } from '../core/time-range.js';
import { WebinarRef } from '../webinars/webinar.js';

type FieldBuilder = Parameters<typeof sourceFields>[0];

/** What every store report says about its data: STORE, how old, and whether the store held the whole range. */
export function reportCoverageFields(t: FieldBuilder) {
  return {
    ...sourceFields(t),
    complete: t.boolean({
      nullable: false,
      description: 'True when the store held every record of the range for every vendor the report reads; false when a sync has not reached (part of) it yet, so figures may be short.',
      resolve: (report) => (report as StoreCoverage).complete,
    }),
  };
}

const SupportStatsGroupingEnum = builder.enumType('SupportStatsGrouping', {
  values: SUPPORT_STATS_GROUPINGS,
  description: 'AGENT: one person across vendors (by email). TEAM: a vendor team. VENDOR: Bomgar or GoToAssist. DAY: the UTC day the session started.',
});

const SupportStatsRowRef = builder.objectRef<SupportStatsRow>('SupportStatsRow').implement({
  description: 'Remote-support figures of one agent, team, vendor or day, or of all sessions.',
  authScopes: MANAGER,
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'The agent\'s email (or `vendor:agentId`), `vendor:teamId`, the vendor, the day (YYYY-MM-DD, UTC), or `all`; empty for sessions without an agent or team.' }),
    label: t.exposeString('label', { nullable: false }),
    sessions: t.exposeInt('sessions', { nullable: false, description: 'Sessions that started in the range, in any state.' }),
    endedSessions: t.exposeInt('endedSessions', { nullable: false, description: 'ENDED sessions with a start and an end: those durations are measured on.' }),
    averageDurationSeconds: t.exposeFloat('averageDurationSeconds', { description: 'Mean of end − start over the ended sessions (2 decimals); null when none ended.' }),
    p90DurationSeconds: t.exposeFloat('p90DurationSeconds', { description: 'Nearest-rank 90th percentile of end − start over the ended sessions: the duration at position ⌈0.9·n⌉ in ascending order.' }),
    resolvedSessions: t.exposeInt('resolvedSessions', { nullable: false }),
    sessionsWithResolution: t.exposeInt('sessionsWithResolution', { nullable: false, description: 'Sessions whose resolution is known (RESOLVED or UNRESOLVED).' }),
    resolutionRate: t.exposeFloat('resolutionRate', { description: 'RESOLVED / sessions with a known resolution (0 to 1, 4 decimals); null when none is known.' }),
    ratedSessions: t.exposeInt('ratedSessions', { nullable: false }),
    averageRating: t.exposeFloat('averageRating', { description: 'Mean customer rating (1 to 5) over the rated sessions; null when none was rated.' }),
    sessionsWithTicket: t.exposeInt('sessionsWithTicket', { nullable: false, description: "Sessions with a ticket: the vendor's external key (Bomgar) or partner object (GoToAssist), else the gateway's own ticket link." }),
    distinctTickets: t.exposeInt('distinctTickets', { nullable: false }),
    sessionsPerTicket: t.exposeFloat('sessionsPerTicket', { description: 'Sessions with a ticket / distinct tickets; null when no session has one.' }),
  }),
});

const SupportStatsRef = builder.objectRef<SupportStats>('SupportStats').implement({
  description: 'Remote-support figures from the store over a range, grouped, with the total.',
  authScopes: MANAGER,
  fields: (t) => ({
    rows: t.field({ type: [SupportStatsRowRef], nullable: false, description: 'Days oldest first; otherwise most sessions first.', resolve: (r) => r.rows }),
    total: t.field({ type: SupportStatsRowRef, nullable: false, description: 'All sessions of the range (key `all`).', resolve: (r) => r.total }),
    ...reportCoverageFields(t),
  }),
});

const WebinarFunnelRef = builder.objectRef<WebinarFunnel>('WebinarFunnel').implement({
  description: 'One webinar from registration to attendance: from the store, or from GoToWebinar (source LIVE) when the store does not hold it yet.',
  authScopes: MANAGER,
  fields: (t) => ({
    webinar: t.field({ type: WebinarRef, description: 'The webinar as GoToWebinar has it now (read from GoTo when asked for).', resolve: (f, _args, ctx) => webinarById(ctx, f.webinarVendorId) }),
    webinarKey: t.exposeString('webinarKey', { nullable: false }),
    subject: t.exposeString('subject', { nullable: false }),
    startsAt: t.field({ type: 'DateTime', resolve: (f) => f.startsAt }),
    endsAt: t.field({ type: 'DateTime', resolve: (f) => f.endsAt }),
    registered: t.exposeInt('registered', { nullable: false, description: 'Registrants GoToWebinar lists, whatever their status (approved, waiting, denied).' }),
    attended: t.exposeInt('attended', { nullable: false, description: 'People who attended any of its sessions (someone attending without a listed registration counts too).' }),
    attendanceRate: t.exposeFloat('attendanceRate', { description: 'attended / registered (4 decimals); null with no registrants.' }),
    attendanceMinutes: t.exposeFloat('attendanceMinutes', { nullable: false, description: 'Minutes attended, every attendee and session together (2 decimals).' }),
    averageAttendanceMinutes: t.exposeFloat('averageAttendanceMinutes', { description: 'attendanceMinutes / attended; null when nobody attended.' }),
    ...reportCoverageFields(t),
  }),
});

builder.queryFields((t) => ({
  supportStats: t.field({
    type: SupportStatsRef,
    authScopes: MANAGER,
    description:
      'Remote-support figures from the store for sessions that started in [from, to), per agent, team, vendor or UTC day: sessions, average and p90 duration, resolution rate, average rating, sessions per ticket. Also as CSV: GET /reports/support-stats.csv?from=&to=&groupBy=.',
    args: { range: t.arg({ type: DateRangeInput, required: true }), groupBy: t.arg({ type: SupportStatsGroupingEnum, required: true }) },
    resolve: (_root, { range, groupBy }, ctx) => supportStats(ctx, range, groupBy),
  }),
  webinarFunnel: t.field({
    type: WebinarFunnelRef,
    authScopes: MANAGER,
    description: 'A webinar: registered, attended, minutes attended. From the store; a webinar it does not hold yet (one scheduled since the last sync) is read from GoToWebinar (source LIVE). Null when GoTo has no such webinar either. Also as CSV: GET /reports/webinar-funnel.csv?webinar=.',
    args: { webinar: t.arg.id({ required: true, description: 'A Webinar id (or organizerKey.webinarKey).' }) },
    resolve: (_root, { webinar }, ctx) => webinarFunnel(ctx, webinarArg(String(webinar), 'webinar')),
  }),
}));

/** A Webinar id as `organizerKey.webinarKey`; `field` names the argument (or CSV parameter) in the error. */
export function webinarArg(value: string, field: string): string {
  if (!value.trim()) throw new InputError([{ field, message: 'is required' }]);
  return eventKeyArg(value, 'Webinar', field);
}
