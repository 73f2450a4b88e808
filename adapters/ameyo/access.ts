import type { AmeyoClient } from '../../clients/ameyo/client.js';
import type { Context } from '../../resolvers/context.js';
import { vendorClient } from '../vendor-clients.js';

/** The Ameyo client for this request, or the typed error a missing vendor gives. */
export function ameyo(ctx: Context): { client: AmeyoClient } {
  return { client: vendorClient(ctx.vendors, 'ameyo') };
}
