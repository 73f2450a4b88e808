import type { UpstreamErrorCode } from '../clients/transport/errors.js';

/** How a client is told what an upstream did (`bomgar is unavailable`). */
export const upstreamMessages: Record<UpstreamErrorCode, string> = {
  UPSTREAM_UNAVAILABLE: 'is unavailable',
  UPSTREAM_TIMEOUT: 'did not answer in time',
  UPSTREAM_RATE_LIMITED: 'is rate limiting us',
  UPSTREAM_REJECTED: 'rejected the request',
  UPSTREAM_OUTCOME_UNKNOWN: 'may have carried out the request, but its answer was lost: check before repeating it',
};
