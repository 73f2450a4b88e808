import type { VendorFamily } from '../../domain/vendors.js';
import type { SyncResource } from './types.js';

/** The vendors `--vendor` names (SWITCHBOARD_VENDORS' names; goto covers Meeting, Webinar, Training and Assist). */
/** What `switchboard sync --vendor` names: an account (a vendor family). */
export type SyncVendor = VendorFamily;

interface About {
  vendor: SyncVendor;
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
