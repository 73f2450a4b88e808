import type { GoToAssistClient } from '../../clients/goto/assist/client.js';
import type { Context } from '../../resolvers/context.js';
import { vendorClient } from '../vendor-clients.js';

/** The GoToAssist client for this request, or the typed error a missing vendor gives. */
export function gotoAssist(ctx: Context): { client: GoToAssistClient } {
  return { client: vendorClient(ctx.vendors, 'gotoAssist') };
}
