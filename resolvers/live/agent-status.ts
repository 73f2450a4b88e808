import type { BoardUpdate } from '../../live/board.js';
import type { LiveMessage } from '../../live/subscribers.js';
import { newestPerKey } from '../../live/latest-queue.js';
import type { Context } from '../context.js';
import { identityKey, type Agent } from '../../domain/agents.js';
import type { AgentIdentity, AgentStatus } from '../../domain/support.js';

/** One vendor account of an agent changed status (or appeared, or left: OFFLINE). */
export interface AgentStatusEvent {
  /** The person as they are now, across vendors. */
  agent: Agent;
  /** The account whose status changed. */
  identity: AgentIdentity;
  /** Null when the account is new to the board. */
  previousStatus: AgentStatus | null;
  at: string;
}

export interface AgentStatusFilter {
  /** Only accounts at this vendor. */
  vendor?: string | null;
  /** Only accounts in this team. */
  team?: { vendor: string; vendorId: string } | null;
  /** Only this person (an Agent key). */
  agentKey?: string | null;
}

export function agentStatusEvents(update: BoardUpdate, filter: AgentStatusFilter): AgentStatusEvent[] {
  const people = new Map(update.people.map((person) => [person.key, person]));
  const events: AgentStatusEvent[] = [];
  for (const change of update.batch.changes) {
    if (change.kind !== 'identity') continue;
    const before = change.before?.status ?? null;
    const identity: AgentIdentity | null = change.after ?? (change.before && { ...change.before, status: 'OFFLINE' });
    if (!identity || identity.status === before) continue;
    const person = people.get(identityKey(identity));
    const agent = person?.after ?? person?.before;
    if (!agent) continue;
    if (filter.vendor && identity.vendor !== filter.vendor) continue;
    if (filter.team && !(identity.vendor === filter.team.vendor && identity.teamIds.includes(filter.team.vendorId))) continue;
    if (filter.agentKey && agent.key !== filter.agentKey) continue;
    events.push({ agent, identity, previousStatus: before, at: update.batch.at });
  }
  return events;
}

/** `agentStatusChanged`: status changes of agents' accounts that pass the filter; a slow subscriber keeps each account's latest. */
export function watchAgentStatus(ctx: Context, filter: AgentStatusFilter): AsyncIterableIterator<AgentStatusEvent> {
  return ctx.live.watch<AgentStatusEvent>({
    events: (message: LiveMessage) => (message.type === 'update' ? agentStatusEvents(message.update, filter) : []),
    skip: newestPerKey((event) => `${event.identity.vendor}:${event.identity.vendorId}`),
  });
}
