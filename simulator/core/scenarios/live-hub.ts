import type { VirtualClock } from '../clock.js';
import type { LiveVendorName } from './live-vendor.js';

/** How long a push waits for the receiver to answer. */
export const PUSH_TIMEOUT_MS = 10_000;
/** Deliveries kept for `GET /_sim/pushes` (oldest dropped). */
const LOG_LIMIT = 1000;

/** One push a vendor sends to a receiver it was given (outbound event, callback, webhook). */
export interface PushRequest {
  vendor: LiveVendorName;
  /** The vendor's event name (`support_conference_begin`, `registrant.added`, ...). */
  event: string;
  url: string;
  /** Default POST. */
  method?: 'POST' | 'GET';
  headers?: Record<string, string>;
  body?: string;
  /** 1 for the first try, more for a re-queued event (default 1). */
  attempt?: number;
}

/** How a push went: the receiver's status, 0 when unreachable, timed out or not sent. */
export interface PushOutcome {
  status: number;
  error?: string;
}

/** A delivery as `GET /_sim/pushes` lists it. The URL's query (it may carry a secret) is left out. */
export interface PushDelivery extends PushOutcome {
  vendor: LiveVendorName;
  event: string;
  url: string;
  attempt: number;
  /** Virtual time the push was sent. */
  at: string;
}

/**
 * Where the simulated vendors' pushes go through: sends them, keeps a log, and tracks the ones in
 * flight so an admin call can answer only after its pushes have landed (tests wait on that, never
 * on sleeps). Also holds push configuration that must outlive `/_sim/reset` (receivers are
 * configuration, not seed data) and which vendors are down for an outage scenario.
 */
export class LiveHub {
  readonly #clock: VirtualClock;
  readonly #inflight = new Set<Promise<unknown>>();
  readonly #kept = new Map<string, unknown>();
  readonly #down = new Set<LiveVendorName>();
  #kickListeners: (() => void)[] = [];
  #log: PushDelivery[] = [];
  /** Deliveries logged since the start (a mark for `deliveriesSince`). */
  #logged = 0;
  #generation = 0;
  #closed = false;

  constructor(clock: VirtualClock) {
    this.#clock = clock;
  }

  /** Sends one push now and logs it. Never rejects. A vendor that is down sends nothing (status 0). */
  send(request: PushRequest): Promise<PushOutcome> {
    const attempt = request.attempt ?? 1;
    const at = this.#clock.now().toISOString();
    const outcome = this.isDown(request.vendor)
      ? Promise.resolve<PushOutcome>({ status: 0, error: 'not sent: the vendor is down (outage scenario)' })
      : this.#closed
        ? Promise.resolve<PushOutcome>({ status: 0, error: 'not sent: the simulator is closed' })
        : deliver(request);
    const logged = outcome.then((result) => {
      this.#record({ vendor: request.vendor, event: request.event, url: stripQuery(request.url), attempt, at, ...result });
      return result;
    });
    this.track(logged);
    return logged;
  }

  /** Tracks a push sent elsewhere (Ameyo's CRM GET) so `settled` waits for it too. */
  track(pending: Promise<unknown>): void {
    const entry = pending.then(
      () => undefined,
      () => undefined,
    );
    this.#inflight.add(entry);
    void entry.then(() => this.#inflight.delete(entry));
  }

  /** Resolves once no push is in flight, including pushes started while waiting (a queue's next event). */
  async settled(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.all([...this.#inflight]);
  }

  /**
   * A value kept across resets under `name` (created by `init` the first time): push receivers,
   * webhook registrations. Names are namespaced by vendor (`bomgar.outbound`).
   */
  keep<T>(name: string, init: () => T): T {
    if (!this.#kept.has(name)) this.#kept.set(name, init());
    return this.#kept.get(name) as T;
  }

  isDown(vendor: LiveVendorName): boolean {
    return this.#down.has(vendor);
  }

  /** Marks a vendor down (no pushes) or back up; coming back up kicks re-queued pushes. */
  setDown(vendor: LiveVendorName, down: boolean): void {
    if (down) this.#down.add(vendor);
    else if (this.#down.delete(vendor)) this.kick();
  }

  /** Registers a retry hook (a vendor's re-queued events); called on `kick`. */
  onKick(listener: () => void): void {
    this.#kickListeners.push(listener);
  }

  /** Lets vendors retry re-queued pushes now (every admin clock move, step and event does). */
  kick(): void {
    for (const listener of this.#kickListeners) listener();
  }

  deliveries(vendor?: string): PushDelivery[] {
    return this.#log.filter((entry) => vendor === undefined || entry.vendor === vendor);
  }

  clearDeliveries(): void {
    this.#log = [];
  }

  /** A mark to pass to `deliveriesSince` later. */
  mark(): number {
    return this.#logged;
  }

  /** Deliveries logged after `mark` (those still in the log). */
  deliveriesSince(mark: number): PushDelivery[] {
    const count = this.#logged - mark;
    return count <= 0 ? [] : this.#log.slice(-Math.min(count, this.#log.length));
  }

  /** On `/_sim/reset`: the old vendor instances' retry hooks go, nothing is down, the log is cleared. */
  reset(): void {
    this.#generation += 1;
    this.#kickListeners = [];
    this.#down.clear();
    this.#log = [];
  }

  /** No further pushes are sent (those in flight finish). */
  close(): void {
    this.#closed = true;
    this.#kickListeners = [];
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Counts resets: a vendor instance built before the last one must not push any more (its retry timers). */
  get generation(): number {
    return this.#generation;
  }

  #record(entry: PushDelivery): void {
    if (entry.error === undefined) delete entry.error;
    this.#logged += 1;
    this.#log.push(entry);
    if (this.#log.length > LOG_LIMIT) this.#log.splice(0, this.#log.length - LOG_LIMIT);
  }
}

async function deliver(request: PushRequest): Promise<PushOutcome> {
  try {
    const init: RequestInit = { method: request.method ?? 'POST', signal: AbortSignal.timeout(PUSH_TIMEOUT_MS) };
    if (request.headers) init.headers = request.headers;
    if (request.body !== undefined) init.body = request.body;
    const response = await fetch(request.url, init);
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    return { status: 0, error: (error as Error).name === 'TimeoutError' ? 'the receiver did not answer in time' : 'the receiver could not be reached' };
  }
}

function stripQuery(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? url : url.slice(0, at);
}
