import { jsonReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { idList, pathId, type ApiContext } from '../api-context.js';
import { ORGANIZATIONS, organizationJson } from '../directory.js';
import { recordNotFound } from '../errors.js';
import { registerFixedRecords } from './fixed-records.js';
import { listTickets } from './tickets.js';
import { listUsers } from './users.js';

/** Organizations, read-only: list, show_many, show, and an organization's tickets and users. */
export function registerOrganizationRoutes(router: Router<ApiContext>): void {
  router.add('GET', '/api/v2/organizations/show_many', (req) => {
    const ids = new Set(idList(req.query.get('ids')));
    const organizations = ORGANIZATIONS.filter((o) => ids.has(o.id)).map((o) => organizationJson(o, req.baseUrl));
    return jsonReply(200, { organizations, next_page: null, previous_page: null, count: organizations.length });
  });
  registerFixedRecords(router, { plural: 'organizations', singular: 'organization', records: ORGANIZATIONS, toJson: organizationJson });
  router
    .add('GET', '/api/v2/organizations/:id/tickets', (req, params, { state }) => {
      const id = pathId(params.id);
      if (!ORGANIZATIONS.some((o) => o.id === id)) return recordNotFound();
      return listTickets(req, [...state.tickets.values()].filter((t) => t.organizationId === id), state);
    })
    .add('GET', '/api/v2/organizations/:id/users', (req, params, { state }) => {
      const id = pathId(params.id);
      if (!ORGANIZATIONS.some((o) => o.id === id)) return recordNotFound();
      return listUsers(req, [...state.users.values()].filter((u) => u.organizationId === id), true);
    });
}
