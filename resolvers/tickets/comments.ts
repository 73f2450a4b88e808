import { vendorClient } from '../../adapters/vendor-client.js';
import type { ZendeskComment } from '../../clients/zendesk/types.js';
import type { Context } from '../context.js';
import { pageThrough, type Connection } from '../../domain/paging.js';


/** One comment on a ticket's conversation. */
export interface Comment {
  vendor: 'zendesk';
  vendorId: string;
  ticketId: string;
  authorId: string | null;
  body: string;
  htmlBody: string | null;
  public: boolean;
  createdAt: string;
}

const PAGE = { defaultFirst: 25, maxFirst: 100 };

export function toComment(ticketId: string, record: ZendeskComment): Comment {
  return {
    vendor: 'zendesk',
    vendorId: record.id,
    ticketId,
    authorId: record.author_id ?? null,
    body: record.plain_body ?? record.body,
    htmlBody: record.html_body ?? null,
    public: record.public,
    createdAt: record.created_at,
  };
}

export async function listComments(
  ctx: Context,
  ticketId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<Comment>> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  return pageThrough(
    async (token) => {
      const page = await client.listComments(ticketId, { pageSize: PAGE.maxFirst, after: token ?? undefined }, { signal: ctx.signal });
      return {
        items: page.comments.map((record) => toComment(ticketId, record)),
        next: page.hasMore ? page.afterCursor : null,
      };
    },
    args,
    PAGE,
  );
}
