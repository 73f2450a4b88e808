import type { Context } from '../context.js';
import { allAgents } from '../agents/agents.js';
import type { Agent } from '../../domain/agents.js';
import type { SupportQueue, SupportTeam, SupportVendor, UnavailableVendor } from '../../domain/support.js';
import { SUPPORT_SOURCES, supportSource } from '../../adapters/index.js';
import { fromEachVendor } from '../from-each-vendor.js';

function sourcesFor(vendor: SupportVendor | null | undefined) {
  return SUPPORT_SOURCES.filter((source) => !vendor || source.vendor === vendor);
}

export function listTeams(ctx: Context, vendor?: SupportVendor | null): Promise<{ items: SupportTeam[]; unavailable: UnavailableVendor[] }> {
  return fromEachVendor(sourcesFor(vendor), (source) => source.teams(ctx));
}

export function listQueues(ctx: Context, vendor?: SupportVendor | null): Promise<{ items: SupportQueue[]; unavailable: UnavailableVendor[] }> {
  return fromEachVendor(sourcesFor(vendor), (source) => source.queues(ctx));
}

export async function teamsById(ctx: Context, vendor: SupportVendor, ids: readonly string[]): Promise<(SupportTeam | null)[]> {
  const teams = (await supportSource(vendor)?.teams(ctx)) ?? [];
  return ids.map((id) => teams.find((team) => team.vendorId === id) ?? null);
}

export async function queuesById(ctx: Context, vendor: SupportVendor, ids: readonly string[]): Promise<(SupportQueue | null)[]> {
  const queues = (await supportSource(vendor)?.queues(ctx)) ?? [];
  return ids.map((id) => queues.find((queue) => queue.vendorId === id) ?? null);
}

/** The people behind a team's or queue's member identities. */
export async function membersOf(ctx: Context, group: { vendor: SupportVendor; memberIds: string[] }): Promise<Agent[]> {
  const members = new Set(group.memberIds);
  const { agents } = await allAgents(ctx);
  return agents.filter((agent) => agent.identities.some((identity) => identity.vendor === group.vendor && members.has(identity.vendorId)));
}

/** The teams an agent's identities belong to, across vendors. */
export async function teamsOfAgent(ctx: Context, agent: Agent): Promise<SupportTeam[]> {
  const wanted = agent.identities.flatMap((identity) => identity.teamIds.map((teamId) => ({ vendor: identity.vendor, teamId })));
  const vendors = [...new Set(wanted.map((item) => item.vendor))].filter((vendor): vendor is SupportVendor => Boolean(supportSource(vendor as SupportVendor)));
  const teams = (await Promise.all(vendors.map((vendor) => supportSource(vendor)!.teams(ctx)))).flat();
  return teams.filter((team) => wanted.some((item) => item.vendor === team.vendor && item.teamId === team.vendorId));
}
