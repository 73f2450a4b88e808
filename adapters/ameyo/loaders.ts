import DataLoader from 'dataloader';
import type { AmeyoClient } from '../../clients/ameyo/client.js';
import type { AmeyoAgentState, AmeyoUser } from '../../clients/ameyo/types.js';

/** Per-request Ameyo reads: the user list once, agent states once per campaign. */
export interface AmeyoLoaders {
  /** Every contact-centre user; the only key is `all`. */
  users: DataLoader<'all', AmeyoUser[]>;
  /** Agent states by campaign id; `all` for every agent. */
  agentStates: DataLoader<string, AmeyoAgentState[]>;
}

export function createAmeyoLoaders(client: AmeyoClient, signal?: AbortSignal): AmeyoLoaders {
  return {
    users: new DataLoader(async (keys) => {
      const users = await client.listUsers({ signal });
      return keys.map(() => users);
    }),
    // Ameyo answers one campaign per call: the campaigns of one batch are asked in parallel.
    agentStates: new DataLoader((campaignIds) =>
      Promise.all(campaignIds.map((id) => client.agentStates(id === 'all' ? undefined : id, { signal }))),
    ),
  };
}
