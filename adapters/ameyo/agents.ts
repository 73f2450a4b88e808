import type { AmeyoAgentState, AmeyoAgentStateName, AmeyoUser } from '../../clients/ameyo/types.js';
import type { AmeyoLoaders } from './loaders.js';
import type { AgentIdentity, AgentStatus } from '../../domain/support.js';

/** Ameyo's agent states in the cross-vendor terms (`ready` is wrapping up a call: busy). */
const STATUS: Record<AmeyoAgentStateName, AgentStatus> = {
  available: 'AVAILABLE',
  ready: 'BUSY',
  busy: 'BUSY',
  break: 'AWAY',
  offline: 'OFFLINE',
};

/**
 * Ameyo's agents as identities of people (matched with other vendors' by email): every
 * Executive, with its state across campaigns. Two calls, both once per request.
 */
export async function ameyoAgentIdentities(ctx: { loaders: { ameyo: AmeyoLoaders } }): Promise<AgentIdentity[]> {
  const [users, states] = await Promise.all([ctx.loaders.ameyo.users.load('all'), ctx.loaders.ameyo.agentStates.load('all')]);
  return toAmeyoIdentities(users, states);
}

/** Every Executive as an identity, with its state (offline when Ameyo lists none). */
export function toAmeyoIdentities(users: readonly AmeyoUser[], states: readonly AmeyoAgentState[]): AgentIdentity[] {
  const stateOf = new Map(states.map((state) => [state.userId, state.state]));
  return users
    .filter((user) => user.userType === 'Executive')
    .map((user) => ({
      vendor: 'ameyo',
      vendorId: user.userId,
      name: user.userName,
      email: user.emailId?.toLowerCase() || null,
      status: STATUS[stateOf.get(user.userId) ?? 'offline'],
      teamIds: [],
    }));
}
