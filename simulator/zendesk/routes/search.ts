import { jsonReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { ApiContext } from '../api-context.js';
import { invalidValue, pageMustBeInteger, searchTooDeep } from '../errors.js';
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES, type ZendeskTicket, type ZendeskUser } from '../model.js';
import { isReply, offsetPage, readPageRequest } from '../pagination.js';
import { matchTicket, matchUser, parseSearchQuery } from '../search-query.js';
import { ticketJson, userJson } from '../serialize.js';

/** The search API returns at most this many results per query (later pages answer 422). */
export const SEARCH_RESULT_LIMIT = 1000;

type Hit = { kind: 'ticket'; record: ZendeskTicket } | { kind: 'user'; record: ZendeskUser };

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
  return sortHits(hits, req.query.get('sort_by'), req.query.get('sort_order'));
}

/** Default order ("relevance"): tickets, then users, each by id. `sort_by` orders by a field (desc by default). */
function sortHits(hits: Hit[], sortBy: string | null, sortOrder: string | null): Hit[] {
  const key = sortKey(sortBy);
  if (key === undefined) return hits;
  const direction = sortOrder === 'asc' ? 1 : -1;
  return [...hits].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka < kb ? -direction : ka > kb ? direction : a.record.id - b.record.id;
  });
}

function sortKey(sortBy: string | null): ((hit: Hit) => number | string) | undefined {
  const ticketOnly = (f: (t: ZendeskTicket) => number): ((hit: Hit) => number) => (hit) => (hit.kind === 'ticket' ? f(hit.record) : -1);
  switch (sortBy) {
    case 'created_at':
      return (hit) => hit.record.createdAt;
    case 'updated_at':
      return (hit) => hit.record.updatedAt;
    case 'priority':
      return ticketOnly((t) => (t.priority === null ? -1 : TICKET_PRIORITIES.indexOf(t.priority)));
    case 'status':
      return ticketOnly((t) => (t.status === 'deleted' ? 99 : TICKET_STATUSES.indexOf(t.status)));
    case 'ticket_type':
      return ticketOnly((t) => (t.type === null ? -1 : TICKET_TYPES.indexOf(t.type)));
    default:
      return undefined;
  }
}
