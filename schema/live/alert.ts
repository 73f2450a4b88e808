import type { LiveAlert } from '../../domain/alerts.js';
import { ALERT_KINDS, type AlertRule } from '../../domain/alerts.js';
import { activeAlerts, alertRules, createAlertRule, deleteAlertRule, watchAlerts } from '../../resolvers/live/alerts.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { eachEvent } from '../../resolvers/live/event-context.js';
import { acknowledgeAlert, withAcknowledgements } from '../../resolvers/live/acknowledge-alert.js';
import type { SupportQueue } from '../../domain/support.js';
import { ADMIN, MANAGER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { QueueRef, SupportSessionRef } from '../support/support-refs.js';
import { VendorEnum } from '../core/vendor.js';

/**
 * Alerts from the live board (the seed's trigger events) and the rules behind them. Watching
 * alerts and reading rules: manager; making and deleting rules: admin.
 */

type VendorValue = typeof VendorEnum.$inferType;

const AlertKindEnum = builder.enumType('AlertKind', {
  description:
    'QUEUE_WAITING: customers waiting in a queue ≥ threshold; LONGEST_WAIT: the longest wait ≥ threshold seconds; ' +
    'RATING_AT_MOST: a session rated ≤ threshold (1–5); RATING_AT_LEAST: a session rated ≥ threshold (1–5); ' +
    'VENDOR_UNREACHABLE: a polled vendor stopped answering. Rating alerts are one-off events (FIRING only); the others are conditions.',
  values: ALERT_KINDS,
});
const AlertStateEnum = builder.enumType('AlertState', {
  description: 'FIRING: the condition started to hold (or a session was rated); RESOLVED: the condition stopped holding, or its rule was deleted.',
  values: ['FIRING', 'RESOLVED'] as const,
});
const AlertRuleSourceEnum = builder.enumType('AlertRuleSource', {
  description: 'CONFIG: from LIVE_ALERT_RULES (changed only there); ADMIN: made with createAlertRule.',
  values: { CONFIG: { value: 'config' }, ADMIN: { value: 'admin' } } as const,
});

const AlertRuleRef = builder.objectRef<AlertRule>('AlertRule').implement({
  description: 'What makes the live engine raise an alert.',
  authScopes: MANAGER,
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false }),
    kind: t.field({ type: AlertKindEnum, nullable: false, resolve: (rule) => rule.kind }),
    threshold: t.exposeInt('threshold', { description: 'Customers, seconds or stars, by kind; null for VENDOR_UNREACHABLE.' }),
    vendor: t.field({ type: VendorEnum, description: 'Only this vendor; null: every vendor.', resolve: (rule) => rule.vendor as VendorValue | null }),
    source: t.field({ type: AlertRuleSourceEnum, nullable: false, resolve: (rule) => rule.source }),
    createdAt: t.field({ type: 'DateTime', resolve: (rule) => rule.createdAt }),
    createdBy: t.exposeString('createdBy', { description: 'The key label of the admin who made it.' }),
  }),
});

export const AlertRef = builder.objectRef<LiveAlert>('Alert').implement({
  description: 'An alert a rule raised from the live board.',
  authScopes: MANAGER,
  fields: (t) => ({
    id: t.exposeID('id', {
      nullable: false,
      description: "One per rule and subject (a queue, a vendor, a session): a condition's FIRING and RESOLVED share it, and so does its next FIRING.",
    }),
    rule: t.field({ type: AlertRuleRef, nullable: false, resolve: (alert) => alert.rule }),
    state: t.field({ type: AlertStateEnum, nullable: false, resolve: (alert) => alert.state }),
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (alert) => alert.vendor as VendorValue }),
    message: t.exposeString('message', { nullable: false }),
    value: t.exposeInt('value', { description: 'The figure compared with the threshold (customers, seconds, stars); null for reachability.' }),
    queue: t.field({ type: QueueRef, resolve: (alert) => alert.queue as unknown as SupportQueue | null }),
    session: t.field({ type: SupportSessionRef, resolve: (alert) => alert.session }),
    at: t.field({ type: 'DateTime', nullable: false, description: 'When it fired (or resolved).', resolve: (alert) => alert.at }),
    acknowledgedBy: t.string({ description: 'The key label of the manager who acknowledged this firing (acknowledgeAlert); null: nobody yet.', resolve: (alert) => alert.acknowledgedBy ?? null }),
    acknowledgedAt: t.field({ type: 'DateTime', description: 'When it was acknowledged.', resolve: (alert) => alert.acknowledgedAt ?? null }),
  }),
});

const AlertRuleInputRef = builder.inputType('AlertRuleInput', {
  fields: (t) => ({
    kind: t.field({ type: AlertKindEnum, required: true }),
    threshold: t.int({ description: 'Required except for VENDOR_UNREACHABLE: customers (QUEUE_WAITING), seconds (LONGEST_WAIT) or stars 1–5 (RATING_AT_MOST, RATING_AT_LEAST).' }),
    vendor: t.field({ type: VendorEnum, description: 'Only this vendor (GOTO_ASSIST, BOMGAR, AMEYO); omitted: every vendor.' }),
  }),
});

builder.queryField('activeAlerts', (t) =>
  t.field({
    type: [AlertRef],
    authScopes: MANAGER,
    nullable: false,
    description: 'The alerts firing now, oldest first: queues over a rule, vendors down (rating alerts are one-off events, not kept). `alerts` follows them from here.',
    args: { vendor: t.arg({ type: VendorEnum }), kind: t.arg({ type: AlertKindEnum }) },
    resolve: (_root, { vendor, kind }, ctx) => withAcknowledgements(ctx, activeAlerts(ctx, { vendor: vendor ?? null, kind: kind ?? null })),
  }),
);

builder.queryField('alertRules', (t) =>
  t.field({
    type: [AlertRuleRef],
    authScopes: MANAGER,
    nullable: false,
    description: 'Every alert rule in force: configured (LIVE_ALERT_RULES) first, then those admins made.',
    resolve: (_root, _args, ctx) => alertRules(ctx),
  }),
);

builder.mutationFields((t) => ({
  createAlertRule: t.field({
    type: AlertRuleRef,
    authScopes: ADMIN,
    errors: { types: [InputError], dataField: { name: 'rule' } },
    description: 'Adds a rule. It applies at once: a queue already over it, or a vendor already down, raises its alert now.',
    args: { input: t.arg({ type: AlertRuleInputRef, required: true }) },
    resolve: (_root, { input }, ctx) => createAlertRule(ctx, { kind: input.kind, threshold: input.threshold ?? null, vendor: input.vendor ?? null }),
  }),
  acknowledgeAlert: t.field({
    type: AlertRef,
    authScopes: MANAGER,
    errors: { types: [NotFoundError], dataField: { name: 'alert' } },
    description: 'Acknowledges a firing alert (an Alert id from activeAlerts or alerts): stored, and shown to every board as acknowledged by whom and when (the alert is sent again on `alerts`). The same condition firing again later starts unacknowledged.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => acknowledgeAlert(ctx, String(id)),
  }),
  deleteAlertRule: t.field({
    type: 'ID',
    authScopes: ADMIN,
    errors: { types: [InputError, NotFoundError], dataField: { name: 'id' } },
    description: 'Deletes a rule admins made (configured rules change in LIVE_ALERT_RULES only); returns its id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => deleteAlertRule(ctx, String(id)),
  }),
}));

builder.subscriptionField('alerts', (t) =>
  t.field({
    type: AlertRef,
    authScopes: MANAGER,
    nullable: false,
    description: 'Alerts raised from now on (FIRING, and RESOLVED when a condition clears); those already firing: activeAlerts, or liveBoard\'s first board.',
    args: { vendor: t.arg({ type: VendorEnum }), kind: t.arg({ type: AlertKindEnum }) },
    subscribe: (_root, { vendor, kind }, ctx) => watchAlerts(ctx, { vendor: vendor ?? null, kind: kind ?? null }),
    resolve: eachEvent,
  }),
);
