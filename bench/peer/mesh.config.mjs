// GraphQL Mesh composition of the peer `npm run bench -- --peer` measures Switchboard against: the
// simulator's Zendesk REST API as a GraphQL subgraph (@omnigraph/json-schema), served by Hive Gateway.
// Plain JavaScript, so the project's type check never needs this folder's packages installed.
//
// Read by `mesh-compose` (bench/peer-gateway.ts runs it in this folder with the simulator's Zendesk
// settings, the gateway's own variable names): ZENDESK_URL (the simulator's /zendesk base),
// ZENDESK_EMAIL and ZENDESK_TOKEN (its documented API token, Basic `email/token:token` as Zendesk takes it).
//
// Only what the measured operation reads: a page of tickets (offset pagination, `per_page` = first)
// and their requesters, fetched in batches through `users/show_many` (`@resolveTo` with `keysArg`),
// so that 25 tickets with requesters cost 2 upstream calls, as Switchboard's dataloader makes them.
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadJSONSchemaSubgraph } from '@omnigraph/json-schema';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`bench/peer/mesh.config.mjs: ${name} is not set (bench/peer-gateway.ts sets it)`);
  return value;
};

const ZENDESK_URL = required('ZENDESK_URL');
const AUTHORIZATION = `Basic ${Buffer.from(`${required('ZENDESK_EMAIL')}/token:${required('ZENDESK_TOKEN')}`).toString('base64')}`;

const id = { type: 'integer', format: 'int64' };
const User = {
  title: 'User',
  type: 'object',
  properties: {
    id,
    name: { type: 'string' },
    email: { type: ['string', 'null'] },
    phone: { type: ['string', 'null'] },
    role: { type: 'string' },
  },
};
const Ticket = {
  title: 'Ticket',
  type: 'object',
  properties: {
    id,
    subject: { type: 'string' },
    status: { type: 'string' },
    priority: { type: ['string', 'null'] },
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
    requester_id: id,
    assignee_id: { type: ['integer', 'null'], format: 'int64' },
  },
};

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadJSONSchemaSubgraph('Zendesk', {
        endpoint: ZENDESK_URL,
        operationHeaders: { Authorization: AUTHORIZATION },
        operations: [
          {
            type: 'Query',
            field: 'tickets',
            description: 'GET /api/v2/tickets.json: the first page, `first` tickets long (offset pagination)',
            path: '/api/v2/tickets.json?per_page={args.first}',
            method: 'GET',
            argTypeMap: { first: { type: 'integer' } },
            responseSchema: {
              title: 'TicketList',
              type: 'object',
              properties: { tickets: { type: 'array', items: Ticket }, count: { type: 'integer' }, next_page: { type: ['string', 'null'] } },
            },
          },
          {
            type: 'Query',
            field: 'usersByIds',
            description: 'GET /api/v2/users/show_many.json?ids=1,2,3 (at most 100)',
            path: '/api/v2/users/show_many.json',
            method: 'GET',
            argTypeMap: { ids: { type: 'array', items: id } },
            queryParamArgMap: { ids: 'ids' },
            queryStringOptionsByParam: { ids: { arrayFormat: 'comma' } },
            responseSchema: { title: 'UserList', type: 'object', properties: { users: { type: 'array', items: User } } },
          },
        ],
      }),
    },
  ],
  // Ticket.requester: the requesters of every ticket in the answer in one users/show_many call.
  additionalTypeDefs: /* GraphQL */ `
    extend type Ticket {
      requester: User
        @resolveTo(sourceName: "Zendesk", sourceTypeName: "Query", sourceFieldName: "usersByIds", keyField: "requester_id", keysArg: "ids", result: "users")
    }
  `,
});
