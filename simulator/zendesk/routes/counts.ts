import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import type { ApiContext } from '../api-context.js';
import { GROUPS, ORGANIZATIONS, TICKET_FIELDS } from '../directory.js';
import type { ZendeskState } from '../state.js';

/**
 * `GET /tickets/count`, `/users/count`, `/organizations/count`, `/groups/count`,
 * `/ticket_fields/count`: `{"count":{"value","refreshed_at"}}`. The real counts are cached and
 * approximate past 100,000; the simulator's are exact and refreshed at every request (modeled).
 */
export function registerCountRoutes(router: Router<ApiContext>): void {
  const counted = (count: (state: ZendeskState) => number) => (_req: unknown, _params: unknown, { state }: ApiContext): VendorReply =>
    jsonReply(200, { count: { value: count(state), refreshed_at: state.now() } });
  router
    .add('GET', '/api/v2/tickets/count', counted((state) => state.tickets.size))
    .add('GET', '/api/v2/users/count', counted((state) => state.users.size))
    .add('GET', '/api/v2/organizations/count', counted(() => ORGANIZATIONS.length))
    .add('GET', '/api/v2/groups/count', counted(() => GROUPS.length))
    .add('GET', '/api/v2/ticket_fields/count', counted(() => TICKET_FIELDS.length));
}
