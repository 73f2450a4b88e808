import { jsonReply, type VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import { cursorPage, isReply, offsetPage, readPageRequest } from './pagination.js';

export interface PagedListOptions<T> {
  /** The records' sort key (ascending), also the cursor key. */
  key: (item: T) => number;
  toJson: (item: T) => unknown;
  /** Extra top-level keys for the page's records (side-loads). */
  extra?: (page: T[]) => Record<string, unknown>;
  /** False for endpoints that page by offset only (a cursor request gets the first offset page). Default true. */
  cursorAllowed?: boolean;
}

/** `{ <name>: [...] }` paged the way the request asks: cursor (`meta`, `links`) or offset (`next_page`, `count`). */
export function pagedList<T>(req: SimRequest, name: string, sorted: T[], options: PagedListOptions<T>): VendorReply {
  const request = readPageRequest(req.query);
  if (isReply(request)) return request;
  if (request.kind === 'cursor' && options.cursorAllowed !== false) {
    const page = cursorPage(sorted, options.key, request, req);
    return jsonReply(200, { [name]: page.items.map(options.toJson), ...options.extra?.(page.items), meta: page.meta, links: page.links });
  }
  const offset = request.kind === 'offset' ? request : { kind: 'offset' as const, page: 1, perPage: 100, perPageGiven: false };
  const page = offsetPage(sorted, offset, req);
  if (isReply(page)) return page;
  return jsonReply(200, {
    [name]: page.items.map(options.toJson),
    ...options.extra?.(page.items),
    next_page: page.next_page,
    previous_page: page.previous_page,
    count: page.count,
  });
}
