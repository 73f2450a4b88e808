import type { FaultSpec } from '../faults.js';
import type { LiveVendorName } from './live-vendor.js';

/**
 * The fault that takes one live vendor down: the simulator mount and, for the GoTo products that
 * share one mount, the product's path. The OAuth token endpoint stays up (GoTo's is shared).
 */
const OUTAGE_SCOPE: Record<LiveVendorName, Pick<FaultSpec, 'vendor' | 'path'>> = {
  gotoassist: { vendor: 'goto', path: '/G2A/*' },
  gotowebinar: { vendor: 'goto', path: '/G2W/*' },
  bomgar: { vendor: 'bomgar' },
  ameyo: { vendor: 'ameyo' },
};

/** A vendor that "stops answering": every call in its scope gets `status` (default 503). */
export function outageFault(vendor: LiveVendorName, status = 503): FaultSpec {
  return { ...OUTAGE_SCOPE[vendor], kind: 'status', status };
}
