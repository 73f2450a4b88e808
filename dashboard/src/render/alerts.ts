import type { Alerts } from '../alerts.js';
import { h } from '../element.js';
import { clockTime } from '../time-format.js';
import { vendorName } from '../vendor-names.js';

/** Who acknowledged an alert and when, or a button to acknowledge it (a manager key: this page reads alerts). */
function acknowledgement(alert: Alerts['firing'] extends Map<string, infer A> ? A : never, acknowledge: (id: string) => void) {
  if (alert.acknowledgedBy) return h('span', { class: 'acknowledged', 'data-acknowledged-by': alert.acknowledgedBy }, `acknowledged by ${alert.acknowledgedBy}${alert.acknowledgedAt ? ` at ${clockTime(alert.acknowledgedAt)}` : ''}`);
  const button = h('button', { type: 'button', class: 'ack', 'data-ack-for': alert.id }, 'Acknowledge');
  button.onclick = () => {
    button.disabled = true;
    acknowledge(alert.id);
  };
  return button;
}

/** Firing alerts, newest first; or why there are none to show (a viewer key cannot see them). */
export function renderAlerts(container: HTMLElement, alerts: Alerts, acknowledge: (id: string) => void): void {
  if (alerts.unavailable) return container.replaceChildren(h('p', { class: 'muted', 'data-alerts': 'unavailable' }, alerts.unavailable));
  const firing = [...alerts.firing.values()].sort((a, b) => b.at.localeCompare(a.at));
  if (firing.length === 0) return container.replaceChildren(h('p', { class: 'muted', 'data-alerts': 'none' }, 'No alerts firing.'));
  container.replaceChildren(
    h('p', { class: 'muted' }, 'Firing:'),
    h(
      'ul',
      { class: 'alerts', 'data-alerts': 'firing' },
      ...firing.map((alert) =>
        h(
          'li',
          { class: 'alert', 'data-alert-kind': alert.rule.kind, 'data-alert-id': alert.id },
          h('span', { class: 'when' }, clockTime(alert.at)),
          h('span', { class: 'vendor-tag' }, vendorName(alert.vendor)),
          alert.message,
          alert.state === 'FIRING' && alert.rule.kind !== 'RATING_AT_MOST' && alert.rule.kind !== 'RATING_AT_LEAST' ? acknowledgement(alert, acknowledge) : null,
        ),
      ),
    ),
  );
}
