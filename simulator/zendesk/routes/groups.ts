import type { Router } from '../../core/router.js';
import { pathId, type ApiContext } from '../api-context.js';
import { GROUPS, groupJson } from '../directory.js';
import { recordNotFound } from '../errors.js';
import { pagedList } from '../paged-list.js';
import { registerFixedRecords } from './fixed-records.js';
import { listUsers } from './users.js';

/** Groups, read-only: list, assignable (every group is), show, and a group's agents. */
export function registerGroupRoutes(router: Router<ApiContext>): void {
  router.add('GET', '/api/v2/groups/assignable', (req) => pagedList(req, 'groups', [...GROUPS], { key: (g) => g.id, toJson: (g) => groupJson(g, req.baseUrl) }));
  registerFixedRecords(router, { plural: 'groups', singular: 'group', records: GROUPS, toJson: groupJson });
  router.add('GET', '/api/v2/groups/:id/users', (req, params, { state }) => {
    const id = pathId(params.id);
    if (!GROUPS.some((g) => g.id === id)) return recordNotFound();
    return listUsers(req, [...state.users.values()].filter((u) => u.defaultGroupId === id), true);
  });
}
