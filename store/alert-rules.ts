import { AlertRuleSchema, type AlertRuleRecord } from './entities/alert-rule.js';
import type { EntityManager } from './sql-types.js';

export type NewAlertRule = Pick<AlertRuleRecord, 'kind' | 'threshold' | 'vendor' | 'createdBy'>;

/** Every stored alert rule, oldest first. */
export function listAlertRules(em: EntityManager): Promise<AlertRuleRecord[]> {
  return em.fork().find(AlertRuleSchema, {}, { orderBy: { id: 'asc' } });
}

export async function insertAlertRule(em: EntityManager, rule: NewAlertRule): Promise<AlertRuleRecord> {
  const fork = em.fork();
  const record = fork.create(AlertRuleSchema, { ...rule, createdAt: new Date() });
  await fork.persistAndFlush(record);
  return record;
}

/** Deletes a rule; false when there was none with that id. */
export async function deleteAlertRule(em: EntityManager, id: number): Promise<boolean> {
  return (await em.fork().nativeDelete(AlertRuleSchema, { id })) > 0;
}
