import { jsonReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { pathId, type ApiContext } from '../api-context.js';
import { recordNotFound } from '../errors.js';
import { cursorPage, isReply, offsetPage, readPageRequest } from '../pagination.js';
import { commentJson } from '../serialize.js';

/** `GET /tickets/{id}/comments`: oldest first (`sort_order=desc` for newest), cursor or offset. */
export function registerCommentRoutes(router: Router<ApiContext>): void {
  router.add('GET', '/api/v2/tickets/:id/comments', (req, params, { state }) => {
    const ticketId = pathId(params.id) ?? -1;
    if (!state.tickets.has(ticketId)) return recordNotFound();
    const descending = req.query.get('sort_order') === 'desc';
    // Comment ids grow with time, so they double as the cursor key; descending flips the sign.
    const key = (c: { id: number }): number => (descending ? -c.id : c.id);
    const comments = [...state.commentsOf(ticketId)].sort((a, b) => key(a) - key(b));
    const request = readPageRequest(req.query);
    if (isReply(request)) return request;
    if (request.kind === 'cursor') {
      const page = cursorPage(comments, key, request, req);
      return jsonReply(200, { comments: page.items.map(commentJson), meta: page.meta, links: page.links });
    }
    const page = offsetPage(comments, request, req);
    if (isReply(page)) return page;
    return jsonReply(200, { comments: page.items.map(commentJson), next_page: page.next_page, previous_page: page.previous_page, count: page.count });
  });
}
