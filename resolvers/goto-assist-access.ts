import type { GoToAssistClient } from '../clients/goto/assist/client.js';
import type { Context } from '../server/context.js';
import { vendorClient } from '../server/vendors.js';

/** The GoToAssist client for this request, or the typed error a missing vendor gives. */
export function gotoAssist(ctx: Context): { client: GoToAssistClient } {
  return { client: vendorClient(ctx.vendors, 'gotoAssist') };
}
