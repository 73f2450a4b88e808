import type { Logger } from 'pino';
import type { LiveEngine } from '../../live/engine.js';
import type { Store } from '../../store/index.js';
import { SUPPORT_SOURCES } from '../../adapters/index.js';
import { indexedSession, writeSessionIndex } from '../../store/session-links.js';

export interface IndexingPushesOptions {
  store: Store;
  logger: Logger;
  /** When a push arrived (our clock). Default the system clock. */
  now?: () => Date;
}

/** What a push asks of the live engine. */
type Pushes = Pick<LiveEngine, 'receive'>;

/**
 * The live engine as the vendor webhooks see it, writing every remote-support session a push names
 * (Bomgar's outbound events, GoToAssist's status callbacks) to the link index before the board
 * takes it: an external key set outside the gateway reaches the index when the vendor pushes the
 * session (it ended, or someone joined), not at the next listing. A failed write is logged; the
 * push itself goes on. Wired by the composition root around what the webhooks push into.
 */
export function indexingPushes(live: Pushes, options: IndexingPushesOptions): Pushes {
  const now = options.now ?? (() => new Date());
  const log = options.logger.child({ component: 'link-index' });
  const supportVendors = new Set<string>(SUPPORT_SOURCES.map((source) => source.vendor));
  return {
    async receive(vendor, push) {
      const sessions = (push.reading?.sessions ?? []).filter((session) => session.vendor === vendor && supportVendors.has(vendor));
      if (sessions.length > 0) {
        try {
          // A push carries no events (Bomgar's are read with the record): the index keeps keys and state, not the record.
          await writeSessionIndex(options.store.fork(), { vendor, sessions: sessions.map((session) => indexedSession(session, false)), observedAt: now(), source: 'push' });
        } catch (error) {
          log.warn({ err: error, vendor }, 'could not write a pushed session to the link index');
        }
      }
      return live.receive(vendor, push);
    },
  };
}
