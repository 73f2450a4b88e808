import type { BomgarClient } from '../clients/bomgar/client.js';
import type { Context } from '../server/context.js';
import { vendorClient } from '../server/vendors.js';

/** The Bomgar client for this request, or the typed error a missing vendor gives. */
export function bomgar(ctx: Context): { client: BomgarClient } {
  return { client: vendorClient(ctx.vendors, 'bomgar') };
}
