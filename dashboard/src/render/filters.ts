import type { Board } from '../board.js';
import { h } from '../element.js';
import type { Filters } from '../filters.js';
import type { TeamsOf } from '../teams.js';
import { vendorName } from '../vendor-names.js';

/**
 * The filter bar: vendor, team and queue pickers from what the board holds. Rebuilt only when its choices
 * or the filters change, so an open picker is not replaced under the pointer by the once-a-second render.
 */
export function renderFilters(container: HTMLElement, board: Board, teamsOf: TeamsOf, filters: Filters, change: (filters: Filters) => void): void {
  const vendors = [...new Set([...board.vendors.keys(), ...[...board.agents.values()].flatMap((agent) => agent.identities.map((identity) => identity.vendor))])].sort();
  const teams = [...new Set([...board.agents.values()].flatMap((agent) => agent.identities.flatMap((identity) => teamsOf(agent.id, identity.vendor))))].sort();
  const queues = [...board.queues.values()].filter((queue) => !filters.vendor || queue.vendor === filters.vendor).sort((a, b) => a.name.localeCompare(b.name));
  const signature = JSON.stringify([vendors, teams, queues.map((queue) => queue.id), filters]);
  if (container.dataset['signature'] === signature) return;
  container.dataset['signature'] = signature;
  const picker = (name: keyof Filters, label: string, options: [string, string][]) => {
    const select = h('select', { name, 'aria-label': label }, h('option', { value: '' }, `All ${label.toLowerCase()}s`), ...options.map(([value, text]) => h('option', { value }, text)));
    // A value the board does not hold (yet) stays chosen: the board may still be arriving.
    if (filters[name] && !options.some(([value]) => value === filters[name])) select.append(h('option', { value: filters[name]! }, filters[name]!));
    select.value = filters[name] ?? '';
    select.onchange = () => change({ ...filters, [name]: select.value || null });
    return h('label', { class: 'filter' }, select);
  };
  container.replaceChildren(
    picker('vendor', 'Vendor', vendors.map((vendor) => [vendor, vendorName(vendor)])),
    picker('team', 'Team', teams.map((team) => [team, team])),
    picker('queue', 'Queue', queues.map((queue) => [queue.id, `${queue.name} · ${vendorName(queue.vendor)}`])),
  );
}
