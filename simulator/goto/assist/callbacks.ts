import { stringify } from 'lossless-json';
import type { LiveHub } from '../../core/scenarios/live-hub.js';

/** The simulator-level default callback URL (kept across resets). */
export interface DefaultCallback {
  url: string | undefined;
}

/** The default callback URL in the LiveHub, seeded from the `gotoAssistCallbackUrl` option once. */
export function defaultCallback(hub: LiveHub, initial: string | undefined): DefaultCallback {
  return hub.keep('gotoassist.callback-url', () => ({ url: initial }));
}

/**
 * The status callback: when the customer joins and when the session ends, the session record is
 * POSTed as JSON to `sessionStatusCallbackUrl` (confirmed behaviour). Sessions created without
 * one (scenario and seed sessions) use the simulator's default URL, if set. One try, no retries
 * (not modeled); the LiveHub tracks the delivery so admin calls can wait for it.
 */
export function postCallback(hub: LiveHub, url: string, record: Record<string, unknown>): void {
  void hub.send({
    vendor: 'gotoassist',
    event: `session.${String(record.status)}`,
    url,
    headers: { 'content-type': 'application/json' },
    body: stringify(record) ?? '{}',
  });
}
