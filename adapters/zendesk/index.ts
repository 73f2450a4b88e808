import { createZendeskClient } from '../../clients/zendesk/client.js';
import { defineAdapter } from '../adapter.js';
import { zendeskAccount } from './account.js';
import { createZendeskLoaders } from './loaders.js';

/** Zendesk: tickets, users (contacts), comments. */
export const zendeskAdapter = defineAdapter({
  account: zendeskAccount,
  client: ({ accounts: { zendesk }, transport }) =>
    zendesk && createZendeskClient({ baseUrl: zendesk.url, email: zendesk.email, token: zendesk.token, transport }),
  loaders: createZendeskLoaders,
});
