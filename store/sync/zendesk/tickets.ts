import type { ZendeskClient } from '../../../clients/zendesk/client.js';
import type { ZendeskIncrementalOptions, ZendeskTicket } from '../../../clients/zendesk/types.js';
import { HistoryTicketSchema, type HistoryFields, type HistoryTicket } from '../../entities/index.js';
import { paced } from '../pacing.js';
import { rowBatch, type ResourceRunContext, type ResourceSync, type SyncPage } from '../types.js';

export interface ZendeskTicketSyncOptions {
  /** Tickets per export page (`per_page`, at most 1000). Default 1000: the fewest calls under the 10-a-minute limit. */
  pageSize?: number;
}

/**
 * Zendesk's export leaves out what changed in the minute before the request, so the end of the
 * stream covers up to a minute before "now".
 */
const EXPORT_LAG_MS = 60_000;

/**
 * Tickets through the cursor-based incremental export: from `--since`, else the stored cursor,
 * else the beginning. Deleted tickets come too (status `deleted`). Each export page is a page of
 * the sync; its checkpoint is the export's `after_cursor`.
 */
export function zendeskTicketSync(client: ZendeskClient, options: ZendeskTicketSyncOptions = {}): ResourceSync {
  const pageSize = options.pageSize ?? 1000;
  return {
    vendor: 'zendesk',
    resource: 'tickets',
    async *pages(ctx): AsyncGenerator<SyncPage> {
      let { from, coveredFrom } = startOf(ctx);
      let coveredTo = ctx.checkpoint && from.cursor ? ctx.checkpoint.coveredTo : null;
      for (;;) {
        const page = await paced(ctx, () => client.incrementalTickets({ ...from, pageSize }, { signal: ctx.signal }));
        const last = page.tickets.at(-1);
        // Export order is (updated_at, id): everything updated before the last ticket's second is in.
        if (page.endOfStream) coveredTo = new Date(ctx.now.getTime() - EXPORT_LAG_MS);
        else if (last) coveredTo = new Date(Date.parse(last.updated_at) - 1000);
        const cursor = page.afterCursor ?? from.cursor ?? null;
        yield {
          batches: [rowBatch(HistoryTicketSchema, page.tickets.map(toRow))],
          records: page.tickets.length,
          checkpoint: { cursor, coveredFrom, coveredTo, complete: page.endOfStream },
        };
        if (page.endOfStream || !page.afterCursor || page.tickets.length === 0) return;
        from = { cursor: page.afterCursor };
      }
    },
    async one(id, ctx) {
      const ticket = await paced(ctx, () => client.getTicket(id, { signal: ctx.signal }));
      return ticket && { batches: [rowBatch(HistoryTicketSchema, [toRow(ticket)])], records: 1 };
    },
  };
}

function startOf(ctx: ResourceRunContext): { from: ZendeskIncrementalOptions; coveredFrom: Date } {
  const stored = ctx.checkpoint;
  const since = ctx.since;
  if (since && (!stored?.cursor || !stored.coveredFrom || since < stored.coveredFrom)) {
    return { from: { startTime: Math.floor(since.getTime() / 1000) }, coveredFrom: since };
  }
  if (stored?.cursor && stored.coveredFrom) return { from: { cursor: stored.cursor }, coveredFrom: stored.coveredFrom };
  return { from: { startTime: 0 }, coveredFrom: new Date(0) };
}

function toRow(ticket: ZendeskTicket): HistoryFields<HistoryTicket> {
  const score = ticket.satisfaction_rating?.['score'];
  return {
    vendor: 'zendesk',
    vendorId: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    type: ticket.type,
    channel: ticket.via?.channel ?? null,
    requesterId: ticket.requester_id,
    assigneeId: ticket.assignee_id,
    groupId: ticket.group_id ?? null,
    organizationId: ticket.organization_id ?? null,
    externalId: ticket.external_id,
    tags: ticket.tags.join(' '),
    satisfaction: typeof score === 'string' ? score : null,
    ticketCreatedAt: new Date(ticket.created_at),
    ticketUpdatedAt: new Date(ticket.updated_at),
  };
}
