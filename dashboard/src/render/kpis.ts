import { kpiTiles, type Kpis } from '../kpis.js';
import { h } from '../element.js';
import { clockTime } from '../time-format.js';

/** The KPI tiles: a loading state (never zeros) until the first answer, then the figures and how fresh they are. */
export function renderKpis(container: HTMLElement, kpis: Kpis | null, failed: boolean): void {
  if (!kpis) {
    container.dataset['state'] = failed ? 'failed' : 'loading';
    return container.replaceChildren(h('p', { class: 'muted kpi-status' }, failed ? 'Could not read today’s figures.' : 'Loading today’s figures…'));
  }
  container.dataset['state'] = 'ready';
  container.replaceChildren(
    ...kpiTiles(kpis).map((tile) =>
      h(
        'div',
        { class: 'kpi', 'data-kpi': tile.key, 'data-value': tile.raw === null ? '' : String(tile.raw) },
        h('span', { class: 'kpi-label' }, tile.label),
        h('span', { class: 'kpi-value' }, tile.value),
        h('span', { class: 'kpi-detail' }, tile.detail),
      ),
    ),
    h('p', { class: 'muted kpi-status' }, kpis.syncedAt ? `From the store, synced ${clockTime(kpis.syncedAt)}${kpis.complete ? '' : ' (partial)'}` : 'The store has not been synced yet'),
  );
}
