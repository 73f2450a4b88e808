import { createAmeyoClient } from '../../clients/ameyo/client.js';
import { defineAdapter } from '../adapter.js';
import { ameyoAccount } from './account.js';
import { ameyoAgentIdentities } from './agents.js';
import { ameyoLiveSource } from './live-poll.js';
import { createAmeyoLoaders } from './loaders.js';

/** Ameyo, the contact centre: calls, campaigns, agents. */
export const ameyoAdapter = defineAdapter({
  account: ameyoAccount,
  client: ({ accounts: { ameyo }, transport }) =>
    ameyo && createAmeyoClient({ baseUrl: ameyo.url, userId: ameyo.userId, password: ameyo.password, transport }),
  loaders: createAmeyoLoaders,
  agents: ameyoAgentIdentities,
  live: (client) => ameyoLiveSource(client),
  // Agent states are live status; the user list is what an Agent's identities are matched on.
  shared: {
    reads: {
      agentStates: { resource: 'agent-states', args: 1 },
      listUsers: { resource: 'users', args: 0 },
    },
    writes: {
      manualDial: ['agent-states'],
      dispose: ['agent-states'],
    },
  },
});
