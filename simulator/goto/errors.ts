import { randomBytes } from 'node:crypto';
import type { VendorReply } from '../core/reply.js';
import { gotoJson } from './json.js';

/**
 * GoTo's error bodies: `{"errorCode": "...", "description": "...", "incident": <int64>}`, as the
 * GoToWebinar, GoToTraining and GoToMeeting APIs answer them (GoToTraining's 409
 * `DuplicateRegistrant` adds the existing `registrantKey`). The one exception is a rejected
 * access token, which answers the older `{"int_err_code": "InvalidToken", "msg": ...}` (invalidToken).
 * `extra` fields are added beside the three.
 */
export function gotoError(status: number, code: string, description: string, extra: Record<string, unknown> = {}): VendorReply {
  return gotoJson(status, { errorCode: code, description, incident: incidentId(), ...extra });
}

/** GoTo's support reference for one failure: a random int64 (printed as a number), not data. */
function incidentId(): bigint {
  return BigInt(`0x${randomBytes(8).toString('hex')}`) & 0x7fffffffffffffffn;
}

export const invalidToken = (): VendorReply => gotoJson(403, { int_err_code: 'InvalidToken', msg: 'Invalid token passed' });
export const notFound = (what: string): VendorReply => gotoError(404, 'NotFound', `${what} not found`);
export const badRequest = (description: string): VendorReply => gotoError(400, 'InvalidRequest', description);
export const conflict = (description: string): VendorReply => gotoError(409, 'Conflict', description);
export const forbidden = (description: string): VendorReply => gotoError(403, 'AccessDenied', description);
export const noSuchEndpoint = (): VendorReply => gotoError(404, 'NotFound', 'No such endpoint');

const REASONS: Record<number, [string, string]> = {
  400: ['InvalidRequest', 'Bad request'],
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
  if (status === 401 || status === 403) return { ...invalidToken(), status };
  const [code, description] = REASONS[status] ?? [`Status${status}`, `HTTP ${status}`];
  const reply = gotoError(status, code, description);
  if ((status === 429 || status === 503) && retryAfter !== undefined) reply.headers = { ...reply.headers, 'Retry-After': retryAfter };
  else if (status === 429) reply.headers = { ...reply.headers, 'Retry-After': 1 };
  return reply;
}
