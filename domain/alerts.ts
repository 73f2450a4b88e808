import { z } from 'zod';
import { POLLED_VENDORS, type LiveQueue, type PolledVendor } from './live.js';
import type { SupportSession } from './support.js';
import { vendorRow } from './vendors.js';

/**
 * Alert rules: what makes the engine raise an alert (the seed's "trigger events": a queue with
 * too many customers waiting or waiting too long, a bad rating, a vendor that stopped answering).
 */
export const ALERT_KINDS = ['QUEUE_WAITING', 'LONGEST_WAIT', 'RATING_AT_MOST', 'RATING_AT_LEAST', 'VENDOR_UNREACHABLE'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * Kinds whose alerts are one-off events (a session was rated): FIRING only, never RESOLVED, and
 * not among the active alerts. The other kinds watch a condition that holds until it stops.
 */
const EVENT_KINDS: readonly AlertKind[] = ['RATING_AT_MOST', 'RATING_AT_LEAST'];

/** Whether a kind's alerts stay FIRING until a RESOLVED (a condition), rather than being one-off events. */
export function isConditionKind(kind: AlertKind): boolean {
  return !EVENT_KINDS.includes(kind);
}

const isRatingKind = (kind: AlertKind) => kind === 'RATING_AT_MOST' || kind === 'RATING_AT_LEAST';

export interface AlertRuleInput {
  kind: AlertKind;
  /**
   * QUEUE_WAITING: customers waiting ≥ threshold; LONGEST_WAIT: the longest wait ≥ threshold
   * seconds; RATING_AT_MOST: a rating ≤ threshold (1–5); RATING_AT_LEAST: a rating ≥ threshold
   * (1–5). VENDOR_UNREACHABLE takes none.
   */
  threshold: number | null;
  /** Only this vendor's queues, sessions or reachability (a `Vendor` value); null: every vendor. */
  vendor: string | null;
}

export interface AlertRule extends AlertRuleInput {
  /** `config:<n>` for LIVE_ALERT_RULES entries; the stored row's id for rules made by `createAlertRule`. */
  id: string;
  source: 'config' | 'admin';
  /** ISO; null for configured rules. */
  createdAt: string | null;
  /** The key label that made it; null for configured rules. */
  createdBy: string | null;
}

/** The polled vendors as callers spell them: the `Vendor` enum's names (GOTO_ASSIST, BOMGAR or AMEYO). */
const POLLED_NAMES = POLLED_VENDORS.map((vendor) => vendorRow(vendor).graphql);
const polledList = `${POLLED_NAMES.slice(0, -1).join(', ')} or ${POLLED_NAMES.at(-1)}`;

/** A polled vendor, as the `Vendor` enum's values (`gotoassist`) or names (`GOTO_ASSIST`) spell it. */
const vendors = z.preprocess(
  (value) => (typeof value === 'string' ? value.toLowerCase().replace(/_/g, '') : value),
  z.enum(POLLED_VENDORS as readonly PolledVendor[] as [PolledVendor, ...PolledVendor[]], { message: `must be ${polledList}: the vendors the gateway watches live` }),
);

/** What a threshold counts, by kind (for refusals). */
const THRESHOLD_MEANS: Record<Exclude<AlertKind, 'VENDOR_UNREACHABLE'>, string> = {
  QUEUE_WAITING: 'customers waiting',
  LONGEST_WAIT: 'seconds of the longest wait',
  RATING_AT_MOST: 'stars, 1 to 5',
  RATING_AT_LEAST: 'stars, 1 to 5',
};

/** One rule as LIVE_ALERT_RULES or `createAlertRule` gives it; every refusal names its field. */
export const alertRuleInput = z
  .object({
    kind: z.enum(ALERT_KINDS, { message: `must be one of ${ALERT_KINDS.slice(0, -1).join(', ')} or ${ALERT_KINDS.at(-1)}` }),
    threshold: z.number({ message: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(1_000_000, 'must be at most 1000000').nullish().transform((value) => value ?? null),
    vendor: vendors.nullish().transform((value) => value ?? null),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === 'VENDOR_UNREACHABLE') {
      if (rule.threshold !== null) ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'must be left out for VENDOR_UNREACHABLE (a vendor is reachable or not)' });
      return;
    }
    if (rule.threshold === null) ctx.addIssue({ code: 'custom', path: ['threshold'], message: `is required for ${rule.kind} (${THRESHOLD_MEANS[rule.kind]})` });
    else if (isRatingKind(rule.kind) && rule.threshold > 5) ctx.addIssue({ code: 'custom', path: ['threshold'], message: `must be 1 to 5 for ${rule.kind} (stars of a rating)` });
  });

/**
 * LIVE_ALERT_RULES: a JSON array of rules, e.g.
 * `[{"kind":"QUEUE_WAITING","threshold":5},{"kind":"VENDOR_UNREACHABLE","vendor":"bomgar"}]`.
 * Throws an Error naming the entry and field.
 */
export function parseAlertRules(raw: string): AlertRule[] {
  if (!raw.trim()) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('must be a JSON array of rules, e.g. [{"kind":"QUEUE_WAITING","threshold":5}]');
  }
  if (!Array.isArray(parsed)) throw new Error('must be a JSON array of rules, e.g. [{"kind":"QUEUE_WAITING","threshold":5}]');
  return parsed.map((entry, index) => {
    const result = alertRuleInput.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`rule ${index}: ${issue.path.join('.') || 'rule'} ${issue.message}`);
    }
    return { ...result.data, id: `config:${index}`, source: 'config' as const, createdAt: null, createdBy: null };
  });
}

/** An alert a rule raised (or, for a condition that holds over time, cleared). Plain JSON. */
export interface LiveAlert {
  /**
   * One per rule and subject (`alertId`): the FIRING and the RESOLVED of one condition share it, and
   * so does its next FIRING, so a client keyed by id replaces or drops the alert it holds.
   */
  id: string;
  rule: AlertRule;
  /** FIRING when the condition starts to hold (or a session is rated); RESOLVED when a condition stops holding. */
  state: 'FIRING' | 'RESOLVED';
  vendor: string;
  message: string;
  /** The figure compared with the threshold (customers waiting, seconds, the rating); null for reachability. */
  value: number | null;
  queue: LiveQueue | null;
  session: SupportSession | null;
  at: string;
  /** The key label of the manager who acknowledged this FIRING (`acknowledgeAlert`); absent or null: nobody yet. */
  acknowledgedBy?: string | null;
  /** When it was acknowledged (ISO). */
  acknowledgedAt?: string | null;
}

/**
 * An alert's id: its rule's id and its subject (`queue:bomgar:general`, `vendor:ameyo`,
 * `session:gotoassist:123`), so a condition keeps one id through FIRING, RESOLVED and FIRING again.
 */
export function alertId(ruleId: string, subject: string): string {
  return `${ruleId}/${subject}`;
}

/**
 * A condition something other than the board found (a job that could not reach a vendor), reported
 * to the live engine (`LiveEngine.reportCondition`). Each rule of `kind` that applies to `vendor`
 * raises it (FIRING) while it holds and resolves it once it stops, once per change (reporting the same
 * state again raises nothing).
 */
export interface AlertCondition {
  /** The rules that govern it: a condition kind, such as VENDOR_UNREACHABLE. */
  kind: AlertKind;
  /** A `Vendor` value (`bomgar`). */
  vendor: string;
  /** What is affected, stable across reports: `backup:bomgar` (the alert id is the rule's id and this). */
  subject: string;
  holds: boolean;
  /** What a manager reads, e.g. `Bomgar backup: the appliance did not answer (UPSTREAM_TIMEOUT)`. */
  message: string;
  /** The figure compared with the threshold, if any; default null. */
  value?: number | null;
}
