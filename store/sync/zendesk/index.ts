import type { ZendeskClient } from '../../../clients/zendesk/client.js';
import type { ResourceSync } from '../types.js';
import { zendeskTicketSync, type ZendeskTicketSyncOptions } from './tickets.js';

/** What `--vendor zendesk` syncs. */
export function zendeskSyncs(client: ZendeskClient, options: { tickets?: ZendeskTicketSyncOptions } = {}): ResourceSync[] {
  return [zendeskTicketSync(client, options.tickets)];
}
