import { EntitySchema } from '@mikro-orm/core';

/**
 * A manager acknowledged a firing alert (`acknowledgeAlert`): stored so every board, and an instance that
 * starts later, shows who did and when. It belongs to one FIRING (the alert's id and when it fired): the
 * same condition firing again later starts unacknowledged.
 */
export interface AlertAcknowledgementRecord {
  id: number;
  /** The alert's id (`<rule id>/<subject>`, domain/alerts.ts `alertId`). */
  alertId: string;
  /** When the acknowledged FIRING fired (the alert's `at`). */
  firedAt: Date;
  /** The key label of the manager (`manager#3f2a1c`, `jwt:<sub>`). */
  acknowledgedBy: string;
  acknowledgedAt: Date;
}

export const AlertAcknowledgementSchema = new EntitySchema<AlertAcknowledgementRecord>({
  name: 'AlertAcknowledgement',
  tableName: 'alert_acknowledgements',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    alertId: { type: 'string', length: 512, fieldName: 'alert_id' },
    firedAt: { type: 'datetime', fieldName: 'fired_at' },
    acknowledgedBy: { type: 'string', length: 255, fieldName: 'acknowledged_by' },
    acknowledgedAt: { type: 'datetime', fieldName: 'acknowledged_at' },
  },
  uniques: [{ name: 'alert_acknowledgements_alert_fired_unique', properties: ['alertId', 'firedAt'] }],
});
