import { DEFAULT_START_TIME } from './clock.js';
import { DEFAULT_JOURNAL_LIMIT } from './journal.js';

export interface SimulatorOptions {
  /** Data seed; default 42. */
  seed?: number;
  /** Zendesk JWT SSO shared secret; default 'simulator-sso-secret'. */
  zendeskSsoSecret?: string;
  /** Start of the virtual clock; default 2026-01-05T09:00:00Z (fixed so the same seed gives byte-identical data). */
  startTime?: Date;
  /** How many journal entries are kept (the oldest are dropped); default 10,000. */
  journalLimit?: number;
}

export type ResolvedSimulatorOptions = Required<SimulatorOptions>;

export const DEFAULT_SEED = 42;
export const DEFAULT_ZENDESK_SSO_SECRET = 'simulator-sso-secret';

export function resolveOptions(options: SimulatorOptions = {}): ResolvedSimulatorOptions {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
  const journalLimit = options.journalLimit ?? DEFAULT_JOURNAL_LIMIT;
  if (!Number.isSafeInteger(journalLimit) || journalLimit < 1) throw new RangeError('journalLimit must be a positive integer');
  const startTime = options.startTime ?? DEFAULT_START_TIME;
  if (Number.isNaN(startTime.getTime())) throw new RangeError('startTime must be a valid date');
  return { seed, zendeskSsoSecret: options.zendeskSsoSecret ?? DEFAULT_ZENDESK_SSO_SECRET, startTime, journalLimit };
}
