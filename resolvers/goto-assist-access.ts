import type { GoToAssistClient } from '../clients/goto/assist/client.js';
import { UpstreamError } from '../clients/transport/errors.js';
import type { Context } from '../server/context.js';

/** The GoToAssist client for this request, or the typed error a missing vendor gives. */
export function gotoAssist(ctx: Context): { client: GoToAssistClient } {
  const client = ctx.vendors.gotoAssist;
  if (!client) throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'gotoassist', message: 'gotoassist is not configured' });
  return { client };
}
