import type { BomgarClient } from '../../clients/bomgar/client.js';
import type { Context } from '../../resolvers/context.js';
import { vendorClient } from '../vendor-clients.js';

/** The Bomgar client for this request, or the typed error a missing vendor gives. */
export function bomgar(ctx: Context): { client: BomgarClient } {
  return { client: vendorClient(ctx.vendors, 'bomgar') };
}
