import type { DashboardTodayQuery, DashboardTodayQueryVariables } from '../../clients/graphql/generated/graphql.js';

export type Today = DashboardTodayQuery;

/** How often the day's sessions and calls are read again (they cost the remote-support vendors a listing each). */
export const TODAY_REFRESH_MS = 60_000;

/** From local midnight to a minute from now (a call that just started is inside). */
export function todayWindow(now = new Date()): DashboardTodayQueryVariables {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return { from: midnight.toISOString(), to: new Date(now.getTime() + 60_000).toISOString() };
}
