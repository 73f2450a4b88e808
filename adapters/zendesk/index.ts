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
  // Ticket and user reads are what every helpdesk view repeats (a list, its requesters, a ticket
  // opened by several agents): shared for the TTL, so a change made in Zendesk itself shows within
  // it, and at once when made through the gateway (its writes below) or announced by a Zendesk
  // webhook (server/webhooks/zendesk.ts).
  shared: {
    reads: {
      getTicket: { resource: 'tickets', args: 1 },
      showManyTickets: { resource: 'tickets', args: 1 },
      listTickets: { resource: 'tickets', args: 1 },
      listRequestedTickets: { resource: 'tickets', args: 2 },
      searchTickets: { resource: 'tickets', args: 1 },
      listComments: { resource: 'comments', args: 2 },
      getUser: { resource: 'users', args: 1 },
      showManyUsers: { resource: 'users', args: 1 },
      searchUsers: { resource: 'users', args: 1 },
      findUsersByExternalId: { resource: 'users', args: 1 },
    },
    // A ticket written with a requester Zendesk does not know creates that user as well.
    writes: {
      createTicket: ['tickets', 'users'],
      updateTicket: ['tickets', 'comments', 'users'],
      deleteTicket: ['tickets', 'comments'],
      createUser: ['users'],
      createOrUpdateUser: ['users'],
    },
  },
});
