import type { SupportSession } from '../../domain/support.js';
import { vendorName } from '../../domain/vendors.js';
import type { LiveChange, LiveQueue, VendorStatus } from '../../domain/live.js';
import { alertId, type AlertCondition, type AlertRule, type LiveAlert } from '../../domain/alerts.js';

/** An alert before it has its time: `subject` makes its id with the rule's. */
type Draft = Omit<LiveAlert, 'id' | 'at'> & { subject: string };

const applies = (rule: AlertRule, vendor: string) => rule.vendor === null || rule.vendor === vendor;

/** Whether a queue figure is at or over a threshold (a missing queue is not). */
function queueOver(rule: AlertRule, queue: LiveQueue | null): boolean {
  if (!queue || rule.threshold === null) return false;
  return (rule.kind === 'QUEUE_WAITING' ? queue.waitingCount : queue.longestWaitSeconds) >= rule.threshold;
}

function queueAlert(rule: AlertRule, before: LiveQueue | null, after: LiveQueue | null): Draft | null {
  const queue = (after ?? before)!;
  if (!applies(rule, queue.vendor)) return null;
  const was = queueOver(rule, before);
  const is = queueOver(rule, after);
  if (was === is) return null;
  const value = rule.kind === 'QUEUE_WAITING' ? (after?.waitingCount ?? 0) : (after?.longestWaitSeconds ?? 0);
  const what = rule.kind === 'QUEUE_WAITING' ? `${value} waiting` : `longest wait ${value} s`;
  const limit = rule.kind === 'QUEUE_WAITING' ? `${rule.threshold} waiting` : `${rule.threshold} s`;
  return {
    rule,
    subject: `queue:${queue.vendor}:${queue.vendorId}`,
    state: is ? 'FIRING' : 'RESOLVED',
    vendor: queue.vendor,
    message: `${vendorName(queue.vendor)} queue ${queue.name}: ${what} (${is ? 'at or over' : 'back under'} ${limit})`,
    value,
    queue: after ?? before,
    session: null,
  };
}

function ratingOf(session: SupportSession | null): number | null {
  return session?.feedback?.rating ?? null;
}

/** A session newly rated at most (RATING_AT_MOST) or at least (RATING_AT_LEAST) the threshold: an event, FIRING only. */
function ratingAlert(rule: AlertRule, before: SupportSession | null, after: SupportSession | null): Draft | null {
  const rating = ratingOf(after);
  if (!after || rating === null || rule.threshold === null || !applies(rule, after.vendor)) return null;
  if (rating === ratingOf(before)) return null;
  const atMost = rule.kind === 'RATING_AT_MOST';
  if (atMost ? rating > rule.threshold : rating < rule.threshold) return null;
  const who = after.customer.name ? ` from ${after.customer.name}` : '';
  return {
    rule,
    subject: `session:${after.vendor}:${after.vendorId}`,
    state: 'FIRING',
    vendor: after.vendor,
    message: `${vendorName(after.vendor)} session ${after.vendorId} rated ${rating} of 5${who} (${atMost ? 'at most' : 'at least'} ${rule.threshold})`,
    value: rating,
    queue: null,
    session: after,
  };
}

function vendorAlert(rule: AlertRule, before: VendorStatus | null, after: VendorStatus): Draft | null {
  if (!applies(rule, after.vendor)) return null;
  const was = before !== null && !before.reachable;
  const is = !after.reachable;
  if (was === is) return null;
  return {
    rule,
    subject: `vendor:${after.vendor}`,
    state: is ? 'FIRING' : 'RESOLVED',
    vendor: after.vendor,
    message: is ? `${vendorName(after.vendor)} is unreachable (${after.code ?? 'UPSTREAM_UNAVAILABLE'})` : `${vendorName(after.vendor)} answers again`,
    value: null,
    queue: null,
    session: null,
  };
}

/** The alerts one change raises under one rule (edge-triggered: only when the condition starts or stops holding). */
function alertFor(rule: AlertRule, change: LiveChange): Draft | null {
  switch (rule.kind) {
    case 'QUEUE_WAITING':
    case 'LONGEST_WAIT':
      return change.kind === 'queue' ? queueAlert(rule, change.before, change.after) : null;
    case 'RATING_AT_MOST':
    case 'RATING_AT_LEAST':
      return change.kind === 'session' ? ratingAlert(rule, change.before, change.after) : null;
    case 'VENDOR_UNREACHABLE':
      return change.kind === 'vendor' ? vendorAlert(rule, change.before, change.after) : null;
  }
}

function dated({ subject, ...draft }: Draft, at: string): LiveAlert {
  return { ...draft, id: alertId(draft.rule.id, subject), at };
}

/** The alerts a batch of changes raises; `at` is when the changes were seen. Ids are one per rule and subject. */
export function evaluateAlerts(rules: readonly AlertRule[], changes: readonly LiveChange[], at: string): LiveAlert[] {
  const alerts: LiveAlert[] = [];
  for (const change of changes) {
    for (const rule of rules) {
      const draft = alertFor(rule, change);
      if (draft) alerts.push(dated(draft, at));
    }
  }
  return alerts;
}

/**
 * The alerts a reported condition raises: FIRING under each rule of its kind that applies to its
 * vendor while it holds and is not firing yet (`firing`), RESOLVED once it stops holding while firing.
 */
export function evaluateCondition(rules: readonly AlertRule[], condition: AlertCondition, firing: (id: string) => boolean, at: string): LiveAlert[] {
  const alerts: LiveAlert[] = [];
  for (const rule of rules) {
    if (rule.kind !== condition.kind || !applies(rule, condition.vendor)) continue;
    const id = alertId(rule.id, condition.subject);
    if (condition.holds === firing(id)) continue;
    alerts.push({
      id,
      rule,
      state: condition.holds ? 'FIRING' : 'RESOLVED',
      vendor: condition.vendor,
      message: condition.message,
      value: condition.value ?? null,
      queue: null,
      session: null,
      at,
    });
  }
  return alerts;
}
