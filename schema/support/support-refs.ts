import type { Agent } from '../../domain/agents.js';
import type { SupportQueue, SupportSession, SupportTeam } from '../../domain/support.js';
import { builder } from '../core/builder.js';

/**
 * The remote-support types' refs, in one place so their files can point at each other
 * (a session has an agent, an agent has sessions) without import cycles.
 */
export const SupportSessionRef = builder.objectRef<SupportSession>('SupportSession');
export const AgentRef = builder.objectRef<Agent>('Agent');
export const SupportTeamRef = builder.objectRef<SupportTeam>('SupportTeam');
export const QueueRef = builder.objectRef<SupportQueue>('Queue');
