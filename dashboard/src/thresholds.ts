import type { AlertRulesQuery, Vendor } from '../../clients/graphql/generated/graphql.js';

/**
 * When a queue's figures turn amber or red: the alert rules' thresholds (QUEUE_WAITING for customers waiting,
 * LONGEST_WAIT for the longest wait), the lowest that covers the queue's vendor. Amber from NEAR of the threshold,
 * red at or over it, the same moment the gateway raises the alert. A key that may not read the rules (below
 * manager), or no rule, falls back to DEFAULT_LONG_WAIT_SECONDS for the wait and nothing for the count.
 */

export type Rule = AlertRulesQuery['alertRules'][number];

/** The longest wait shown red without a LONGEST_WAIT rule (what the board used before the rules drove it). */
export const DEFAULT_LONG_WAIT_SECONDS = 300;

/** Amber from this share of a threshold. */
export const NEAR = 0.8;

export type Level = 'ok' | 'near' | 'over';

export interface QueueThresholds {
  /** Customers waiting (QUEUE_WAITING); null: none applies. */
  waiting: number | null;
  /** Seconds of the longest wait (LONGEST_WAIT). */
  longestWait: number;
}

function lowest(rules: readonly Rule[], kind: Rule['kind'], vendor: Vendor): number | null {
  const found = rules.filter((rule) => rule.kind === kind && rule.threshold != null && (!rule.vendor || rule.vendor === vendor)).map((rule) => rule.threshold!);
  return found.length > 0 ? Math.min(...found) : null;
}

/** The thresholds of a vendor's queues under `rules` (null: the rules could not be read). */
export function queueThresholds(rules: readonly Rule[] | null, vendor: Vendor): QueueThresholds {
  return { waiting: rules ? lowest(rules, 'QUEUE_WAITING', vendor) : null, longestWait: (rules && lowest(rules, 'LONGEST_WAIT', vendor)) ?? DEFAULT_LONG_WAIT_SECONDS };
}

/** Where a figure stands against its threshold. */
export function levelOf(value: number, threshold: number | null): Level {
  if (threshold === null || value <= 0) return 'ok';
  if (value >= threshold) return 'over';
  return value >= threshold * NEAR ? 'near' : 'ok';
}
