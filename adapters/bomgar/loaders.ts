import DataLoader from 'dataloader';
import type { BomgarClient } from '../../clients/bomgar/client.js';
import type { BomgarExitSurvey, BomgarLoggedInRep, BomgarQueueStatus, BomgarSessionSummary, BomgarSupportSession, BomgarSupportTeam, BomgarWindow } from '../../clients/bomgar/types.js';
import { memo, memoByKey } from '../loading/memo.js';

/** A session's exit surveys (customer and rep), keyed by lsid. */
export interface BomgarSurveys {
  customer: BomgarExitSurvey | null;
  rep: BomgarExitSurvey | null;
}

/**
 * Per-request batching for Bomgar: every session asked for in one tick is one `lsids=` report;
 * rosters, teams and report windows are read once per request.
 */
export interface BomgarLoaders {
  sessions: DataLoader<string, BomgarSupportSession | null>;
  /** Keyed `lsid|startIso|endIso`: one batch is one survey report pair over the batch's time span. */
  surveys: DataLoader<string, BomgarSurveys>;
  listing(window: BomgarWindow): Promise<BomgarSessionSummary[]>;
  loggedInReps(): Promise<BomgarLoggedInRep[]>;
  supportTeams(): Promise<BomgarSupportTeam[]>;
  /** From the same get_support_teams call as supportTeams. */
  generalQueue(): Promise<BomgarQueueStatus | null>;
}

/** The appliance's report request takes a list of lsids; keep one request to a sane URL length. */
const LSIDS_PER_REPORT = 100;

export function surveyKey(session: { lsid: string; startTime: string | null; endTime: string | null }): string {
  return `${session.lsid}|${session.startTime ?? ''}|${session.endTime ?? ''}`;
}

export function createBomgarLoaders(client: BomgarClient, signal?: AbortSignal): BomgarLoaders {
  const options = { signal };
  const teamsAndQueue = memo(() => client.supportTeamsAndQueue(options));
  return {
    sessions: new DataLoader(
      async (lsids) => {
        const found = new Map((await client.supportSessionsByLsid([...lsids], options)).map((session) => [session.lsid, session]));
        return lsids.map((lsid) => found.get(lsid) ?? null);
      },
      { maxBatchSize: LSIDS_PER_REPORT },
    ),
    surveys: new DataLoader(async (keys) => {
      const parsed = keys.map((key) => key.split('|'));
      const times = parsed.flatMap(([, start, end]) => [start, end]).filter((time): time is string => Boolean(time)).map((time) => Date.parse(time));
      if (times.length === 0) return keys.map(() => ({ customer: null, rep: null }));
      // Surveys are filed under the session's start; read the span of the batch's sessions.
      const window = { from: new Date(Math.min(...times)), to: new Date(Math.max(...times) + 1000) };
      const [customer, rep] = await Promise.all([client.exitSurveys('customer', window, options), client.exitSurveys('rep', window, options)]);
      const byLsid = (list: BomgarExitSurvey[]) => new Map(list.map((survey) => [survey.lsid, survey]));
      const [c, r] = [byLsid(customer), byLsid(rep)];
      return parsed.map(([lsid]) => ({ customer: c.get(lsid!) ?? null, rep: r.get(lsid!) ?? null }));
    }),
    listing: memoByKey((window: BomgarWindow) => client.sessionListing(window, options), (window) => `${window.from.toISOString()}/${window.to.toISOString()}`),
    loggedInReps: memo(() => client.loggedInReps(options)),
    supportTeams: async () => (await teamsAndQueue()).teams,
    generalQueue: async () => (await teamsAndQueue()).generalQueue,
  };
}
