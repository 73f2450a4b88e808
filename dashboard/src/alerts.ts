import type { LiveAlertFragment } from '../../clients/graphql/generated/graphql.js';

export type Alert = LiveAlertFragment;

/**
 * Alerts firing, or why the page cannot show them. The first board (a manager key) carries the
 * alerts already firing; the `alerts` subscription then adds each FIRING and takes its alert away
 * on the RESOLVED with the same id. Rating alerts are one-off events: shown from this connection on.
 */
export interface Alerts {
  firing: Map<string, Alert>;
  /**
   * The newest `alerts` event per id on this connection. The two subscriptions arrive in any order,
   * so a board painted after an event must not bring back an alert the event resolved.
   */
  heard: Map<string, Alert>;
  unavailable: string | null;
}

export function noAlerts(): Alerts {
  return { firing: new Map(), heard: new Map(), unavailable: null };
}

/** A new connection: what the last one held may have been resolved meanwhile; its first board says what fires. */
export function alertsReset(alerts: Alerts): void {
  alerts.firing.clear();
  alerts.heard.clear();
}

function take(firing: Map<string, Alert>, alert: Alert): void {
  if (alert.state === 'RESOLVED') firing.delete(alert.id);
  else firing.set(alert.id, alert);
}

/** One `alerts` event: FIRING adds (or replaces) its alert, RESOLVED takes the alert with its id away. */
export function applyAlert(alerts: Alerts, alert: Alert): void {
  alerts.heard.set(alert.id, alert);
  take(alerts.firing, alert);
}

/**
 * A board's firing alerts (null: the key may not read alerts): they replace what the page holds, with
 * this connection's events on top unless the board's alert is newer.
 */
export function applyBoardAlerts(alerts: Alerts, firing: readonly Alert[] | null | undefined): void {
  if (!firing) return;
  alerts.firing = new Map(firing.map((alert) => [alert.id, alert]));
  for (const event of alerts.heard.values()) {
    const onBoard = alerts.firing.get(event.id);
    // At the same `at` (one firing), an acknowledged copy is the newer one, whichever subscription brought it.
    if (!onBoard || event.at > onBoard.at || (event.at === onBoard.at && (event.acknowledgedAt || !onBoard.acknowledgedAt))) take(alerts.firing, event);
  }
}

/** A refused `alerts` subscription: the key's role is below manager (FORBIDDEN), or another error. */
export function alertsRefused(alerts: Alerts, error: unknown): void {
  const codes = Array.isArray(error) ? error.map((item: { extensions?: { code?: unknown } }) => item.extensions?.code) : [];
  alerts.unavailable = codes.includes('FORBIDDEN') ? 'Alerts need a manager key.' : 'Alerts are unavailable right now.';
}
