import DataLoader from 'dataloader';
import type { GoToAssistClient } from '../../clients/goto/assist/client.js';
import type { GoToAssistAgent, GoToAssistEvent, GoToAssistQueue, GoToAssistSession } from '../../clients/goto/assist/types.js';
import { recentWindow } from '../support-source.js';
import { memo, memoByKey } from '../loading/memo.js';

/**
 * From this many distinct sessions in one batch, one read of the recent window (whose listing
 * carries full records) replaces one `GET /sessions/{id}` per session. Below it, single reads
 * are cheaper than a listing of every recent session.
 */
export const GOTO_ASSIST_LIST_FROM = 3;

/**
 * Per-request reads of GoToAssist: a window's session list once, the monitors once. Single
 * sessions are batched: GoToAssist has no read by several ids, so a batch of
 * GOTO_ASSIST_LIST_FROM or more is answered from the recent window's listing (one call), and
 * only ids outside it (older sessions, unknown ids) are read one by one. Transcripts cost one
 * call per session (the listing has none).
 */
export interface GoToAssistLoaders {
  window(window: { from: Date; to: Date }): Promise<GoToAssistSession[]>;
  sessions: DataLoader<string, GoToAssistSession | null>;
  events: DataLoader<string, GoToAssistEvent[]>;
  agents(): Promise<GoToAssistAgent[]>;
  queues(): Promise<GoToAssistQueue[]>;
}

export function createGoToAssistLoaders(client: GoToAssistClient, signal?: AbortSignal): GoToAssistLoaders {
  const options = { signal };
  const window = memoByKey((range: { from: Date; to: Date }) => client.listSessions(range, options), (range) => `${range.from.toISOString()}/${range.to.toISOString()}`);
  const recent = recentWindow(new Date(Math.floor(Date.now() / 1000) * 1000));
  return {
    window,
    sessions: new DataLoader(async (ids) => {
      const listed = new Map<string, GoToAssistSession>();
      if (ids.length >= GOTO_ASSIST_LIST_FROM) for (const session of await window(recent)) listed.set(session.sessionId, session);
      return Promise.all(ids.map((id) => listed.get(id) ?? client.getSession(id, options)));
    }),
    events: new DataLoader((ids) => Promise.all(ids.map((id) => client.sessionEvents(id, options)))),
    agents: memo(() => client.agents(options)),
    queues: memo(() => client.queues(options)),
  };
}
