import { randomUUID } from 'node:crypto';
import { isUpstreamError } from '../clients/transport/errors.js';
import type { Logger } from 'pino';
import { evaluateAlerts } from './alerts/evaluate.js';
import type { AlertRule } from '../domain/alerts.js';
import { Board, type LiveBoard } from './board.js';
import { diffReading } from './diff.js';
import { changesForAlerts, longestWaitAt } from './queue-wait.js';
import type { LatestQueue } from './latest-queue.js';
import type { Leadership } from './leadership.js';
import { isPolledVendor, type LiveChange, type LiveChangeBatch, type LiveVendor, type PolledVendor, type VendorReading, type VendorStatus, type WebinarActivity } from '../domain/live.js';
import { createPoller, type Poller } from './poller.js';
import type { LivePubSub } from './pubsub.js';
import type { SnapshotStore } from './snapshot-store.js';
import { Subscribers, type WatchSpec } from './subscribers.js';
import type { LiveSource } from '../adapters/live-source.js';

export interface LiveEngineOptions {
  pubsub: LivePubSub;
  leadership: Leadership;
  snapshots: SnapshotStore;
  /** The polled vendors this gateway has clients for. */
  sources: readonly LiveSource[];
  /** Every rule in force (configured and stored); read whenever a batch has changes. */
  alertRules: () => Promise<AlertRule[]>;
  /** Milliseconds between polls (LIVE_POLL_INTERVAL_MS); 0: only `pollNow`. */
  intervalMs: number;
  /** Longest back-off while a vendor fails (LIVE_POLL_MAX_BACKOFF_MS). */
  maxBackoffMs: number;
  /** Change batches one subscriber may have waiting before it skips to the latest state (LIVE_SUBSCRIBER_BUFFER). */
  subscriberBuffer: number;
  logger: Logger;
  /** This instance's id in batch ids; default a random UUID. */
  instanceId?: string;
}

export interface PollOutcome {
  /** False on an instance that does not lead this vendor's poll (its leader polls). */
  polled: boolean;
  /** Whether the vendor answered. */
  reachable: boolean;
  /** Changes published. */
  changes: number;
}

export interface PollerStatus {
  vendor: PolledVendor;
  leading: boolean;
  /** Null before the first poll. */
  reachable: boolean | null;
  since: string | null;
  polls: number;
  failures: number;
  consecutiveFailures: number;
  nextPollInMs: number | null;
}

export interface LiveEngine {
  /** Subscribes to the pub/sub, loads stored snapshots and starts polling (through leadership). */
  start(): Promise<void>;
  /** Polls a vendor now (on the instance leading its poll) and resolves once its changes are on this board. */
  pollNow(vendor: PolledVendor): Promise<PollOutcome>;
  board(): LiveBoard;
  /** Open live subscriptions on this instance. */
  subscribers(): number;
  /** Resolves once at least `count` live subscriptions are open here (tests and benchmarks wait on it). */
  whenSubscribed(count?: number): Promise<void>;
  pollers(): PollerStatus[];
  /**
   * Takes what a vendor pushed: the sessions it names (a partial reading) or GoToWebinar
   * activity; publishes what changed and, when `pollSoon`, asks for an early poll (agents and
   * queues move with sessions but pushes do not carry them). Resolves with the changes published.
   */
  receive(vendor: LiveVendor, push: { reading?: VendorReading; activity?: WebinarActivity[]; pollSoon?: boolean }): Promise<number>;
  /** A live subscription: events per `spec`, from a queue of its own. */
  watch<T>(spec: WatchSpec<T>): LatestQueue<T>;
  /** Every alert rule in force (configured and stored). */
  alertRules(): Promise<AlertRule[]>;
  /** Raises the alerts a new rule finds on the board as it stands (queues over, vendors down). */
  checkRule(rule: AlertRule): Promise<void>;
  close(): Promise<void>;
}

/** How soon a push brings the vendor's next poll: soon, but a burst of pushes shares one poll. */
const PUSH_POLL_DELAY_MS = 1_000;

/** How long a publisher waits for its own batch to come back from the pub/sub before giving up. */
const APPLY_TIMEOUT_MS = 10_000;

export function createLiveEngine(options: LiveEngineOptions): LiveEngine {
  const instanceId = options.instanceId ?? randomUUID();
  const log = options.logger.child({ component: 'live' });
  const board = new Board();
  const abort = new AbortController();
  const subscribers = new Subscribers(options.subscriberBuffer);
  const applied = new Map<string, () => void>();
  /** Per vendor: batches pushed (not polled here) applied so far, so a poll that read before one can tell. */
  const pushEpoch = new Map<LiveVendor, number>();
  /** Per vendor: the publish in progress, so diffs never race (a poll's and a push's). */
  const locks = new Map<LiveVendor, Promise<unknown>>();
  const snapshotWrites = new Map<PolledVendor, Promise<void>>();
  const pollers = new Map<PolledVendor, Poller<PollOutcome>>();
  const stops = new Map<PolledVendor, () => Promise<void>>();
  const loops: AsyncIterableIterator<unknown>[] = [];
  let sequence = 0;
  /** When each vendor was last polled here (ms): the start of the window a queue's wait grew in. */
  const lastPolled = new Map<PolledVendor, number>();
  let closed = false;
  /** Batches heard while the stored snapshots load; applied on top of them once loaded. */
  let starting: LiveChangeBatch[] | null = [];

  const leads = (vendor: PolledVendor) => options.leadership.leads(`poll:${vendor}`);

  function serial<T>(vendor: LiveVendor, work: () => Promise<T>): Promise<T> {
    const result = (locks.get(vendor) ?? Promise.resolve()).then(work);
    locks.set(vendor, result.catch(() => undefined));
    return result;
  }

  /** Applies a batch heard from the pub/sub: this board, local subscribers, the stored snapshot when leading. */
  function apply(batch: LiveChangeBatch) {
    if (starting) {
      starting.push(batch);
      return;
    }
    const update = board.apply(batch);
    if (!batch.id.endsWith(':poll')) pushEpoch.set(batch.vendor, (pushEpoch.get(batch.vendor) ?? 0) + 1);
    subscribers.dispatch({ type: 'update', update });
    applied.get(batch.id)?.();
    applied.delete(batch.id);
    const vendor = batch.vendor;
    if (isPolledVendor(vendor) && leads(vendor)) {
      const snapshot = board.vendor(vendor);
      const write = (snapshotWrites.get(vendor) ?? Promise.resolve()).then(() => (snapshot ? options.snapshots.set(vendor, snapshot) : undefined));
      snapshotWrites.set(vendor, write.catch((error: unknown) => log.warn({ err: error, vendor }, 'could not store the live snapshot')));
    }
  }

  /** Publishes changes and resolves once this instance's board has them (alerts follow). */
  async function publish(vendor: LiveVendor, changes: LiveChange[], kind: 'poll' | 'push', forAlerts: readonly LiveChange[] = changes): Promise<void> {
    const at = new Date().toISOString();
    const batch: LiveChangeBatch = { id: `${instanceId}:${++sequence}:${kind}`, origin: instanceId, vendor, at, changes };
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        applied.delete(batch.id);
        log.warn({ vendor, batch: batch.id }, 'a published live batch did not come back from the pub/sub');
        resolve();
      }, APPLY_TIMEOUT_MS);
      timer.unref();
      applied.set(batch.id, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    options.pubsub.publish('liveChanges', batch);
    await done;
    await raiseAlerts(forAlerts, batch.id, at);
  }

  async function raiseAlerts(changes: readonly LiveChange[], idPrefix: string, at: string) {
    let rules: AlertRule[];
    try {
      rules = await options.alertRules();
    } catch (error) {
      log.error({ err: error }, 'could not read the alert rules');
      return;
    }
    for (const alert of evaluateAlerts(rules, changes, idPrefix, at)) options.pubsub.publish('liveAlerts', alert);
  }

  function statusAfter(vendor: PolledVendor, previous: VendorStatus | null, failure: unknown | undefined, at: string): VendorStatus | null {
    if (failure === undefined) return previous?.reachable ? null : { vendor, reachable: true, since: at, code: null, message: null };
    if (previous && !previous.reachable) return null;
    const code = isUpstreamError(failure) ? failure.code : 'UPSTREAM_UNAVAILABLE';
    return { vendor, reachable: false, since: at, code, message: `${vendor} did not answer the live-status poll (${code})` };
  }

  /** One poll: read the vendor, diff against the board, publish what changed. */
  async function poll(source: LiveSource): Promise<PollOutcome> {
    const vendor = source.vendor;
    const epoch = pushEpoch.get(vendor) ?? 0;
    let reading: VendorReading | undefined;
    let failure: unknown;
    let readAt = Date.now();
    try {
      reading = await source.read(board.vendor(vendor), abort.signal);
      readAt = Date.now();
    } catch (error) {
      failure = error ?? new Error('poll failed');
      if (isUpstreamError(failure)) log.debug({ vendor, code: failure.code, status: failure.status }, 'live-status poll failed');
      else if (!closed) log.error({ err: failure, vendor }, 'live-status poll crashed');
    }
    if (closed) return { polled: true, reachable: false, changes: 0 };
    return serial(vendor, async () => {
      const previous = board.vendor(vendor);
      const at = new Date().toISOString();
      let changes: LiveChange[] = reading ? diffReading(previous, reading, true, readAt) : [];
      // A push applied while this poll read is newer than what it read about sessions: the next poll catches up.
      if ((pushEpoch.get(vendor) ?? 0) !== epoch) changes = changes.filter((change) => change.kind !== 'session');
      const status = statusAfter(vendor, previous?.status ?? null, reading ? undefined : failure, at);
      if (status) {
        changes.push({ kind: 'vendor', before: previous?.status ?? null, after: status });
        // Logged when reachability changes, not at every failed poll of an outage.
        if (!status.reachable) log.warn({ vendor, code: status.code }, 'vendor unreachable for live status');
        else if (previous?.status) log.info({ vendor }, 'vendor answers the live-status poll again');
      }
      // Alerts see every queue's wait as it was at the previous poll and as it is now: a wait crosses a threshold unpublished.
      const previousAt = lastPolled.get(vendor) ?? (previous ? Date.parse(previous.at) : readAt);
      lastPolled.set(vendor, readAt);
      const forAlerts = changesForAlerts(previous?.queues ?? [], changes, previousAt, readAt);
      if (changes.length > 0) await publish(vendor, changes, 'poll', forAlerts);
      else if (forAlerts.length > 0) await raiseAlerts(forAlerts, `${instanceId}:${++sequence}:wait`, at);
      return { polled: true, reachable: reading !== undefined, changes: changes.length };
    });
  }

  for (const source of options.sources) {
    pollers.set(
      source.vendor,
      createPoller({
        intervalMs: options.intervalMs,
        maxBackoffMs: options.maxBackoffMs,
        poll: () => poll(source),
        crashed: { polled: true, reachable: false, changes: 0 },
        onCrash: (error) => log.error({ err: error, vendor: source.vendor }, 'live-status poll crashed'),
      }),
    );
  }

  /** Applies every batch and alert the pub/sub delivers, in order. */
  function listen<T>(iterator: AsyncIterableIterator<T>, handle: (value: T) => void, topic: string) {
    loops.push(iterator as AsyncIterableIterator<unknown>);
    void (async () => {
      try {
        for await (const value of iterator) {
          try {
            handle(value);
          } catch (error) {
            log.error({ err: error, topic }, 'could not apply a live event');
          }
        }
      } catch (error) {
        if (!closed) log.error({ err: error, topic }, 'the live engine stopped hearing the pub/sub');
      }
    })();
  }

  return {
    async start() {
      listen(options.pubsub.subscribe('liveChanges'), apply, 'liveChanges');
      listen(options.pubsub.subscribe('liveAlerts'), (alert) => subscribers.dispatch({ type: 'alert', alert }), 'liveAlerts');
      listen(
        options.pubsub.subscribe('livePollSoon'),
        ({ vendor }) => {
          if (leads(vendor)) pollers.get(vendor)?.pollSoon(PUSH_POLL_DELAY_MS);
        },
        'livePollSoon',
      );
      await Promise.all((['liveChanges', 'liveAlerts', 'livePollSoon'] as const).map((topic) => options.pubsub.whenSubscribed(topic)));
      // Subscribed first, then the snapshots: what changed meanwhile applies on top of them.
      for (const source of options.sources) {
        const stored = await options.snapshots.get(source.vendor).catch((error: unknown) => {
          log.warn({ err: error, vendor: source.vendor }, 'could not read the stored live snapshot');
          return null;
        });
        if (stored) board.load(stored);
      }
      const heard = starting ?? [];
      starting = null;
      for (const batch of heard) apply(batch);
      for (const [vendor, poller] of pollers) {
        options.leadership.lead(`poll:${vendor}`, () => {
          if (closed) return () => undefined;
          log.info({ vendor }, 'polling for live status');
          const stop = poller.start();
          stops.set(vendor, stop);
          return async () => {
            stops.delete(vendor);
            await stop();
            if (!closed) log.info({ vendor }, 'stopped polling for live status (another instance leads)');
          };
        });
      }
    },

    async pollNow(vendor) {
      const poller = pollers.get(vendor);
      if (!poller || !leads(vendor) || closed) return { polled: false, reachable: false, changes: 0 };
      return poller.pollNow();
    },

    board: () => board.view(),

    subscribers: () => subscribers.size,

    whenSubscribed: (count = 1) => subscribers.whenSubscribed(count),

    pollers: () =>
      [...pollers].map(([vendor, poller]) => {
        const status = board.vendor(vendor)?.status ?? null;
        return { vendor, leading: leads(vendor), reachable: status ? status.reachable : null, since: status?.since ?? null, ...poller.state() };
      }),

    async receive(vendor, push) {
      if (closed) return 0;
      const published = await serial(vendor, async () => {
        const changes: LiveChange[] = (push.activity ?? []).map((activity) => ({ kind: 'webinar', activity }));
        if (push.reading && isPolledVendor(vendor)) changes.push(...diffReading(board.vendor(vendor), push.reading, false, Date.now()));
        if (changes.length > 0) await publish(vendor, changes, 'push');
        return changes.length;
      });
      // The instance that polls the vendor polls early, wherever the push arrived (behind a load balancer: anywhere).
      if (push.pollSoon && isPolledVendor(vendor)) {
        if (leads(vendor)) pollers.get(vendor)?.pollSoon(PUSH_POLL_DELAY_MS);
        else options.pubsub.publish('livePollSoon', { vendor });
      }
      return published;
    },

    watch: (spec) => subscribers.watch(spec),

    alertRules: () => options.alertRules(),

    async checkRule(rule) {
      const view = board.view();
      const now = Date.now();
      const changes: LiveChange[] = [
        ...view.queues.map((queue): LiveChange => ({ kind: 'queue', before: null, after: { ...queue, longestWaitSeconds: longestWaitAt(queue, now) } })),
        ...view.vendors.map((status): LiveChange => ({ kind: 'vendor', before: null, after: status })),
      ];
      for (const alert of evaluateAlerts([rule], changes, `${instanceId}:rule:${rule.id}:${++sequence}`, new Date().toISOString())) {
        options.pubsub.publish('liveAlerts', alert);
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      abort.abort();
      await Promise.all([...stops.values()].map((stop) => stop()));
      await Promise.all([...snapshotWrites.values()]);
      for (const resolve of applied.values()) resolve();
      applied.clear();
      for (const loop of loops) await loop.return?.();
      subscribers.endAll();
    },
  };
}
