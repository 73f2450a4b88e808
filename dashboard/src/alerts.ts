import type { AlertsSubscription } from '../../clients/graphql/generated/graphql.js';

export type Alert = AlertsSubscription['alerts'];

/** Alerts now firing (a RESOLVED event takes its alert away), or why the page cannot show them. */
export interface Alerts {
  firing: Map<string, Alert>;
  unavailable: string | null;
}

export function noAlerts(): Alerts {
  return { firing: new Map(), unavailable: null };
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
