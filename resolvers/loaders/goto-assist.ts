import DataLoader from 'dataloader';
import type { GoToAssistClient } from '../../clients/goto/assist/client.js';
import type { GoToAssistAgent, GoToAssistEvent, GoToAssistQueue, GoToAssistSession } from '../../clients/goto/assist/types.js';
import { memo, memoByKey } from './memo.js';

/**
 * Per-request reads of GoToAssist: a window's session list once, the monitors once; single
 * sessions and transcripts are deduplicated (the API has no batch read, so each distinct id is
 * one call: callers should prefer the window list, which carries full records).
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
  return {
    window: memoByKey((window: { from: Date; to: Date }) => client.listSessions(window, options), (window) => `${window.from.toISOString()}/${window.to.toISOString()}`),
    sessions: new DataLoader((ids) => Promise.all(ids.map((id) => client.getSession(id, options)))),
    events: new DataLoader((ids) => Promise.all(ids.map((id) => client.sessionEvents(id, options)))),
    agents: memo(() => client.agents(options)),
    queues: memo(() => client.queues(options)),
  };
}
