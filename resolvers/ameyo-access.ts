import { UpstreamError } from '../clients/transport/errors.js';
import type { AmeyoClient } from '../clients/ameyo/client.js';
import type { Context } from '../server/context.js';

/** The Ameyo client for this request, or the typed error a missing vendor gives. */
export function ameyo(ctx: Context): { client: AmeyoClient } {
  const client = ctx.vendors.ameyo;
  if (!client) throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'ameyo', message: 'ameyo is not configured' });
  return { client };
}
