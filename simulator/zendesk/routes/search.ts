import { jsonReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { ApiContext } from '../api-context.js';
import { invalidPaginationParameter, invalidValue, pageMustBeInteger, searchTooDeep } from '../errors.js';
import { cursorPage, decodeCursor, isReply, offsetPage, readPageRequest } from '../pagination.js';
import { orderHits, type Hit } from '../search-order.js';
import { matchTicket, matchUser, parseSearchQuery } from '../search-query.js';
import { ticketJson, userJson } from '../serialize.js';

/** The search API returns at most this many results per query (later pages answer 422). */
export const SEARCH_RESULT_LIMIT = 1000;

/** Export pages: `page[size]` up to 1,000 (docs), 100 when not given (modeled). */
const EXPORT_PAGE = { max: 1000, default: 100 };
const EXPORT_TYPES = ['ticket', 'user', 'organization', 'group'];

/** `GET /search` (offset pages, 1,000-result limit), `GET /search/count` and `GET /search/export`. */
export function registerSearchRoutes(router: Router<ApiContext>): void {
  router
    .add('GET', '/api/v2/search/export', (req, _params, ctx) => {
      const query = req.query.get('query');
      if (query === null) return invalidValue('query is required');
      const type = req.query.get('filter[type]');
      if (type === null || !EXPORT_TYPES.includes(type)) return invalidValue(`filter[type] is required: one of ${EXPORT_TYPES.join(', ')}`);
      if (parseSearchQuery(query).types !== null) return invalidValue('The export names its type in filter[type], not in the query');
      const sizeRaw = req.query.get('page[size]');
      const size = sizeRaw === null ? EXPORT_PAGE.default : Number(sizeRaw);
      if (!Number.isInteger(size) || size < 1 || size > EXPORT_PAGE.max) return invalidPaginationParameter(`page[size] must be an integer from 1 to ${EXPORT_PAGE.max}`);
      const afterRaw = req.query.get('page[after]');
      const after = afterRaw === null ? undefined : decodeCursor(afterRaw);
      if (afterRaw !== null && after === undefined) return invalidPaginationParameter('page[after] is not a valid cursor');
      // Organizations and groups are not searched (as in /search); tickets and users oldest first.
      const hits = type === 'ticket' || type === 'user' ? search(`type:${type} ${query}`, req, ctx) : [];
      const ordered = hits.sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt) || a.record.id - b.record.id).map((hit, position) => ({ hit, position }));
      const page = cursorPage(ordered, (h) => h.position, { kind: 'cursor', size, ...(after === undefined ? {} : { after }) }, req);
      const results = page.items.map(({ hit }) =>
        hit.kind === 'ticket' ? { ...ticketJson(hit.record, req.baseUrl), result_type: 'ticket' } : { ...userJson(hit.record, req.baseUrl), result_type: 'user' },
      );
      // Backward paging is not supported (prev is always null); `next` only while there is more (docs).
      return jsonReply(200, {
        results,
        facets: null,
        meta: { has_more: page.meta.has_more, after_cursor: page.meta.after_cursor, before_cursor: null },
        links: { prev: null, next: page.meta.has_more ? page.links.next : null },
      });
    })
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
