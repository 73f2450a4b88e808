import type { VendorReply } from '../core/reply.js';
import { apiDocument, apiError, type ApiContext } from './api-context.js';
import type { BomgarSession } from './model.js';
import { readWindow } from './report-window.js';
import { exitSurveyElement, sessionElement, sessionSummaryElement } from './report-xml.js';
import { el, text } from './xml.js';

/** Sessions a report covers: `lsid`/`lsids`, or the time window (sessions that started in it). */
function selectSessions(ctx: ApiContext): { sessions: BomgarSession[] } | { reply: VendorReply } {
  const single = ctx.params.get('lsid');
  const many = ctx.params.get('lsids');
  if (single !== null || many !== null) {
    const wanted = [...(single ? [single] : []), ...(many ? many.split(',') : [])].map((lsid) => lsid.trim()).filter(Boolean);
    return { sessions: wanted.flatMap((lsid) => ctx.state.session(lsid) ?? []) };
  }
  const window = readWindow(ctx.params, ctx.clock);
  if ('error' in window) return { reply: apiError(ctx, 'reporting', window.error) };
  return { sessions: ctx.state.sessionsStartedBetween(window.from, window.to) };
}

type Report = (ctx: ApiContext, sessions: BomgarSession[]) => VendorReply;

const REPORTS: Record<string, Report> = {
  SupportSession: (ctx, sessions) =>
    apiDocument(ctx, 'reporting', el('session_list', {}, ...sessions.map((session) => sessionElement(ctx.state, session, ctx.siteUrl)))),
  SupportSessionListing: (ctx, sessions) =>
    apiDocument(ctx, 'reporting', el('session_summary_list', {}, ...sessions.map((session) => sessionSummaryElement(ctx.state, session)))),
  SupportCustExitSurvey: (ctx, sessions) =>
    apiDocument(ctx, 'reporting', el('exit_survey_list', {}, ...sessions.map((session) => exitSurveyElement(ctx.state, session, 'cust')))),
  SupportRepExitSurvey: (ctx, sessions) =>
    apiDocument(ctx, 'reporting', el('exit_survey_list', {}, ...sessions.map((session) => exitSurveyElement(ctx.state, session, 'rep')))),
  SupportTeam: supportTeamReport,
};

/** `/api/reporting?generate_report=...` (GET, or POST as a form). */
export function handleReporting(ctx: ApiContext): VendorReply {
  const name = ctx.params.get('generate_report');
  if (!name) return apiError(ctx, 'reporting', 'Missing required parameter: generate_report');
  const report = REPORTS[name];
  if (!report) return apiError(ctx, 'reporting', `Invalid report type: ${name}`);
  const selected = selectSessions(ctx);
  return 'reply' in selected ? selected.reply : report(ctx, selected.sessions);
}

/**
 * SupportTeam (modeled inner shape): per team, its members and the sessions of the window its
 * queue received, as `<team_activity>` events.
 */
function supportTeamReport(ctx: ApiContext, sessions: BomgarSession[]): VendorReply {
  const teams = ctx.state.teams.map((team) => {
    const received = sessions.filter((session) => session.queue.kind === 'team' && session.queue.id === team.id);
    return el(
      'support_team',
      { id: team.id },
      text('name', team.name),
      el('members', {}, ...ctx.state.reps.filter((rep) => rep.teamIds.includes(team.id)).map((rep) => text('representative', rep.displayName, { id: rep.id }))),
      el(
        'team_activity',
        {},
        ...received.map((session) =>
          el('event', { timestamp: Math.floor(session.startTime / 1000), event_type: 'Session Queued' }, text('lsid', session.lsid), text('customer', session.customer.name)),
        ),
      ),
    );
  });
  return apiDocument(ctx, 'reporting', el('support_team_list', {}, ...teams));
}
