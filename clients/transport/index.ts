export { createTransport, type Transport, type TransportRequest, type TransportResponse } from './transport.js';
export { UpstreamError, isUpstreamError, type UpstreamErrorCode, type UpstreamErrorInit } from './errors.js';
export {
  TRANSPORT_DEFAULTS,
  type AuthProvider,
  type AuthRejectedEvent,
  type CallEvent,
  type CallOutcome,
  type HttpMethod,
  type TransportOptions,
  type VendorErrorDecoder,
} from './options.js';
export type { ParseMode } from './outcome.js';
export type { BreakerState } from './policies.js';
export type { QueryParams, QueryValue } from './request-url.js';
export { defaultVendorErrorDecoder, type VendorErrorInfo } from './vendor-error.js';
export { parseJson, stringifyJson } from './json.js';
export { parseRetryAfter } from './retry-after.js';
export { isIdempotentCall, unexpectedBodyError, type DecodedCall } from './unexpected-body.js';
export { withRequestBudget, renewRequestBudget, budgetRemainingMs, budgetSpentError } from './request-budget.js';
