import type { Alerts } from '../alerts.js';
import { h } from '../element.js';
import { clockTime } from '../time-format.js';
import { vendorName } from '../vendor-names.js';

/** Firing alerts, newest first; or why there are none to show (a viewer key cannot see them). */
export function renderAlerts(container: HTMLElement, alerts: Alerts): void {
  if (alerts.unavailable) return container.replaceChildren(h('p', { class: 'muted', 'data-alerts': 'unavailable' }, alerts.unavailable));
  const firing = [...alerts.firing.values()].sort((a, b) => b.at.localeCompare(a.at));
  const since = alerts.since ? ` since ${clockTime(alerts.since)}` : '';
  if (firing.length === 0) return container.replaceChildren(h('p', { class: 'muted', 'data-alerts': 'none' }, `No alerts raised${since}.`));
  container.replaceChildren(
    h('p', { class: 'muted' }, `Raised${since}, still firing:`),
    h(
      'ul',
      { class: 'alerts', 'data-alerts': 'firing' },
      ...firing.map((alert) =>
        h('li', { class: 'alert', 'data-alert-kind': alert.rule.kind }, h('span', { class: 'when' }, clockTime(alert.at)), h('span', { class: 'vendor-tag' }, vendorName(alert.vendor)), alert.message),
      ),
    ),
  );
}
