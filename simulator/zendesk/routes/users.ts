import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import { bodyObject, idList, pathId, type ApiContext } from '../api-context.js';
import { invalidValue, pageMustBeInteger, recordInvalid, recordNotFound } from '../errors.js';
import type { ZendeskUser } from '../model.js';
import { pagedList } from '../paged-list.js';
import { userSideloads } from '../sideloads.js';
import { matchUser, parseSearchQuery } from '../search-query.js';
import { userJson, userUrl } from '../serialize.js';
import { applyUser, createUser, upsertTarget, validateUser } from '../user-input.js';
import { listTickets } from './tickets.js';

const SHOW_MANY_LIMIT = 100;

/** Users: me, create, list, show_many, search, create_or_update, show, update, their tickets. */
export function registerUserRoutes(router: Router<ApiContext>): void {
  router
    .add('GET', '/api/v2/users/me', (req, _params, { actor }) => jsonReply(200, { user: userJson(actor, req.baseUrl) }))
    .add('POST', '/api/v2/users', (req, _params, { state }) => {
      const body = bodyObject(req, 'user');
      if ('reply' in body) return body.reply;
      const invalid = validateUser(body.input, state, undefined);
      if (invalid) return recordInvalid(invalid);
      const user = createUser(body.input, state);
      return jsonReply(201, { user: userJson(user, req.baseUrl) }, { Location: userUrl(req.baseUrl, user.id) });
    })
    .add('GET', '/api/v2/users', (req, _params, { state }) => {
      const roles = [...req.query.getAll('role'), ...req.query.getAll('role[]')];
      const users = [...state.users.values()].filter((u) => roles.length === 0 || roles.includes(u.role));
      return listUsers(req, users, true);
    })
    .add('GET', '/api/v2/users/show_many', (req, _params, { state }) => {
      const ids = idList(req.query.get('ids'));
      const externalIds = (req.query.get('external_ids') ?? '').split(',').filter((s) => s !== '');
      if (ids.length > SHOW_MANY_LIMIT || externalIds.length > SHOW_MANY_LIMIT) return invalidValue(`Too many ids (the limit is ${SHOW_MANY_LIMIT})`);
      const found = new Map<number, ZendeskUser>();
      for (const id of ids) {
        const u = state.users.get(id);
        if (u) found.set(u.id, u);
      }
      for (const externalId of externalIds) {
        const u = state.userByExternalId(externalId);
        if (u) found.set(u.id, u);
      }
      const users = [...found.values()];
      return jsonReply(200, { users: users.map((u) => userJson(u, req.baseUrl)), ...userSideloads(req, users), next_page: null, previous_page: null, count: users.length });
    })
    .add('GET', '/api/v2/users/search', (req, _params, { state }) => {
      if (req.query.has('page[size]') || req.query.has('page[after]')) return pageMustBeInteger('api/v2/users/search');
      const externalId = req.query.get('external_id');
      const query = req.query.get('query');
      let users: ZendeskUser[];
      if (externalId !== null) users = [...state.users.values()].filter((u) => u.externalId === externalId);
      else if (query !== null) users = [...state.users.values()].filter(userQueryMatcher(query, state.clock.nowMs()));
      else return invalidValue('query or external_id is required');
      return listUsers(req, users, false);
    })
    .add('POST', '/api/v2/users/create_or_update', (req, _params, { state }) => {
      const body = bodyObject(req, 'user');
      if ('reply' in body) return body.reply;
      const { input } = body;
      // Matched by email first, then external_id; a match is updated (200), otherwise created (201).
      const existing = upsertTarget(input, state);
      const invalid = validateUser(input, state, existing);
      if (invalid) return recordInvalid(invalid);
      if (existing) {
        applyUser(existing, input, state);
        return jsonReply(200, { user: userJson(existing, req.baseUrl) });
      }
      const user = createUser(input, state);
      return jsonReply(201, { user: userJson(user, req.baseUrl) }, { Location: userUrl(req.baseUrl, user.id) });
    })
    .add('GET', '/api/v2/users/:id', (req, params, { state }) => {
      const user = state.users.get(pathId(params.id) ?? -1);
      return user ? jsonReply(200, { user: userJson(user, req.baseUrl), ...userSideloads(req, [user]) }) : recordNotFound();
    })
    .add('PUT', '/api/v2/users/:id', (req, params, { state }) => {
      const user = state.users.get(pathId(params.id) ?? -1);
      if (!user) return recordNotFound();
      const body = bodyObject(req, 'user');
      if ('reply' in body) return body.reply;
      const invalid = validateUser(body.input, state, user);
      if (invalid) return recordInvalid(invalid);
      applyUser(user, body.input, state);
      return jsonReply(200, { user: userJson(user, req.baseUrl) });
    })
    .add('GET', '/api/v2/users/:id/tickets/requested', (req, params, { state }) => {
      const id = pathId(params.id) ?? -1;
      if (!state.users.has(id)) return recordNotFound();
      return listTickets(req, [...state.tickets.values()].filter((t) => t.requesterId === id), state);
    })
    .add('GET', '/api/v2/users/:id/tickets/assigned', (req, params, { state }) => {
      const id = pathId(params.id) ?? -1;
      if (!state.users.has(id)) return recordNotFound();
      return listTickets(req, [...state.tickets.values()].filter((t) => t.assigneeId === id), state);
    })
    .add('GET', '/api/v2/users/:id/tickets/ccd', (req, params, { state }) => {
      const id = pathId(params.id) ?? -1;
      if (!state.users.has(id)) return recordNotFound();
      return listTickets(req, [...state.tickets.values()].filter((t) => t.collaboratorIds.includes(id)), state);
    });
}

/**
 * `users/search?query=`: search syntax when the query has keywords (`email:`, `role:`...);
 * otherwise the whole text is one value that matches part of a name, email or notes, or a phone
 * number exactly as stored (so `415-555-0123` does not find `(415) 555-0123`).
 */
function userQueryMatcher(query: string, nowMs: number): (u: ZendeskUser) => boolean {
  const text = query.trim();
  if (/(^|\s)-?[a-z_]+(:|<|>)/i.test(text)) {
    const parsed = parseSearchQuery(text);
    return (u) => matchUser(u, parsed.conditions, { users: new Map(), actorId: undefined, nowMs });
  }
  const lower = text.toLowerCase();
  return (u) =>
    text !== '' &&
    (u.phone === text || u.name.toLowerCase().includes(lower) || (u.email ?? '').toLowerCase().includes(lower) || u.notes.toLowerCase().includes(lower));
}

/** A user list, by id; `cursorAllowed` false for the offset-only endpoints (users/search). */
export function listUsers(req: SimRequest, users: ZendeskUser[], cursorAllowed: boolean): VendorReply {
  const sorted = users.sort((a, b) => a.id - b.id);
  return pagedList(req, 'users', sorted, { key: (u) => u.id, toJson: (u) => userJson(u, req.baseUrl), extra: (page) => userSideloads(req, page), cursorAllowed });
}
