import type { AgentStatus, LiveAgentFragment, Vendor } from '../../../clients/graphql/generated/graphql.js';
import type { Board } from '../board.js';
import { h } from '../element.js';
import type { TeamsOf } from '../teams.js';
import { vendorName } from '../vendor-names.js';

type Identity = LiveAgentFragment['identities'][number];
interface Row {
  agent: LiveAgentFragment;
  identity: Identity;
}

const NO_TEAM = 'No team';
const STATUS_ORDER: AgentStatus[] = ['AVAILABLE', 'BUSY', 'AWAY', 'OFFLINE'];

function byName(a: Row, b: Row): number {
  return a.identity.name.localeCompare(b.identity.name);
}

/** Agents per vendor (each vendor account with its own status), then per team at that vendor. */
export function renderAgents(container: HTMLElement, board: Board, teamsOf: TeamsOf): void {
  const vendors = new Map<Vendor, Map<string, Row[]>>();
  for (const agent of board.agents.values()) {
    for (const identity of agent.identities) {
      const teams = vendors.get(identity.vendor) ?? new Map<string, Row[]>();
      vendors.set(identity.vendor, teams);
      const names = teamsOf(agent.id, identity.vendor);
      for (const team of names.length > 0 ? names : [NO_TEAM]) teams.set(team, [...(teams.get(team) ?? []), { agent, identity }]);
    }
  }
  const sections = [...vendors].sort(([a], [b]) => vendorName(a).localeCompare(vendorName(b)));
  container.replaceChildren(
    ...sections.map(([vendor, teams]) => {
      const stale = board.vendors.get(vendor)?.reachable === false;
      const teamNames = [...teams.keys()].sort((a, b) => (a === NO_TEAM ? 1 : b === NO_TEAM ? -1 : a.localeCompare(b)));
      return h(
        'section',
        { class: `vendor-agents${stale ? ' stale' : ''}`, 'data-vendor': vendor },
        h('h3', {}, vendorName(vendor), stale ? h('span', { class: 'badge down' }, 'last known') : null, h('span', { class: 'counts' }, counts(teams))),
        ...teamNames.map((team) =>
          h(
            'div',
            { class: 'team' },
            h('h4', {}, team),
            h('ul', { class: 'agent-list' }, ...(teams.get(team) ?? []).sort(byName).map(agentRow)),
          ),
        ),
      );
    }),
  );
  if (sections.length === 0) container.replaceChildren(h('p', { class: 'muted' }, 'No agents on the board yet.'));
}

function agentRow({ agent, identity }: Row): HTMLLIElement {
  return h(
    'li',
    { class: `agent status-${identity.status.toLowerCase()}`, 'data-agent-id': agent.id, 'data-vendor': identity.vendor, 'data-vendor-id': identity.vendorId, 'data-status': identity.status },
    h('span', { class: 'dot', 'aria-hidden': 'true' }),
    h('span', { class: 'name', title: agent.email ?? undefined }, identity.name),
    h('span', { class: 'status' }, identity.status.toLowerCase()),
  );
}

/** `3 available · 2 busy` over the vendor's accounts (each counted once, whatever its teams). */
function counts(teams: Map<string, Row[]>): string {
  const seen = new Map<string, AgentStatus>();
  for (const rows of teams.values()) for (const row of rows) seen.set(row.identity.vendorId, row.identity.status);
  const tally = STATUS_ORDER.map((status) => [status, [...seen.values()].filter((s) => s === status).length] as const);
  return tally
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status.toLowerCase()}`)
    .join(' · ');
}
