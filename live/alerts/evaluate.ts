import type { SupportSession } from '../../domain/support.js';
import { vendorName } from '../../domain/vendors.js';
import type { LiveChange, LiveQueue, VendorStatus } from '../../domain/live.js';
import type { AlertRule, LiveAlert } from '../../domain/alerts.js';

type Draft = Omit<LiveAlert, 'id' | 'at'>;

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

function ratingAlert(rule: AlertRule, before: SupportSession | null, after: SupportSession | null): Draft | null {
  const rating = ratingOf(after);
  if (!after || rating === null || rule.threshold === null || !applies(rule, after.vendor)) return null;
  if (rating > rule.threshold || rating === ratingOf(before)) return null;
  const who = after.customer.name ? ` from ${after.customer.name}` : '';
  return {
    rule,
    state: 'FIRING',
    vendor: after.vendor,
    message: `${vendorName(after.vendor)} session ${after.vendorId} rated ${rating} of 5${who} (at most ${rule.threshold})`,
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
      return change.kind === 'session' ? ratingAlert(rule, change.before, change.after) : null;
    case 'VENDOR_UNREACHABLE':
      return change.kind === 'vendor' ? vendorAlert(rule, change.before, change.after) : null;
  }
}

/**
 * The alerts a batch of changes raises. `idPrefix` makes ids unique (the batch id); `at` is
 * when the changes were seen.
 */
export function evaluateAlerts(rules: readonly AlertRule[], changes: readonly LiveChange[], idPrefix: string, at: string): LiveAlert[] {
  const alerts: LiveAlert[] = [];
  for (const change of changes) {
    for (const rule of rules) {
      const draft = alertFor(rule, change);
      if (draft) alerts.push({ ...draft, id: `${idPrefix}:${alerts.length}`, at });
    }
  }
  return alerts;
}
