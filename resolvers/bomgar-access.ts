import type { BomgarClient } from '../clients/bomgar/client.js';
import { UpstreamError } from '../clients/transport/errors.js';
import type { Context } from '../server/context.js';

/** The Bomgar client for this request, or the typed error a missing vendor gives. */
export function bomgar(ctx: Context): { client: BomgarClient } {
  const client = ctx.vendors.bomgar;
  if (!client) throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'bomgar', message: 'bomgar is not configured' });
  return { client };
}
