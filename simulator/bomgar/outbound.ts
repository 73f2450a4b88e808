import type { VirtualClock } from '../core/clock.js';
import type { OutboundEvent } from './state.js';

/** The appliance id outbound events carry (modeled value; the field is confirmed). */
export const APPLIANCE_ID = 'simulator-appliance-0001';

/**
 * Sends one outbound event to every recipient as a form POST with the standard fields (event,
 * version, timestamp, appliance_id) plus the event's own; delivery is fire and forget here (the
 * real appliance re-queues until it gets a 200; not modeled).
 */
export function deliverOutboundEvent(recipients: readonly string[], clock: VirtualClock, event: OutboundEvent): void {
  const body = new URLSearchParams({
    version: '3',
    timestamp: String(Math.floor(clock.nowMs() / 1000)),
    appliance_id: APPLIANCE_ID,
    ...event,
  }).toString();
  for (const url of recipients) {
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }).then(
      (response) => response.body?.cancel(),
      () => undefined,
    );
  }
}
