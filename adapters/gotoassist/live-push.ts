import type { GoToAssistSession } from '../../clients/goto/assist/types.js';
import { toSupportSession } from './mapping.js';
import type { VendorReading } from '../../domain/live.js';
import { liveSession } from '../live-source.js';

/** A status callback (the customer joined, or the session ended with its rating) as a partial reading. */
export function gotoAssistPushReading(record: GoToAssistSession): VendorReading {
  return { identities: [], queues: [], sessions: [liveSession(toSupportSession(record))] };
}
