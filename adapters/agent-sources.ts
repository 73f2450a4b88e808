import type { Context } from '../resolvers/context.js';
import { SUPPORT_SOURCES } from './support-sources.js';
import type { AgentIdentity } from '../domain/support.js';
import { ameyoAgentIdentities } from './ameyo/agents.js';

/**
 * Where agent identities come from. An Agent is one person across these, matched by email.
 * A vendor adds its agents with one entry: `{ vendor: 'ameyo', identities: (ctx) => ... }`
 * returning AgentIdentity records (status mapped to AVAILABLE | BUSY | AWAY | OFFLINE, email
 * lower-cased, teamIds may be empty).
 */
export interface AgentIdentitySource {
  vendor: string;
  identities(ctx: Context): Promise<AgentIdentity[]>;
}

export const AGENT_IDENTITY_SOURCES: readonly AgentIdentitySource[] = [
  // Remote-support vendors: GoToAssist experts, Bomgar reps.
  ...SUPPORT_SOURCES.map((source) => ({ vendor: source.vendor, identities: (ctx: Context) => source.identities(ctx) })),
  // Contact centre: Ameyo agents.
  { vendor: 'ameyo', identities: ameyoAgentIdentities },
];
