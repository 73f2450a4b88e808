import type { BomgarClient } from '../../clients/bomgar/client.js';
import { repIdentities, toGeneralQueue, toSupportQueue, toSupportSession } from './mapping.js';
import { liveSession, liveWindow, type LiveSource, type LiveSourceOptions } from '../live-source.js';

/**
 * Bomgar through the Command API (logged-in reps; teams with their queues and the general
 * queue) and the Reporting API (the window's session listing, then the full records of the
 * sessions still running and of those the board had, in one `lsids=` report): four calls a poll.
 */
export function bomgarLiveSource(client: BomgarClient, options: LiveSourceOptions): LiveSource {
  return {
    vendor: 'bomgar',
    async read(previous, signal) {
      const [logged, { teams, generalQueue }, listing] = await Promise.all([
        client.loggedInReps({ signal }),
        client.supportTeamsAndQueue({ signal }),
        client.sessionListing(liveWindow(options), { signal }),
      ]);
      const running = listing.filter((summary) => summary.endTime === null).map((summary) => summary.lsid);
      const lsids = [...new Set([...running, ...(previous?.sessions ?? []).map((session) => session.vendorId)])];
      const sessions = lsids.length > 0 ? await client.supportSessionsByLsid(lsids, { signal }) : [];
      return {
        identities: repIdentities(teams, logged),
        queues: [...teams.map(toSupportQueue), ...(generalQueue ? [toGeneralQueue(generalQueue, teams)] : [])],
        sessions: sessions.map((session) => liveSession(toSupportSession(session))),
      };
    },
  };
}
