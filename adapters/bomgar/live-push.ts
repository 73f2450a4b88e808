import type { BomgarClient } from '../../clients/bomgar/client.js';
import type { BomgarOutboundEvent } from '../../clients/bomgar/outbound-event.js';
import { toFeedback, toSupportSession } from './mapping.js';
import type { VendorReading } from '../../domain/live.js';
import { liveSession } from '../live-source.js';

/** Events about one session (the appliance's support_conference_* and the exit surveys). */
const SESSION_EVENT = /^(support_conference_|customer_exit_survey_completed$|rep_exit_survey_completed$)/;

/**
 * What an outbound event says about a session: the event carries only its lsid, so the session
 * is read (one `lsids=` report). A customer exit survey adds the rating: from the event when it
 * carries one, else from the survey report. Null for events about no session.
 */
export async function bomgarPushReading(client: BomgarClient, event: BomgarOutboundEvent, signal?: AbortSignal): Promise<VendorReading | null> {
  if (!event.lsid || !SESSION_EVENT.test(event.event)) return null;
  const [record] = await client.supportSessionsByLsid([event.lsid], { signal });
  if (!record) return null;
  const session = liveSession(toSupportSession(record));
  if (event.event === 'customer_exit_survey_completed') {
    if (event.rating !== null) session.feedback = { rating: event.rating, comment: event.comments, resolution: null };
    else if (record.startTime) {
      const window = { from: new Date(record.startTime), to: new Date(Date.parse(record.endTime ?? record.startTime) + 1000) };
      const customer = (await client.exitSurveys('customer', window, { signal })).find((survey) => survey.lsid === record.lsid) ?? null;
      session.feedback = toFeedback({ customer, rep: null });
    }
  }
  return { identities: [], queues: [], sessions: [session] };
}
