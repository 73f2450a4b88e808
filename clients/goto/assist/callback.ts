import { parseJson } from '../../transport/json.js';
import { sessionSchema } from './schemas.js';
import type { GoToAssistSession } from './types.js';

/**
 * The session status callback GoToAssist POSTs to `sessionStatusCallbackUrl` when the customer
 * joins and when the session ends: the session record, as `GET /sessions/{id}` prints it.
 * Returns null for a body that is not one (the caller answers 400).
 */
export function decodeSessionCallback(text: string): GoToAssistSession | null {
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    return null;
  }
  const result = sessionSchema.safeParse(body);
  return result.success ? result.data : null;
}
