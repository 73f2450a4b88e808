import { stringify } from 'lossless-json';

/**
 * The status callback: when the customer joins and when the session ends, the session record is
 * POSTed as JSON to `sessionStatusCallbackUrl` (confirmed behaviour; delivery is fire and
 * forget, retries are not modeled).
 */
export function postCallback(url: string, record: Record<string, unknown>): void {
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stringify(record) ?? '{}' }).then(
    (response) => response.body?.cancel(),
    () => undefined,
  );
}
