import type { VirtualClock } from '../core/clock.js';
import type { LiveHub } from '../core/scenarios/live-hub.js';
import type { OutboundEvent } from './state.js';

/** The appliance id outbound events carry (modeled value; the field is confirmed). */
export const APPLIANCE_ID = 'simulator-appliance-0001';
/** A failed event is retried after this long (real time) unless something kicks the queue first. */
const RETRY_MS = 5_000;

/** The outbound event recipients: configuration, kept across `/_sim/reset`. */
export interface OutboundRecipients {
  urls: string[];
}

/** The recipients list in the LiveHub (seeded from the `bomgarOutboundRecipients` option once). */
export function outboundRecipients(hub: LiveHub, initial: readonly string[]): OutboundRecipients {
  return hub.keep('bomgar.outbound-recipients', () => ({ urls: [...initial] }));
}

/**
 * The appliance's outbound event service: each event is a form POST with the standard fields
 * (event, version, timestamp, appliance_id) plus its own, sent to every recipient. As on the real
 * B Series Appliance (BeyondTrust Outbound Events guide), a recipient must answer 200; otherwise the
 * event is re-queued and nothing later goes to that recipient until it has. Retries happen on the
 * next event, on every hub kick (admin clock moves, steps, events) and after RETRY_MS real time.
 */
export class OutboundQueue {
  readonly #queues = new Map<string, { body: string; event: string; attempt: number }[]>();
  readonly #sending = new Set<string>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** The hub generation this appliance was built in; after a reset its queues fall silent. */
  readonly #generation: number;

  constructor(
    private readonly hub: LiveHub,
    private readonly clock: VirtualClock,
    private readonly recipients: OutboundRecipients,
  ) {
    this.#generation = hub.generation;
    hub.onKick(() => {
      for (const url of this.#queues.keys()) this.#pump(url);
    });
  }

  send(event: OutboundEvent): void {
    const body = new URLSearchParams({
      version: '3',
      timestamp: String(Math.floor(this.clock.nowMs() / 1000)),
      appliance_id: APPLIANCE_ID,
      ...event,
    }).toString();
    for (const url of this.recipients.urls) {
      const queue = this.#queues.get(url) ?? [];
      queue.push({ body, event: event.event ?? '', attempt: 0 });
      this.#queues.set(url, queue);
      this.#pump(url);
    }
  }

  /** Events still waiting for a recipient's 200. */
  pending(url: string): number {
    return this.#queues.get(url)?.length ?? 0;
  }

  #pump(url: string): void {
    const queue = this.#queues.get(url);
    const head = queue?.[0];
    if (!queue || !head || this.#sending.has(url) || this.hub.isDown('bomgar') || this.hub.closed || this.hub.generation !== this.#generation) return;
    this.#sending.add(url);
    clearTimeout(this.#timers.get(url));
    head.attempt += 1;
    void this.hub
      .send({ vendor: 'bomgar', event: head.event, url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: head.body, attempt: head.attempt })
      .then((outcome) => {
        this.#sending.delete(url);
        if (outcome.status === 200) {
          queue.shift();
          this.#pump(url);
          return;
        }
        const timer = setTimeout(() => this.#pump(url), RETRY_MS);
        timer.unref();
        this.#timers.set(url, timer);
      });
  }
}
