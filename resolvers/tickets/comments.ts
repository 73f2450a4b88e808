import { vendorClient } from '../../adapters/vendor-client.js';
import { toComment } from '../../adapters/zendesk/ticket-mapping.js';
import type { Context } from '../context.js';
import { pageThrough, type Connection } from '../../domain/paging.js';
import type { Comment } from '../../domain/tickets.js';

const PAGE = { defaultFirst: 25, maxFirst: 100 };

export async function listComments(
  ctx: Context,
  ticketId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<Comment>> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  return pageThrough(
    async (token, want) => {
      // The page size the connection needs (Zendesk's page[size] is at most 100, like maxFirst).
      const pageSize = Math.max(1, Math.min(PAGE.maxFirst, want));
      const page = await client.listComments(ticketId, { pageSize, after: token ?? undefined }, { signal: ctx.signal });
      return {
        items: page.comments.map((record) => toComment(ticketId, record)),
        next: page.hasMore ? page.afterCursor : null,
      };
    },
    args,
    PAGE,
  );
}
