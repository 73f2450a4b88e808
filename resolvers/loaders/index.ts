import type { VendorClients } from '../../server/vendors.js';
import { createZendeskLoaders, type ZendeskLoaders } from './zendesk.js';
import { vendorNotConfigured } from './not-configured.js';

/** Every loader a request may use, one set per vendor. Created fresh for each request and subscription event. */
export interface Loaders {
  zendesk: ZendeskLoaders;
}

export function createLoaders(vendors: VendorClients, signal?: AbortSignal): Loaders {
  return {
    zendesk: vendors.zendesk ? createZendeskLoaders(vendors.zendesk, signal) : vendorNotConfigured('zendesk'),
  };
}
