import type { LiveAlert } from '../../domain/alerts.js';
import type { AlertRule } from '../../domain/alerts.js';
import { alertRuleInput, type AlertRuleInput } from '../../domain/alerts.js';
import type { Context } from '../context.js';
import { deleteAlertRule as deleteStoredRule, insertAlertRule, listAlertRules } from '../../store/alert-rules.js';
import type { AlertRuleRecord } from '../../store/entities/alert-rule.js';
import type { EntityManager } from '../../store/index.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { validInput } from '../../domain/validate.js';

/** Alert rules: the configured ones (LIVE_ALERT_RULES) and those admins make, stored. */

function toRule(record: AlertRuleRecord): AlertRule {
  return {
    id: String(record.id),
    kind: record.kind as AlertRule['kind'],
    threshold: record.threshold,
    vendor: record.vendor,
    source: 'admin',
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
  };
}

/** Every rule in force: configured first, then stored ones, oldest first. */
export async function readAlertRules(em: EntityManager, configured: readonly AlertRule[]): Promise<AlertRule[]> {
  return [...configured, ...(await listAlertRules(em)).map(toRule)];
}

/** The rules in force, as the engine applies them. */
export function alertRules(ctx: Context): Promise<AlertRule[]> {
  return ctx.live.alertRules();
}

/** Stores a rule and raises at once what it finds on the board (a queue already over it, a vendor already down). */
export async function createAlertRule(ctx: Context, input: AlertRuleInput): Promise<AlertRule> {
  const valid = validInput(alertRuleInput, input);
  const rule = toRule(await insertAlertRule(ctx.em, { ...valid, createdBy: ctx.caller.label }));
  await ctx.live.checkRule(rule);
  return rule;
}

/** Deletes a stored rule by id, resolving the alerts it has firing; configured rules are changed in LIVE_ALERT_RULES only. */
export async function deleteAlertRule(ctx: Context, id: string): Promise<string> {
  if (id.startsWith('config:')) throw new InputError([{ field: 'id', message: 'is a configured rule (LIVE_ALERT_RULES): change the configuration to remove it' }]);
  if (!/^[1-9]\d{0,15}$/.test(id) || !(await deleteStoredRule(ctx.em, Number(id)))) throw new NotFoundError('AlertRule', id);
  await ctx.live.resolveRule(id);
  return id;
}

export interface AlertFilter {
  vendor?: string | null;
  kind?: AlertRule['kind'] | null;
}

/** Whether an alert passes a filter. */
function passes(alert: LiveAlert, filter: AlertFilter): boolean {
  return (!filter.vendor || alert.vendor === filter.vendor) && (!filter.kind || alert.rule.kind === filter.kind);
}

/** `activeAlerts`: the conditions firing now that pass the filter, oldest first (rating events are not kept). */
export function activeAlerts(ctx: Context, filter: AlertFilter = {}): LiveAlert[] {
  return ctx.live.activeAlerts().filter((alert) => passes(alert, filter));
}

/** `alerts`: alerts raised from now on that pass the filter; a slow subscriber keeps the newest (the buffer's worth). */
export function watchAlerts(ctx: Context, filter: AlertFilter): AsyncIterableIterator<LiveAlert> {
  return ctx.live.watch<LiveAlert>({
    events: (message) => (message.type === 'alert' && passes(message.alert, filter) ? [message.alert] : []),
    skip: (backlog) => [...backlog],
  });
}
