import type { LiveAlert } from '../../domain/alerts.js';
import { NotFoundError } from '../../domain/errors.js';
import { insertAlertAcknowledgement, listAlertAcknowledgements } from '../../store/alert-acknowledgements.js';
import type { Context } from '../context.js';

/**
 * Managers acknowledge firing alerts: stored (store/alert-acknowledgements.ts), then published again with
 * who and when, so every board shows it. An acknowledgement belongs to one FIRING (the alert's id and `at`).
 */

/** `acknowledgeAlert(id)`: the alert as every board now shows it; acknowledging it again changes nothing. */
export async function acknowledgeAlert(ctx: Context, id: string): Promise<LiveAlert> {
  const [firing] = await withAcknowledgements(ctx, ctx.live.activeAlerts().filter((alert) => alert.id === id));
  if (!firing) throw new NotFoundError('Alert', id);
  if (firing.acknowledgedAt) return firing;
  const stored = await insertAlertAcknowledgement(ctx.em, { alertId: id, firedAt: new Date(firing.at), acknowledgedBy: ctx.caller.label, acknowledgedAt: ctx.cache.now });
  const acknowledgement = { by: stored.acknowledgedBy, at: stored.acknowledgedAt.toISOString() };
  return ctx.live.acknowledgeAlert(id, acknowledgement) ?? { ...firing, acknowledgedBy: acknowledgement.by, acknowledgedAt: acknowledgement.at };
}

/**
 * Firing alerts with their stored acknowledgements: what an instance that started after the acknowledgement
 * (or missed its event) shows. Reads the store only when there are alerts.
 */
export async function withAcknowledgements(ctx: Context, alerts: LiveAlert[]): Promise<LiveAlert[]> {
  const unknown = alerts.filter((alert) => !alert.acknowledgedAt);
  if (unknown.length === 0) return alerts;
  const stored = await listAlertAcknowledgements(ctx.em, [...new Set(unknown.map((alert) => alert.id))]);
  return alerts.map((alert) => {
    if (alert.acknowledgedAt) return alert;
    const ack = stored.find((row) => row.alertId === alert.id && row.firedAt.getTime() === Date.parse(alert.at));
    return ack ? { ...alert, acknowledgedBy: ack.acknowledgedBy, acknowledgedAt: ack.acknowledgedAt.toISOString() } : alert;
  });
}
