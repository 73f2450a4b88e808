import type { VendorReply } from '../core/reply.js';
import { apiDocument, type ApiContext } from './api-context.js';
import { APPLIANCE } from './constants.js';
import { el, text } from './xml.js';

/**
 * `action=check_health` → `<health_check><appliance id=GUID>hostname</appliance><version/><success>1</success>
 * <failover_role>none</failover_role></health_check>` (element names confirmed: BeyondTrust API guide and
 * public parsers). Without failover, `enabled_shared_ips` and the data-sync elements are left out, as the
 * guide says. An outage scenario answers 503 before this runs, so a reply here is always healthy.
 */
export function checkHealth(ctx: ApiContext): VendorReply {
  return apiDocument(
    ctx,
    'command',
    el(
      'health_check',
      {},
      text('appliance', new URL(ctx.siteUrl).hostname, { id: APPLIANCE.guid }),
      text('version', APPLIANCE.version),
      text('success', 1),
      text('failover_role', 'none'),
    ),
  );
}
