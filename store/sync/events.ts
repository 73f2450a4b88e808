import type { VendorFamily } from '../../domain/vendors.js';
import type { SyncResource } from './types.js';

interface About {
  /** The account `--vendor` names (SWITCHBOARD_VENDORS' names; goto covers Meeting, Webinar, Training and Assist). */
  vendor: VendorFamily;
  /** The upstream the resource comes from (gotowebinar, ...). */
  upstream: string;
  resource: SyncResource;
}

/** What a sync run reports as it goes, for progress bars and logs. */
export type SyncEvent =
  | (About & { type: 'start' })
  | (About & { type: 'total'; records: number })
  | (About & { type: 'page'; records: number; written: number; coveredTo: Date | null })
  | (About & { type: 'done'; records: number; written: number })
  | (About & { type: 'failed'; error: Error });
