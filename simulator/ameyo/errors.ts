import { jsonReply, type VendorReply } from '../core/reply.js';

/**
 * Ameyo's error answer: `{"status":"error","reason":"...","details":"..."}` (confirmed shape: public
 * integration code logs `{"status":"error","reason":"Invalid session Id","details":"Invalid session Id"}`).
 * `details` repeats the reason unless there is more to say (which field, what was expected). The
 * command API answers it with HTTP 200 (the status is in the body); the REST API with a 4xx (modeled).
 */
export function ameyoError(reason: string, status = 200, details = reason): VendorReply {
  return jsonReply(status, { status: 'error', reason, details });
}

export const INVALID_SESSION = 'Invalid session Id';
