import type { VirtualClock } from '../core/clock.js';
import { ENDPOINT_RATE_LIMITS } from './constants.js';
import type { VendorReply } from '../core/reply.js';
import { incrementalExportsLimited, tooManyRequests } from './errors.js';
import { RateLimiter } from './rate-limit.js';

/** An endpoint-specific budget, spent on top of the account limit. */
export interface EndpointBudget {
  /** The header suffix: `zendesk-ratelimit-<name>`. */
  name: string;
  limiter: RateLimiter;
  /** The 429 once the budget is spent. */
  limited(retryAfterSeconds: number): VendorReply;
}

interface Rule {
  name: string;
  method: string;
  path: RegExp;
  perMinute: number;
  limited: (retryAfterSeconds: number) => VendorReply;
}

const RULES: readonly Rule[] = [
  // List Tickets (the header is "only available in list ticket endpoints").
  { name: 'tickets-index', method: 'GET', path: /^\/api\/v2\/tickets(\.json)?\/?$/, perMinute: ENDPOINT_RATE_LIMITS.ticketsIndex, limited: tooManyRequests },
  // The incremental exports (tickets and users, cursor and time based) share one budget; their 429 is JSON.
  { name: 'incremental-exports', method: 'GET', path: /^\/api\/v2\/incremental\//, perMinute: ENDPOINT_RATE_LIMITS.incrementalExports, limited: incrementalExportsLimited },
];

/** The per-endpoint budgets of one simulated account (fresh on reset, like everything else). */
export class EndpointLimits {
  readonly #budgets: { rule: Rule; budget: EndpointBudget }[];

  constructor(clock: VirtualClock) {
    this.#budgets = RULES.map((rule) => ({ rule, budget: { name: rule.name, limiter: new RateLimiter(rule.perMinute, clock), limited: rule.limited } }));
  }

  /** The budget a request spends, if its endpoint has one. */
  budgetFor(method: string, path: string): EndpointBudget | undefined {
    return this.#budgets.find(({ rule }) => rule.method === method && rule.path.test(path))?.budget;
  }
}
