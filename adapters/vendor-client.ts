import { UpstreamError } from '../clients/transport/errors.js';
import { VendorDisabledError } from '../domain/errors.js';
import { familyOf, type VendorFamily, type VendorId } from '../domain/vendors.js';

/** Clients by vendor, and which accounts SWITCHBOARD_VENDORS enables; the registry's VendorClients fits. */
export type ClientsOf<K extends VendorId, Client> = { readonly enabled: readonly VendorFamily[] } & { readonly [P in K]?: Client | undefined };

/**
 * What an adapter reads of a request: the clients (or why one is absent) and the request's
 * loaders, narrowed to its own vendor so a vendor folder knows no other vendor.
 */
export interface VendorAccess<K extends VendorId, Client, Loaders> {
  vendors: ClientsOf<K, Client>;
  loaders: { readonly [P in K]: Loaders };
}

/**
 * Why a client is absent, as the typed error its fields fail with: VendorDisabledError when
 * SWITCHBOARD_VENDORS leaves the account out (cross-vendor listings skip it silently), else the
 * UPSTREAM_UNAVAILABLE a down vendor gives (listings name it).
 */
export function absentClientError(enabled: readonly VendorFamily[], vendor: VendorId): Error {
  const family = familyOf(vendor);
  if (!enabled.includes(family)) return new VendorDisabledError(vendor, family);
  return new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor, message: `${vendor} is not configured` });
}

/** The vendor's client, or the typed error saying why this gateway has none. The one place that decides. */
export function vendorClient<V extends { readonly enabled: readonly VendorFamily[] }, K extends VendorId & keyof V>(vendors: V, vendor: K): NonNullable<V[K]> {
  const client = vendors[vendor];
  if (!client) throw absentClientError(vendors.enabled, vendor);
  return client as NonNullable<V[K]>;
}
