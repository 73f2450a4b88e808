import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES, type ZendeskTicket, type ZendeskUser } from './model.js';
import type { ZendeskState } from './state.js';

export type Hit = { kind: 'ticket'; record: ZendeskTicket } | { kind: 'user'; record: ZendeskUser };

export interface SearchOrder {
  /** A sort field (`sort_by` param or `order_by:` keyword); null/unknown: relevance. */
  by: string | null;
  /** `asc` or `desc` (default desc). */
  direction: string | null;
}

/**
 * The order of search results. Default ("relevance", modeled): tickets, then users, each by id.
 * A field orders by it, desc unless asked otherwise, ties by id. Fields: the `sort_by` values
 * (`updated_at`, `created_at`, `priority`, `status`, `ticket_type`) and the help-center keyword
 * names (`updated`, `created`, `commented`).
 */
export function orderHits(hits: Hit[], order: SearchOrder, state: ZendeskState): Hit[] {
  const key = sortKey(order.by, state);
  if (key === undefined) return hits;
  const direction = order.direction?.toLowerCase() === 'asc' ? 1 : -1;
  return [...hits].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka < kb ? -direction : ka > kb ? direction : a.record.id - b.record.id;
  });
}

function sortKey(by: string | null, state: ZendeskState): ((hit: Hit) => number | string) | undefined {
  const ticketOnly = <T extends number | string>(f: (t: ZendeskTicket) => T, none: T): ((hit: Hit) => T) => (hit) => (hit.kind === 'ticket' ? f(hit.record) : none);
  switch (by?.toLowerCase()) {
    case 'created_at':
    case 'created':
      return (hit) => hit.record.createdAt;
    case 'updated_at':
    case 'updated':
      return (hit) => hit.record.updatedAt;
    case 'commented':
      // When the last comment was made (comments are kept oldest first).
      return ticketOnly((t) => state.commentsOf(t.id).at(-1)?.createdAt ?? '', '');
    case 'priority':
      return ticketOnly((t) => (t.priority === null ? -1 : TICKET_PRIORITIES.indexOf(t.priority)), -1);
    case 'status':
      return ticketOnly((t) => (t.status === 'deleted' ? 99 : TICKET_STATUSES.indexOf(t.status)), -1);
    case 'ticket_type':
      return ticketOnly((t) => (t.type === null ? -1 : TICKET_TYPES.indexOf(t.type)), -1);
    default:
      return undefined;
  }
}
