import type { GoToAssistSession } from '../../../clients/goto/assist/types.js';
import { toSupportSession } from '../../../resolvers/support-goto-assist-mapping.js';
import type { VendorReading } from '../../model.js';
import { liveSession } from '../source.js';

/** A status callback (the customer joined, or the session ended with its rating) as a partial reading. */
export function gotoAssistPushReading(record: GoToAssistSession): VendorReading {
  return { identities: [], queues: [], sessions: [liveSession(toSupportSession(record))] };
}
