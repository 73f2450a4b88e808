import { UpstreamError } from '../../clients/transport/errors.js';

/**
 * Stands in for a vendor's loaders when the vendor has no URL configured: any use fails
 * with the same typed error a down vendor gives, so only that vendor's fields go null.
 */
export function vendorNotConfigured<T extends object>(vendor: string): T {
  return new Proxy({} as T, {
    get() {
      throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor, message: `${vendor} is not configured` });
    },
  });
}
