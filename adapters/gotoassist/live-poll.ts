import type { GoToAssistClient } from '../../clients/goto/assist/client.js';
import type { GoToAssistSession } from '../../clients/goto/assist/types.js';
import { toIdentity, toSupportQueue, toSupportSession } from './mapping.js';
import { liveSession, liveWindow, type LiveSource, type LiveSourceOptions } from '../live-source.js';

/**
 * GoToAssist through its monitors (agents, portal queues) and the session listing of the
 * lookback window, which carries full records: three calls a poll. A session the board had that
 * the window no longer lists is read by id (rare: one that ran longer than the lookback).
 */
export function gotoAssistLiveSource(client: GoToAssistClient, options: LiveSourceOptions): LiveSource {
  return {
    vendor: 'gotoassist',
    async read(previous, signal) {
      const [agents, queues, listed] = await Promise.all([
        client.agents({ signal }),
        client.queues({ signal }),
        client.listSessions(liveWindow(options), { signal }),
      ]);
      const byId = new Map<string, GoToAssistSession>(listed.map((session) => [session.sessionId, session]));
      const missing = (previous?.sessions ?? []).map((session) => session.vendorId).filter((id) => !byId.has(id));
      for (const found of await Promise.all(missing.map((id) => client.getSession(id, { signal })))) if (found) byId.set(found.sessionId, found);
      return {
        identities: agents.map(toIdentity),
        queues: queues.map(toSupportQueue),
        sessions: [...byId.values()].map((session) => liveSession(toSupportSession(session))),
      };
    },
  };
}
