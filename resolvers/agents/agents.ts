import { cacheSlot } from '../request-cache.js';
import { UpstreamError, type UpstreamErrorCode } from '../../clients/transport/errors.js';
import type { Context } from '../context.js';
import { AGENT_IDENTITY_SOURCES, type AgentIdentitySource } from '../../adapters/index.js';
import { boardIdentities } from './board-identities.js';
import type { AgentIdentity, AgentRef, AgentStatus, UnavailableVendor } from '../../domain/support.js';
import { identityKey, mergeIdentities, type Agent } from '../../domain/agents.js';
import { fromEachVendor } from '../from-each-vendor.js';

const perRequest = cacheSlot<Promise<{ agents: Agent[]; unavailable: UnavailableVendor[] }>>('agents/agents:perRequest');

/**
 * Every agent of every identity source, read once per request; vendors that fail are reported. A
 * vendor whose part of the live board is fresh (board-identities.ts: polled here within its
 * interval, and answering) is answered from the board, with no vendor call.
 */
export function allAgents(ctx: Context): Promise<{ agents: Agent[]; unavailable: UnavailableVendor[] }> {
  let pending = ctx.cache.get(perRequest);
  if (!pending) {
    const identitiesOf = async (source: AgentIdentitySource) => boardIdentities(ctx.live, source.vendor) ?? source.identities(ctx);
    pending = fromEachVendor(AGENT_IDENTITY_SOURCES, identitiesOf).then(({ items, unavailable }) => ({
      agents: mergeIdentities(items, unavailable),
      unavailable,
    }));
    ctx.cache.set(perRequest, pending);
  }
  return pending;
}

/**
 * Gives a context the people it would read, without reading the vendors: a live event's
 * relation fields (a session's agent, a queue's members) resolve from the live board.
 */
export function primeAgents(ctx: Context, agents: Agent[], unavailable: UnavailableVendor[]): void {
  ctx.cache.set(perRequest, Promise.resolve({ agents, unavailable }));
}

export interface AgentFilter {
  status?: AgentStatus | null;
  /** A team: only agents with an identity in it. */
  team?: { vendor: string; vendorId: string } | null;
}

export async function listAgents(ctx: Context, filter: AgentFilter): Promise<{ agents: Agent[]; unavailable: UnavailableVendor[] }> {
  const { agents, unavailable } = await allAgents(ctx);
  const team = filter.team;
  return {
    agents: agents.filter(
      (agent) =>
        (!filter.status || agent.status === filter.status) &&
        (!team || agent.identities.some((identity) => identity.vendor === team.vendor && identity.teamIds.includes(team.vendorId))),
    ),
    unavailable,
  };
}

export async function agentByKey(ctx: Context, key: string): Promise<Agent | null> {
  return (await allAgents(ctx)).agents.find((agent) => agent.key === key) ?? null;
}

/** The Agent (with status) whose email this is, or null (also when only a vendor that failed might know it). */
export async function agentByEmail(ctx: Context, email: string): Promise<Agent | null> {
  return agentByKey(ctx, email.trim().toLowerCase());
}

/** A vendor reported unavailable, as the typed error its own call raised (code and vendor kept). */
export function unavailableError(unavailable: UnavailableVendor): UpstreamError {
  return new UpstreamError({ code: unavailable.code as UpstreamErrorCode, vendor: unavailable.vendor, message: unavailable.message });
}

/**
 * A caller's look-up by email. Null means every vendor answered and none knows the email. When
 * nobody who answered knows it but a vendor could not be read, "no such agent" would be a guess
 * (the person may be a rep only there), so that vendor's typed error is thrown instead.
 */
export async function lookUpAgentByEmail(ctx: Context, email: string): Promise<Agent | null> {
  const agent = await agentByEmail(ctx, email);
  if (agent) return agent;
  const { unavailable } = await allAgents(ctx);
  if (unavailable[0]) throw unavailableError(unavailable[0]);
  return null;
}

/**
 * The person behind a session's (or call's) agent. When the vendor's roster answered but does
 * not list the identity (a rep since deleted) the agent is built from the record's own data,
 * with status OFFLINE: the record still names who handled it. When the roster could not be
 * read, that vendor's typed error is thrown instead: a name and a status made up from an id
 * would be invented data.
 */
export async function agentForRef(ctx: Context, ref: AgentRef): Promise<Agent> {
  const { agents, unavailable } = await allAgents(ctx);
  const found = agents.find((agent) => agent.identities.some((identity) => identity.vendor === ref.vendor && identity.vendorId === ref.vendorId));
  if (found) return found;
  const failed = unavailable.find((vendor) => vendor.vendor === ref.vendor);
  if (failed) throw unavailableError(failed);
  const identity: AgentIdentity = { vendor: ref.vendor, vendorId: ref.vendorId, name: ref.name, email: ref.email, status: 'OFFLINE', teamIds: [] };
  return { key: identityKey(identity), name: ref.name, email: ref.email, status: 'OFFLINE', identities: [identity], unavailable };
}
