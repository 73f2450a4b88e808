import type { VendorReply } from '../core/reply.js';
import { gotoJson } from './json.js';

/**
 * GoTo's error bodies: `{"int_err_code": "...", "msg": "..."}` (the shape the GoTo
 * developer docs and the Mautic plugin read). Codes other than InvalidToken are modeled.
 */
export function gotoError(status: number, code: string, msg: string): VendorReply {
  return gotoJson(status, { int_err_code: code, msg });
}

export const invalidToken = (): VendorReply => gotoError(403, 'InvalidToken', 'Invalid token passed');
export const notFound = (what: string): VendorReply => gotoError(404, 'NotFound', `${what} not found`);
export const badRequest = (msg: string): VendorReply => gotoError(400, 'InvalidRequest', msg);
export const conflict = (msg: string): VendorReply => gotoError(409, 'Conflict', msg);
export const forbidden = (msg: string): VendorReply => gotoError(403, 'AccessDenied', msg);
export const noSuchEndpoint = (): VendorReply => gotoError(404, 'NotFound', 'No such endpoint');

const REASONS: Record<number, [string, string]> = {
  400: ['InvalidRequest', 'Bad request'],
  401: ['InvalidToken', 'Invalid token passed'],
  404: ['NotFound', 'Not found'],
  409: ['Conflict', 'Conflict'],
  429: ['TooManyRequests', 'Too many requests'],
  500: ['InternalError', 'Internal error'],
  502: ['BadGateway', 'Bad gateway'],
  503: ['ServiceUnavailable', 'Service temporarily unavailable'],
  504: ['GatewayTimeout', 'Gateway timeout'],
};

/** The body of an injected status fault without a body of its own. */
export function statusFaultReply(status: number, retryAfter: number | undefined): VendorReply {
  if (status === 403) return invalidToken();
  const [code, msg] = REASONS[status] ?? [`Status${status}`, `HTTP ${status}`];
  const reply = gotoError(status, code, msg);
  if ((status === 429 || status === 503) && retryAfter !== undefined) reply.headers = { ...reply.headers, 'Retry-After': retryAfter };
  else if (status === 429) reply.headers = { ...reply.headers, 'Retry-After': 1 };
  return reply;
}
