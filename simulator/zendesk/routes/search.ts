import { jsonReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { ApiContext } from '../api-context.js';
import { invalidValue, pageMustBeInteger, searchTooDeep } from '../errors.js';
import { isReply, offsetPage, readPageRequest } from '../pagination.js';
import { orderHits, type Hit } from '../search-order.js';
import { matchTicket, matchUser, parseSearchQuery } from '../search-query.js';
import { ticketJson, userJson } from '../serialize.js';

/** The search API returns at most this many results per query (later pages answer 422). */
export const SEARCH_RESULT_LIMIT = 1000;

/** `GET /search` (offset pages, 1,000-result limit) and `GET /search/count`. */
export function registerSearchRoutes(router: Router<ApiContext>): void {
  router
    .add('GET', '/api/v2/search/count', (req, _params, ctx) => {
      const query = req.query.get('query');
      if (query === null) return invalidValue('query is required');
      return jsonReply(200, { count: search(query, req, ctx).length });
    })
    .add('GET', '/api/v2/search', (req, _params, ctx) => {
      if (req.query.has('page[size]') || req.query.has('page[after]')) return pageMustBeInteger('api/v2/search/index');
      const query = req.query.get('query');
      if (query === null) return invalidValue('query is required');
      const request = readPageRequest(req.query);
      if (isReply(request) || request.kind !== 'offset') return pageMustBeInteger('api/v2/search/index');
      const hits = search(query, req, ctx);
      const page = offsetPage(hits, request, req, { records: SEARCH_RESULT_LIMIT, reply: searchTooDeep });
      if (isReply(page)) return page;
      const results = page.items.map((hit) =>
        hit.kind === 'ticket' ? { ...ticketJson(hit.record, req.baseUrl), result_type: 'ticket' } : { ...userJson(hit.record, req.baseUrl), result_type: 'user' },
      );
      return jsonReply(200, { results, facets: null, next_page: page.next_page, previous_page: page.previous_page, count: page.count });
    });
}

function search(query: string, req: SimRequest, { state, actor }: ApiContext): Hit[] {
  const parsed = parseSearchQuery(query);
  const ctx = { users: state.users, actorId: actor.id, nowMs: state.clock.nowMs() };
  const wants = (type: 'ticket' | 'user'): boolean => parsed.types === null || parsed.types.has(type);
  const hits: Hit[] = [];
  if (wants('ticket')) {
    for (const t of [...state.tickets.values()].sort((a, b) => a.id - b.id)) if (matchTicket(t, parsed.conditions, ctx)) hits.push({ kind: 'ticket', record: t });
  }
  if (wants('user')) {
    for (const u of [...state.users.values()].sort((a, b) => a.id - b.id)) if (matchUser(u, parsed.conditions, ctx)) hits.push({ kind: 'user', record: u });
  }
  // `order_by:`/`sort:` in the query equal `sort_by`/`sort_order`; when both are sent the parameters win.
  const order = { by: req.query.get('sort_by') ?? parsed.order.by ?? null, direction: req.query.get('sort_order') ?? parsed.order.direction ?? null };
  return orderHits(hits, order, state);
}
