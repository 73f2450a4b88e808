import type { VendorFamily, VendorId } from '../../domain/vendors.js';
import { absentClientError } from '../vendor-client.js';

/**
 * Stands in for the loaders of a vendor without a client: any use fails with the typed error
 * saying why (disabled by SWITCHBOARD_VENDORS, or not configured), so only that vendor's fields
 * go null.
 */
export function vendorNotConfigured<T extends object>(enabled: readonly VendorFamily[], vendor: VendorId): T {
  return new Proxy({} as T, {
    get() {
      throw absentClientError(enabled, vendor);
    },
  });
}
