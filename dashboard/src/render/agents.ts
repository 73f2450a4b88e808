import type { AgentStatus, LiveAgentFragment } from '../../../clients/graphql/generated/graphql.js';
import type { Board } from '../board.js';
import { h } from '../element.js';
import type { TeamsOf } from '../teams.js';
import { vendorName } from '../vendor-names.js';

const STATUS_ORDER: AgentStatus[] = ['AVAILABLE', 'BUSY', 'AWAY', 'OFFLINE'];

/**
 * One row per person (the board's agents are already merged across vendors by the gateway): their status, their
 * teams, and a badge per vendor account with that account's status, shown as last known while the vendor is down.
 * Available people first, then busy, away, offline; by name within each.
 */
export function renderAgents(container: HTMLElement, board: Board, teamsOf: TeamsOf): void {
  const people = [...board.agents.values()].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.name.localeCompare(b.name));
  if (people.length === 0) return container.replaceChildren(h('p', { class: 'muted' }, 'No agents on the board yet.'));
  container.replaceChildren(h('p', { class: 'counts' }, counts(people)), h('ul', { class: 'people' }, ...people.map((person) => personRow(person, board, teamsOf))));
}

function personRow(person: LiveAgentFragment, board: Board, teamsOf: TeamsOf): HTMLLIElement {
  const teams = [...new Set(person.identities.flatMap((identity) => teamsOf(person.id, identity.vendor)))].sort();
  return h(
    'li',
    { class: `person status-${person.status.toLowerCase()}`, 'data-agent-id': person.id, 'data-status': person.status },
    h('span', { class: 'dot', 'aria-hidden': 'true' }),
    h('span', { class: 'name', title: person.email ?? undefined }, person.name),
    h('span', { class: 'teams' }, teams.join(', ')),
    h(
      'span',
      { class: 'accounts' },
      ...person.identities.map((identity) => {
        const stale = board.vendors.get(identity.vendor)?.reachable === false;
        return h(
          'span',
          {
            class: `account status-${identity.status.toLowerCase()}${stale ? ' stale' : ''}`,
            'data-vendor': identity.vendor,
            'data-vendor-id': identity.vendorId,
            'data-status': identity.status,
            title: `${vendorName(identity.vendor)}: ${identity.name}, ${identity.status.toLowerCase()}${stale ? ' (last known: the vendor does not answer)' : ''}`,
          },
          vendorName(identity.vendor),
        );
      }),
    ),
  );
}

/** `3 available · 2 busy` over the people. */
function counts(people: LiveAgentFragment[]): string {
  return STATUS_ORDER.map((status) => [status, people.filter((person) => person.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status.toLowerCase()}`)
    .join(' · ');
}
