import type { Vendor } from '../../clients/graphql/generated/graphql.js';
import type { Board } from './board.js';
import type { TeamsOf } from './teams.js';

/**
 * What the board is narrowed to, kept in the address (`?vendor=BOMGAR&team=Tier%202&queue=<Queue id>`) so a
 * reload, a bookmark or a wallboard's kiosk URL keeps it. Other parameters (`kiosk`) are left as they are.
 */
export interface Filters {
  vendor: Vendor | null;
  /** A team's name (teams are per vendor; the name is what a lead picks). */
  team: string | null;
  /** A Queue id. */
  queue: string | null;
}

const NAMES = ['vendor', 'team', 'queue'] as const;

export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return { vendor: (params.get('vendor') as Vendor | null) || null, team: params.get('team') || null, queue: params.get('queue') || null };
}

/** `search` with the filters written into it (an empty filter removed). */
export function withFilters(search: string, filters: Filters): string {
  const params = new URLSearchParams(search);
  for (const name of NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const text = params.toString().replace(/=(?=&|$)/g, '');
  return text ? `?${text}` : '';
}

/** The part of the board the filters let through: agents' accounts at the vendor and in the team, queues, sessions. */
export function filterBoard(board: Board, filters: Filters, teamsOf: TeamsOf): Board {
  if (!filters.vendor && !filters.team && !filters.queue) return board;
  const agents = new Map<string, Board['agents'] extends Map<string, infer A> ? A : never>();
  for (const [id, agent] of board.agents) {
    const identities = agent.identities.filter((identity) => (!filters.vendor || identity.vendor === filters.vendor) && (!filters.team || teamsOf(agent.id, identity.vendor).includes(filters.team)));
    if (identities.length > 0) agents.set(id, { ...agent, identities });
  }
  return {
    ...board,
    agents,
    queues: new Map([...board.queues].filter(([id, queue]) => (!filters.vendor || queue.vendor === filters.vendor) && (!filters.queue || id === filters.queue))),
    sessions: new Map([...board.sessions].filter(([, session]) => !filters.vendor || session.vendor === filters.vendor)),
  };
}
