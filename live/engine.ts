import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { LiveSource } from '../adapters/live-source.js';
import { isUpstreamError } from '../clients/transport/errors.js';
import { inSpan } from '../clients/transport/in-span.js';
import type { AlertCondition, AlertRule, LiveAlert } from '../domain/alerts.js';
import { isPolledVendor, type LiveChange, type LiveVendor, type PolledVendor, type VendorReading, type VendorSnapshot, type WebinarActivity } from '../domain/live.js';
import { ActiveAlerts } from './alerts/active-alerts.js';
import { evaluateAlerts, evaluateCondition } from './alerts/evaluate.js';
import { Board, type BoardUpdate } from './board.js';
import type { LiveBoard } from '../domain/live.js';
import { standingChanges } from './engine/alerts.js';
import { Applier, batchFor, Returns, SnapshotWriter, type BatchKind } from './engine/apply.js';
import { NOT_POLLED, pollChanges, pushChanges, readSource, UNANSWERED, type PollOutcome } from './engine/poll.js';
import { pollerStatus, type PollerStatus } from './engine/status.js';
import type { LatestQueue } from './latest-queue.js';
import type { Leadership } from './leadership.js';
import { createPoller, type Poller } from './poller.js';
import type { LivePubSub } from './pubsub.js';
import type { SnapshotStore } from './snapshot-store.js';
import { Subscribers, type WatchSpec } from './subscribers.js';

export type { PollOutcome } from './engine/poll.js';
export type { PollerStatus } from './engine/status.js';

/**
 * The live engine: the parts (live/engine/: poll, apply, status) composed with the pub/sub,
 * leadership (which instance polls which vendor), the pollers and the subscribers.
 */

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
  /** The clock (ms): when vendors answered, statuses' `since`, batches' and alerts' `at`, queue waits. Default `Date.now`. */
  now?: () => number;
}

export interface LiveEngine {
  /** Subscribes to the pub/sub, loads stored snapshots and starts polling (through leadership). */
  start(): Promise<void>;
  /** Polls a vendor now (on the instance leading its poll) and resolves once its changes are on this board. */
  pollNow(vendor: PolledVendor): Promise<PollOutcome>;
  board(): LiveBoard;
  /**
   * What this instance's board holds of a vendor whose poll it runs, with how long ago (by the
   * engine's clock) its last poll ended and the polling interval: null when this instance does
   * not lead that poll or has not polled yet. Read-only: for answering from the board while it is fresh.
   */
  polledSnapshot(vendor: PolledVendor): PolledSnapshot | null;
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
  /** Resolves every alert of a rule that is firing (the rule was deleted); resolves with those resolved. */
  resolveRule(ruleId: string): Promise<LiveAlert[]>;
  /**
   * The alerts firing now (conditions only: a queue over, a vendor down, a reported condition; not
   * rating events), oldest first: what a subscriber that comes later has missed.
   */
  activeAlerts(): LiveAlert[];
  /**
   * Raises or resolves a condition found outside the board (a job that could not reach a vendor):
   * FIRING under each rule of its kind that applies to its vendor when it starts to hold, RESOLVED when
   * it stops; reporting the same state again publishes nothing. Resolves with the alerts published.
   */
  reportCondition(condition: AlertCondition): Promise<LiveAlert[]>;
  /**
   * Publishes a firing alert again with who acknowledged it and when (the caller stores that first), so every
   * board and `alerts` subscriber shows it; null when no alert with that id is firing.
   */
  acknowledgeAlert(id: string, acknowledgement: { by: string; at: string }): LiveAlert | null;
  close(): Promise<void>;
}

/** A vendor's part of the board as this instance last polled it (`LiveEngine.polledSnapshot`). */
export interface PolledSnapshot {
  /** The board's snapshot: treat as read-only (the board replaces its arrays, never edits a record in place). */
  snapshot: VendorSnapshot;
  /** Milliseconds since this instance's last poll of the vendor answered or failed (`snapshot.status` says which). */
  ageMs: number;
  /** LIVE_POLL_INTERVAL_MS: 0 when only `pollNow` polls. */
  intervalMs: number;
}

/** How soon a push brings the vendor's next poll: soon, but a burst of pushes shares one poll. */
const PUSH_POLL_DELAY_MS = 1_000;

/** How long a publisher waits for its own batch to come back from the pub/sub before giving up. */
const APPLY_TIMEOUT_MS = 10_000;

export function createLiveEngine(options: LiveEngineOptions): LiveEngine {
  const instanceId = options.instanceId ?? randomUUID();
  const now = options.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const log = options.logger.child({ component: 'live' });
  const board = new Board();
  const applier = new Applier(board);
  const abort = new AbortController();
  const subscribers = new Subscribers(options.subscriberBuffer);
  const returns = new Returns(APPLY_TIMEOUT_MS, (id) => log.warn({ batch: id }, 'a published live batch did not come back from the pub/sub'));
  const active = new ActiveAlerts();
  const snapshotWriter = new SnapshotWriter(options.snapshots, (error, vendor) => log.warn({ err: error, vendor }, 'could not store the live snapshot'));
  /** Per vendor: the publish in progress, so diffs never race (a poll's and a push's). */
  const locks = new Map<LiveVendor, Promise<unknown>>();
  const pollers = new Map<PolledVendor, Poller<PollOutcome>>();
  const stops = new Map<PolledVendor, () => Promise<void>>();
  const loops: AsyncIterableIterator<unknown>[] = [];
  /** When each vendor was last polled here (ms): the start of the window a queue's wait grew in. */
  const lastPolled = new Map<PolledVendor, number>();
  let sequence = 0;
  let closed = false;

  const leads = (vendor: PolledVendor) => options.leadership.leads(`poll:${vendor}`);

  function serial<T>(vendor: LiveVendor, work: () => Promise<T>): Promise<T> {
    const result = (locks.get(vendor) ?? Promise.resolve()).then(work);
    locks.set(vendor, result.catch(() => undefined));
    return result;
  }

  /** A batch is on this board: tell local subscribers, release its publisher, store the snapshot when leading. */
  function applied(update: BoardUpdate) {
    subscribers.dispatch({ type: 'update', update });
    returns.arrived(update.batch.id);
    const vendor = update.batch.vendor;
    if (isPolledVendor(vendor) && leads(vendor)) snapshotWriter.write(vendor, board.vendor(vendor));
  }

  /** Publishes changes and resolves once this instance's board has them (alerts follow). */
  async function publish(vendor: LiveVendor, changes: LiveChange[], kind: BatchKind, forAlerts: readonly LiveChange[] = changes): Promise<void> {
    const batch = batchFor(instanceId, sequence + 1, vendor, kind, changes, iso());
    if (!batch) return;
    sequence++;
    const done = returns.wait(batch.id);
    options.pubsub.publish('liveChanges', batch);
    await done;
    await raiseAlerts(forAlerts, batch.at);
  }

  /** Every rule in force, or none (logged) when they cannot be read. */
  async function readRules(): Promise<AlertRule[]> {
    try {
      return await options.alertRules();
    } catch (error) {
      log.error({ err: error }, 'could not read the alert rules');
      return [];
    }
  }

  async function raiseAlerts(changes: readonly LiveChange[], at: string) {
    const rules = await readRules();
    for (const alert of evaluateAlerts(rules, changes, at)) options.pubsub.publish('liveAlerts', alert);
  }

  /** One poll: read the vendor, work out the changes against the board, publish them. */
  async function poll(source: LiveSource): Promise<PollOutcome> {
    const vendor = source.vendor;
    const pushes = applier.pushes(vendor);
    const read = await readSource(source, board.vendor(vendor), abort.signal, now);
    if ('failure' in read) {
      const failure = read.failure;
      if (isUpstreamError(failure)) log.debug({ vendor, code: failure.code, status: failure.status }, 'live-status poll failed');
      else if (!closed) log.error({ err: failure, vendor }, 'live-status poll crashed');
    }
    if (closed) return UNANSWERED;
    return serial(vendor, async () => {
      const at = iso();
      const found = pollChanges({
        vendor,
        previous: board.vendor(vendor),
        read,
        pushedMeanwhile: applier.pushes(vendor) !== pushes,
        lastPolledAt: lastPolled.get(vendor),
        at,
      });
      lastPolled.set(vendor, read.readAt);
      // Logged when reachability changes, not at every failed poll of an outage.
      if (found.status && !found.status.reachable) log.warn({ vendor, code: found.status.code }, 'vendor unreachable for live status');
      else if (found.status && found.previousStatus) log.info({ vendor }, 'vendor answers the live-status poll again');
      if (found.changes.length > 0) await publish(vendor, found.changes, 'poll', found.forAlerts);
      else if (found.forAlerts.length > 0) await raiseAlerts(found.forAlerts, at);
      return { polled: true, reachable: found.reachable, changes: found.changes.length };
    });
  }

  for (const source of options.sources) {
    pollers.set(
      source.vendor,
      createPoller({
        intervalMs: options.intervalMs,
        maxBackoffMs: options.maxBackoffMs,
        // One span per poll: a trace of its own on the interval, a child of whoever asked for it otherwise.
        poll: (automatic) =>
          inSpan('live poll', { root: automatic, attributes: { 'switchboard.vendor': source.vendor } }, async (span) => {
            const outcome = await poll(source);
            span.setAttributes({ 'switchboard.live.reachable': outcome.reachable, 'switchboard.live.changes': outcome.changes });
            return outcome;
          }),
        crashed: UNANSWERED,
        onCrash: (error) => log.error({ err: error, vendor: source.vendor }, 'live-status poll crashed'),
        now,
      }),
    );
  }

  /** Handles every event the pub/sub delivers on a topic, in order. */
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
      listen(
        options.pubsub.subscribe('liveChanges'),
        (batch) => {
          const update = applier.apply(batch);
          if (update) applied(update);
        },
        'liveChanges',
      );
      listen(
        options.pubsub.subscribe('liveAlerts'),
        (alert) => {
          // Kept before it is dispatched: a subscriber that starts meanwhile finds it in activeAlerts.
          active.apply(alert);
          subscribers.dispatch({ type: 'alert', alert });
        },
        'liveAlerts',
      );
      listen(
        options.pubsub.subscribe('livePollSoon'),
        ({ vendor }) => {
          if (leads(vendor)) pollers.get(vendor)?.pollSoon(PUSH_POLL_DELAY_MS);
        },
        'livePollSoon',
      );
      await Promise.all((['liveChanges', 'liveAlerts', 'livePollSoon'] as const).map((topic) => options.pubsub.whenSubscribed(topic)));
      // Subscribed first, then the snapshots: what changed meanwhile applies on top of them.
      const stored = [];
      for (const source of options.sources) {
        stored.push(
          await options.snapshots.get(source.vendor).catch((error: unknown) => {
            log.warn({ err: error, vendor: source.vendor }, 'could not read the stored live snapshot');
            return null;
          }),
        );
      }
      for (const update of applier.load(stored)) applied(update);
      // Alerts fired before this instance started are not replayed: what the stored board calls for is firing.
      active.seed(evaluateAlerts(await readRules(), standingChanges(board.view(), now()), iso()));
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
      if (!poller || !leads(vendor) || closed) return NOT_POLLED;
      return poller.pollNow();
    },

    board: () => board.view(),

    polledSnapshot(vendor) {
      const polledAt = lastPolled.get(vendor);
      const snapshot = board.vendor(vendor);
      if (polledAt === undefined || !snapshot || !leads(vendor)) return null;
      return { snapshot, ageMs: now() - polledAt, intervalMs: options.intervalMs };
    },

    subscribers: () => subscribers.size,

    whenSubscribed: (count = 1) => subscribers.whenSubscribed(count),

    pollers: () => [...pollers].map(([vendor, poller]) => pollerStatus(vendor, leads(vendor), board.vendor(vendor)?.status ?? null, poller.state())),

    async receive(vendor, push) {
      if (closed) return 0;
      const published = await serial(vendor, async () => {
        const changes = pushChanges(vendor, isPolledVendor(vendor) ? board.vendor(vendor) : null, push, now());
        await publish(vendor, changes, 'push');
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
      const changes = standingChanges(board.view(), now());
      for (const alert of evaluateAlerts([rule], changes, iso())) {
        if (!active.has(alert.id)) options.pubsub.publish('liveAlerts', alert);
      }
    },

    async resolveRule(ruleId) {
      const at = iso();
      const resolved = active
        .list()
        .filter((alert) => alert.rule.id === ruleId)
        .map((alert): LiveAlert => ({ ...alert, state: 'RESOLVED', message: `${alert.message} (its rule was deleted)`, at }));
      for (const alert of resolved) options.pubsub.publish('liveAlerts', alert);
      return resolved;
    },

    activeAlerts: () => active.list(),

    async reportCondition(condition) {
      const alerts = evaluateCondition(await readRules(), condition, (id) => active.has(id), iso());
      for (const alert of alerts) options.pubsub.publish('liveAlerts', alert);
      return alerts;
    },

    acknowledgeAlert(id, { by, at }) {
      const firing = active.list().find((alert) => alert.id === id);
      if (!firing) return null;
      const acknowledged: LiveAlert = { ...firing, acknowledgedBy: by, acknowledgedAt: at };
      options.pubsub.publish('liveAlerts', acknowledged);
      return acknowledged;
    },

    async close() {
      if (closed) return;
      closed = true;
      abort.abort();
      await Promise.all([...stops.values()].map((stop) => stop()));
      await snapshotWriter.flush();
      returns.releaseAll();
      for (const loop of loops) await loop.return?.();
      subscribers.endAll();
    },
  };
}
