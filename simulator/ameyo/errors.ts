import { jsonReply, type VendorReply } from '../core/reply.js';

/**
 * Ameyo's error answer: `{"status":"error","reason":"..."}`. The command API answers it with
 * HTTP 200 (the status is in the body); the REST API with a 4xx (modeled).
 */
export function ameyoError(reason: string, status = 200): VendorReply {
  return jsonReply(status, { status: 'error', reason });
}

export const INVALID_SESSION = 'Invalid session Id';
