import DataLoader from 'dataloader';
import type { ZendeskClient } from '../../clients/zendesk/client.js';
import type { ZendeskTicket, ZendeskUser } from '../../clients/zendesk/types.js';
import { buildUserSearchQuery } from '../../clients/zendesk/search-query.js';
import { byId } from '../loading/by-id.js';

/** Per-request batching for Zendesk: every ticket or user asked for in one tick is one `show_many` call. */
export interface ZendeskLoaders {
  tickets: DataLoader<string, ZendeskTicket | null>;
  users: DataLoader<string, ZendeskUser | null>;
  /** Users by lower-cased email: every email asked for in one tick is one search (`email:a email:b`). */
  usersByEmail: DataLoader<string, ZendeskUser[]>;
}

/** Emails per search: keeps the query string short (Zendesk caps URLs) while still batching. */
const EMAILS_PER_SEARCH = 20;

/** Zendesk's `show_many` takes at most 100 ids; the client chunks larger batches too, this keeps requests small. */
const SHOW_MANY_LIMIT = 100;

export function createZendeskLoaders(client: ZendeskClient, signal?: AbortSignal): ZendeskLoaders {
  return {
    tickets: new DataLoader(async (ids) => byId(ids, await client.showManyTickets([...ids], { signal })), {
      maxBatchSize: SHOW_MANY_LIMIT,
    }),
    users: new DataLoader(async (ids) => byId(ids, await client.showManyUsers([...ids], { signal })), {
      maxBatchSize: SHOW_MANY_LIMIT,
    }),
    usersByEmail: new DataLoader(
      async (emails) => {
        const found = await client.searchUsers(buildUserSearchQuery('email', emails), { signal });
        // Search matches loosely (prefixes, case): keep exact matches only, by the email asked for.
        return emails.map((email) => found.filter((user) => user.email?.toLowerCase() === email));
      },
      { maxBatchSize: EMAILS_PER_SEARCH },
    ),
  };
}
