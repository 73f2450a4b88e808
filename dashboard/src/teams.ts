import type { DashboardTeamsQuery, Vendor } from '../../clients/graphql/generated/graphql.js';

/** The names of the teams an agent belongs to at one vendor. */
export type TeamsOf = (agentId: string, vendor: Vendor) => string[];

export const NO_TEAMS: TeamsOf = () => [];

/**
 * Team membership from one `teams` list (DashboardTeams, read once per connection): the board's
 * agents carry their vendor identities but not their teams, and Agent.teams would read the
 * vendors for every agent and every event.
 */
export function teamsOf(data: DashboardTeamsQuery): TeamsOf {
  const byMember = new Map<string, string[]>();
  for (const team of data.teams?.nodes ?? []) {
    for (const member of team.members ?? []) {
      const key = `${team.vendor} ${member.id}`;
      byMember.set(key, [...(byMember.get(key) ?? []), team.name]);
    }
  }
  return (agentId, vendor) => byMember.get(`${vendor} ${agentId}`) ?? [];
}
