import type { BomgarClient } from '../../../clients/bomgar/client.js';
import type { BomgarExitSurvey, BomgarSupportSession } from '../../../clients/bomgar/types.js';
import { toFeedback, toSupportSession } from '../../../adapters/bomgar/mapping.js';
import { HistorySessionSurveySchema, type HistoryFields, type HistorySessionSurvey } from '../../entities/index.js';
import { paced } from '../pacing.js';
import { isOpen, supportSessionBatches } from '../support-rows.js';
import { indexedSession } from '../../session-links.js';
import { rowBatch, type ResourceSync } from '../types.js';
import { earliest, windowedSync, windowsByCount } from '../windowed.js';

export interface BomgarSessionSyncOptions {
  /** Sessions per page (one SupportSession report and two exit-survey reports each). Default 500. */
  sessionsPerPage?: number;
  /** How far back a first run reads. Default 400 days. */
  lookbackDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * Bomgar / BeyondTrust RS sessions with their events and exit surveys, by start time. The
 * session listing (one light report for the whole range) splits the range into pages of about
 * `sessionsPerPage` sessions; each page is read with the SupportSession report (events inline)
 * and the customer and rep exit-survey reports of its window.
 */
export function bomgarSessionSync(client: BomgarClient, options: BomgarSessionSyncOptions = {}): ResourceSync {
  const perPage = options.sessionsPerPage ?? 500;
  const sync = windowedSync({
    vendor: 'bomgar',
    resource: 'sessions',
    lookbackMs: (options.lookbackDays ?? 400) * DAY_MS,
    async plan(range, ctx) {
      const listing = await paced(ctx, () => client.sessionListing(range, { signal: ctx.signal }));
      ctx.total(listing.length);
      return windowsByCount(range, listing.flatMap((s) => (s.startTime ? [Date.parse(s.startTime)] : [])), perPage);
    },
    async load(window, ctx) {
      const signal = ctx.signal;
      const [sessions, customer, rep] = await Promise.all([
        paced(ctx, () => client.supportSessions(window, { signal })),
        paced(ctx, () => client.exitSurveys('customer', window, { signal })),
        paced(ctx, () => client.exitSurveys('rep', window, { signal })),
      ]);
      const { batches, sessions: indexed } = sessionRows(sessions, customer, rep);
      const open = indexed.filter((session) => !session.final).map(({ startedAt }) => Date.parse(startedAt ?? window.from.toISOString()));
      return { batches, records: sessions.length, holdAt: earliest(open), sessions: indexed.map(({ entry }) => entry) };
    },
  });
  return {
    ...sync,
    async one(id, ctx) {
      const signal = ctx.signal;
      const [raw] = await paced(ctx, () => client.supportSessionsByLsid([id], { signal }));
      if (!raw) return null;
      // Exit surveys are reported by time: the session's, from its start on.
      const from = raw.startTime ? new Date(Date.parse(raw.startTime)) : null;
      const window = from && { from, to: ctx.now };
      const [customer, rep] = window
        ? await Promise.all([paced(ctx, () => client.exitSurveys('customer', window, { signal })), paced(ctx, () => client.exitSurveys('rep', window, { signal }))])
        : [[], []];
      const { batches, sessions } = sessionRows([raw], customer, rep);
      // The session's key for the link index, with no listing behind it: the watermark stays.
      return { batches, records: 1, index: { vendor: 'bomgar', sessions: sessions.map(({ entry }) => entry), observedAt: ctx.now, source: 'sync' as const } };
    },
  };
}

/** Sessions (events inline) with their exit surveys, as history rows, with each session for the link index. */
function sessionRows(sessions: BomgarSupportSession[], customer: BomgarExitSurvey[], rep: BomgarExitSurvey[]) {
  const surveys = (list: BomgarExitSurvey[]) => new Map(list.map((survey) => [survey.lsid, survey]));
  const [byCustomer, byRep] = [surveys(customer), surveys(rep)];
  const mapped = sessions.map((raw) => {
    const session = toSupportSession(raw);
    const found = { customer: byCustomer.get(raw.lsid) ?? null, rep: byRep.get(raw.lsid) ?? null };
    return { session, events: session.events ?? [], feedback: toFeedback(found), surveys: [found.customer, found.rep] };
  });
  return {
    batches: [
      ...supportSessionBatches(mapped),
      rowBatch(HistorySessionSurveySchema, mapped.flatMap(({ surveys: pair }) => pair.flatMap((survey) => (survey ? surveyRows(survey) : [])))),
    ],
    // The history rows hold the records: the index keeps the keys.
    sessions: mapped.map(({ session }) => ({ final: !isOpen(session), startedAt: session.startedAt, entry: indexedSession(session, false) })),
  };
}

function surveyRows(survey: BomgarExitSurvey): HistoryFields<HistorySessionSurvey>[] {
  return survey.answers.map((answer) => ({
    vendor: 'bomgar',
    vendorId: `${survey.lsid}#${survey.submittedBy}#${answer.name}`,
    sessionVendorId: survey.lsid,
    submittedBy: survey.submittedBy,
    question: answer.name,
    label: answer.label,
    answer: answer.answer,
    submittedAt: survey.submittedAt ? new Date(survey.submittedAt) : null,
  }));
}
