import { EntitySchema } from '@mikro-orm/core';

/**
 * An alert rule an admin made with `createAlertRule` (configured rules, LIVE_ALERT_RULES, are not
 * stored). `kind` is an `AlertKind` (domain/alerts.ts: QUEUE_WAITING, LONGEST_WAIT, RATING_AT_MOST, RATING_AT_LEAST,
 * VENDOR_UNREACHABLE); a plain string column, so a new kind needs no migration.
 */
export interface AlertRuleRecord {
  id: number;
  kind: string;
  /** Null for VENDOR_UNREACHABLE. */
  threshold: number | null;
  /** A `Vendor` value the rule is limited to; null for every vendor. */
  vendor: string | null;
  createdAt: Date;
  /** The key label of the admin who made it. */
  createdBy: string | null;
}

export const AlertRuleSchema = new EntitySchema<AlertRuleRecord>({
  name: 'AlertRule',
  tableName: 'alert_rules',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    kind: { type: 'string', length: 32 },
    threshold: { type: 'integer', nullable: true },
    vendor: { type: 'string', length: 32, nullable: true },
    createdAt: { type: 'datetime', fieldName: 'created_at' },
    createdBy: { type: 'string', length: 255, fieldName: 'created_by', nullable: true },
  },
});
