import type { RateDecision } from './rate-limit.js';

/**
 * The account-wide headers on every `/api/v2` response, lower-case as recorded: the classic
 * `x-rate-limit` pair plus `ratelimit-limit|remaining|reset` (reset = seconds to the window's end).
 * Source: developer.zendesk.com "Best practices for avoiding rate limiting".
 */
export function accountRateHeaders(decision: RateDecision): Record<string, number> {
  return {
    'x-rate-limit': decision.limit,
    'x-rate-limit-remaining': decision.remaining,
    'ratelimit-limit': decision.limit,
    'ratelimit-remaining': decision.remaining,
    'ratelimit-reset': decision.resetInSeconds,
  };
}

/** An endpoint's own budget: `zendesk-ratelimit-<name>: total=100; remaining=99; resets=41`. */
export function endpointRateHeader(name: string, decision: RateDecision): Record<string, string> {
  return { [`zendesk-ratelimit-${name}`]: `total=${decision.limit}; remaining=${decision.remaining}; resets=${decision.resetInSeconds}` };
}
