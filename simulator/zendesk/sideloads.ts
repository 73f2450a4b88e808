import type { SimRequest } from '../core/request.js';
import { GROUPS, ORGANIZATIONS, groupJson, organizationJson } from './directory.js';
import type { ZendeskTicket, ZendeskUser } from './model.js';
import { userJson } from './serialize.js';
import type { ZendeskState } from './state.js';

/**
 * Side-loading (`?include=users,groups,organizations`): the related records as top-level arrays
 * next to the primary ones, each record once. Names the simulator does not model (`metric_sets`,
 * `identities`...) are ignored, as are unknown ones.
 */

function included(req: SimRequest): Set<string> {
  return new Set((req.query.get('include') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''));
}

function byIds<T extends { id: number }>(records: readonly T[], ids: Iterable<number | null>): T[] {
  const wanted = new Set([...ids].filter((id): id is number => id !== null));
  return records.filter((r) => wanted.has(r.id));
}

function organizationsAndGroups(req: SimRequest, wanted: Set<string>, organizationIds: (number | null)[], groupIds: (number | null)[]): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  if (wanted.has('organizations')) extra.organizations = byIds(ORGANIZATIONS, organizationIds).map((o) => organizationJson(o, req.baseUrl));
  if (wanted.has('groups')) extra.groups = byIds(GROUPS, groupIds).map((g) => groupJson(g, req.baseUrl));
  return extra;
}

/** Tickets: `users` (requesters, submitters, assignees, collaborators), `groups`, `organizations`. */
export function ticketSideloads(req: SimRequest, tickets: readonly ZendeskTicket[], state: ZendeskState): Record<string, unknown> {
  const wanted = included(req);
  if (wanted.size === 0) return {};
  const extra = organizationsAndGroups(
    req,
    wanted,
    tickets.map((t) => t.organizationId),
    tickets.map((t) => t.groupId),
  );
  if (wanted.has('users')) {
    const ids = new Set(tickets.flatMap((t) => [t.requesterId, t.submitterId, t.assigneeId, ...t.collaboratorIds].filter((id): id is number => id !== null)));
    extra.users = [...ids].sort((a, b) => a - b).flatMap((id) => {
      const user = state.users.get(id);
      return user ? [userJson(user, req.baseUrl)] : [];
    });
  }
  return extra;
}

/** Users: `organizations` and `groups` (an agent's group). */
export function userSideloads(req: SimRequest, users: readonly ZendeskUser[]): Record<string, unknown> {
  const wanted = included(req);
  if (wanted.size === 0) return {};
  return organizationsAndGroups(
    req,
    wanted,
    users.map((u) => u.organizationId),
    users.map((u) => u.defaultGroupId),
  );
}
