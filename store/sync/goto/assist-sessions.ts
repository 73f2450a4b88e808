import type { GoToAssistClient } from '../../../clients/goto/assist/client.js';
import type { GoToAssistSession } from '../../../clients/goto/assist/types.js';
import { toSessionEvent, toSupportSession } from '../../../adapters/gotoassist/mapping.js';
import { mapLimited, paced } from '../pacing.js';
import { isOpen, supportSessionBatches } from '../support-rows.js';
import { indexedSession } from '../../session-links.js';
import type { ResourceRunContext, ResourceSync } from '../types.js';
import { earliest, windowedSync, windowsByCount } from '../windowed.js';

export interface GoToAssistSessionSyncOptions {
  /** Sessions per page; each needs its own events call. Default 100. */
  sessionsPerPage?: number;
  /** Events calls in flight at once. Default 4. */
  concurrency?: number;
  /** How far back a first run reads. Default 400 days. */
  lookbackDays?: number;
}

const DAY_MS = 86_400_000;

/** When a GoToAssist session began, for paging by time: its start, else when the record was listed for. */
function startOf(session: GoToAssistSession): number | null {
  const at = session.startedAt ?? session.customerJoinedAt;
  return at ? Date.parse(at) : null;
}

/**
 * GoToAssist sessions with their events. One listing call covers the range (the API lists
 * sessions by time, whole records); GoToAssist has no bulk events call, so each session's events
 * are one call, a few at a time.
 */
export function gotoAssistSessionSync(client: GoToAssistClient, options: GoToAssistSessionSyncOptions = {}): ResourceSync {
  const perPage = options.sessionsPerPage ?? 100;
  const concurrency = options.concurrency ?? 4;
  // The listing of the current run, read by `plan` and paged by `load` (runs never overlap).
  let listed: GoToAssistSession[] = [];
  const withEvents = async (raw: GoToAssistSession, ctx: Pick<ResourceRunContext, 'signal' | 'pause'>) => {
    const events = await paced(ctx, () => client.sessionEvents(raw.sessionId, { signal: ctx.signal }));
    const session = toSupportSession(raw);
    return { session, events: events.map(toSessionEvent), feedback: session.feedback ?? null };
  };
  const sync = windowedSync({
    vendor: 'gotoassist',
    resource: 'sessions',
    lookbackMs: (options.lookbackDays ?? 400) * DAY_MS,
    async plan(range, ctx) {
      listed = await paced(ctx, () => client.listSessions(range, { signal: ctx.signal }));
      ctx.total(listed.length);
      return windowsByCount(range, listed.flatMap((session) => startOf(session) ?? []), perPage);
    },
    async load(window, ctx) {
      const inWindow = listed.filter((session) => {
        const start = startOf(session);
        return start !== null && start >= window.from.getTime() && start < window.to.getTime();
      });
      const mapped = await mapLimited(inWindow, concurrency, (raw) => withEvents(raw, ctx));
      const open = mapped.filter(({ session }) => isOpen(session)).map(({ session }) => Date.parse(session.startedAt ?? window.from.toISOString()));
      // The history rows hold the records: the index keeps the keys.
      return { batches: supportSessionBatches(mapped), records: mapped.length, holdAt: earliest(open), sessions: mapped.map(({ session }) => indexedSession(session, false)) };
    },
  });
  return {
    ...sync,
    async one(id, ctx) {
      const raw = await paced(ctx, () => client.getSession(id, { signal: ctx.signal }));
      if (!raw) return null;
      const mapped = await withEvents(raw, ctx);
      // The session's key for the link index, with no listing behind it: the watermark stays.
      const index = { vendor: 'gotoassist', sessions: [indexedSession(mapped.session, false)], observedAt: ctx.now, source: 'sync' as const };
      return { batches: supportSessionBatches([mapped]), records: 1, index };
    },
  };
}
