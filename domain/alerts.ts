import { z } from 'zod';
import { POLLED_VENDORS, type LiveQueue, type PolledVendor } from './live.js';
import type { SupportSession } from './support.js';

/**
 * Alert rules: what makes the engine raise an alert (the seed's "trigger events": a queue with
 * too many customers waiting or waiting too long, a bad rating, a vendor that stopped answering).
 */
export const ALERT_KINDS = ['QUEUE_WAITING', 'LONGEST_WAIT', 'RATING_AT_MOST', 'VENDOR_UNREACHABLE'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface AlertRuleInput {
  kind: AlertKind;
  /**
   * QUEUE_WAITING: customers waiting ≥ threshold; LONGEST_WAIT: the longest wait ≥ threshold
   * seconds; RATING_AT_MOST: a rating ≤ threshold (1–5). VENDOR_UNREACHABLE takes none.
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

/** A polled vendor, as the `Vendor` enum's values (`gotoassist`) or names (`GOTO_ASSIST`) spell it. */
const vendors = z.preprocess(
  (value) => (typeof value === 'string' ? value.toLowerCase().replace(/_/g, '') : value),
  z.enum(POLLED_VENDORS as readonly PolledVendor[] as [PolledVendor, ...PolledVendor[]], { message: `must be one of ${POLLED_VENDORS.join(', ')}` }),
);

/** One rule as LIVE_ALERT_RULES or `createAlertRule` gives it; every refusal names its field. */
export const alertRuleInput = z
  .object({
    kind: z.enum(ALERT_KINDS, { message: `must be one of ${ALERT_KINDS.join(', ')}` }),
    threshold: z.number().int('must be a whole number').min(1, 'must be at least 1').max(1_000_000, 'must be at most 1000000').nullish().transform((value) => value ?? null),
    vendor: vendors.nullish().transform((value) => value ?? null),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === 'VENDOR_UNREACHABLE') {
      if (rule.threshold !== null) ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'VENDOR_UNREACHABLE takes no threshold' });
      return;
    }
    if (rule.threshold === null) ctx.addIssue({ code: 'custom', path: ['threshold'], message: `${rule.kind} needs a threshold` });
    else if (rule.kind === 'RATING_AT_MOST' && rule.threshold > 5) ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'a rating is 1 to 5' });
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
  /** Unique per alert. */
  id: string;
  rule: AlertRule;
  /** FIRING when the condition starts to hold; RESOLVED when a queue or vendor condition stops holding. */
  state: 'FIRING' | 'RESOLVED';
  vendor: string;
  message: string;
  /** The figure compared with the threshold (customers waiting, seconds, the rating); null for reachability. */
  value: number | null;
  queue: LiveQueue | null;
  session: SupportSession | null;
  at: string;
}
