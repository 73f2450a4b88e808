import type { AlertsSubscription } from '../../clients/graphql/generated/graphql.js';

export type Alert = AlertsSubscription['alerts'];

/**
 * Alerts firing (a RESOLVED event takes its alert away), or why the page cannot show them. The
 * gateway sends alerts as they fire, with no backlog: the list covers the time since this connection
 * began (`since`), and starts again after a reconnect, when resolutions may have been missed.
 */
export interface Alerts {
  firing: Map<string, Alert>;
  since: string | null;
  unavailable: string | null;
}

export function noAlerts(): Alerts {
  return { firing: new Map(), since: null, unavailable: null };
}

export function alertsFrom(alerts: Alerts, since: Date): void {
  alerts.firing.clear();
  alerts.since = since.toISOString();
}

export function applyAlert(alerts: Alerts, alert: Alert): void {
  if (alert.state === 'RESOLVED') alerts.firing.delete(alert.id);
  else alerts.firing.set(alert.id, alert);
}

/** A refused `alerts` subscription: the key's role is below manager (FORBIDDEN), or another error. */
export function alertsRefused(alerts: Alerts, error: unknown): void {
  const codes = Array.isArray(error) ? error.map((item: { extensions?: { code?: unknown } }) => item.extensions?.code) : [];
  alerts.unavailable = codes.includes('FORBIDDEN') ? 'Alerts need a manager key.' : 'Alerts are unavailable right now.';
}
