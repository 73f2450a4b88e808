import { GraphQLError } from 'graphql';
import type { PubSub } from 'graphql-yoga';
import { boundedStream } from './bounded-stream.js';
import type { LiveRedis } from './redis-connections.js';
import type { LiveChangeBatch, PolledVendor } from '../domain/live.js';
import type { LiveAlert } from '../domain/alerts.js';
import { memoryEventTarget, redisEventTarget, type LiveEventTarget } from './redis-event-target.js';

/** A call reached an agent: the gateway has stored it and worked out its screen-pop. */
export interface IncomingCallEvent {
  vendor: 'ameyo';
  /** Ameyo's crtObjectId. */
  vendorCallId: string;
}

/**
 * Every live topic and its payload; a topic with a leading id argument is published per id
 * (here: per Ameyo user, so an agent hears only their own calls). Payloads are plain JSON
 * (ISO strings, no Date or class instances): over Redis they are serialised.
 */
export type LiveTopics = {
  incomingCall: [agentUserId: string, event: IncomingCallEvent];
  /** Ameyo's post-call data for a call was stored (a `disposeCall` waits for the data its disposition makes Ameyo send). */
  postCallStored: [vendorCallId: string, event: { vendor: 'ameyo'; vendorCallId: string }];
  /** Live status: the changes one poll or push found (every instance applies them to its board). */
  liveChanges: [batch: LiveChangeBatch];
  /** Live status: an alert a rule raised, evaluated once by the instance that found the changes. */
  liveAlerts: [alert: LiveAlert];
  /** Live status: a push reached an instance that does not poll its vendor; the one that does polls early. */
  livePollSoon: [request: { vendor: PolledVendor }];
};

type Topic = Extract<keyof LiveTopics, string>;
/** The payload a subscriber of `K` reads. */
type PayloadOf<K extends Topic> = LiveTopics[K] extends [unknown, infer P] ? P : LiveTopics[K] extends [infer P] ? P : null;
/** `[topic]` for a topic without id, `[topic, id]` for one with. */
type SubscribeArgs<K extends Topic> = LiveTopics[K] extends [unknown, unknown] ? [K, LiveTopics[K][0]] : [K];

export interface LivePubSubOptions {
  /**
   * Redis connections (REDIS_URL): events travel through Redis pub/sub so every instance delivers
   * every event, its own included. Default: in memory, this instance only.
   */
  redis?: LiveRedis;
  /**
   * Events one subscriber may have waiting (its socket not keeping up) before its subscription
   * ends with a `SLOW_CONSUMER` error; default 10000 (references to payloads all subscribers share,
   * and room for a burst Redis hands over in one read). The others never wait for it.
   */
  maxQueuedEvents?: number;
  /** A publish that could not reach Redis; default ignored. */
  onError?: (error: unknown, topic: string) => void;
}

/**
 * The pub/sub the subscriptions read from, typed by {@link LiveTopics}. Subscriber counts are
 * per instance (who listens here), whatever carries the events.
 */
export function createLivePubSub(options: LivePubSubOptions = {}) {
  const target = new ListenedEventTarget(options.redis ? redisEventTarget(options.redis, options.onError) : memoryEventTarget());
  const limit = options.maxQueuedEvents ?? 10_000;

  const publish: PubSub<LiveTopics>['publish'] = (topic, ...args) => {
    const [first, second] = args as unknown[];
    const routed = args.length > 1 ? `${topic}:${String(first)}` : topic;
    target.dispatchEvent(new CustomEvent(routed, { detail: (args.length > 1 ? second : first) ?? null }));
  };

  function subscribe<K extends Topic>(...[topic, id]: SubscribeArgs<K>): AsyncIterableIterator<PayloadOf<K>> {
    const routed = id === undefined ? topic : `${topic}:${String(id)}`;
    const listener = (event: CustomEvent) => stream.push(event.detail as PayloadOf<K>);
    const stream = boundedStream<PayloadOf<K>>({
      limit,
      overflow: () =>
        new GraphQLError(`This subscription fell more than ${limit} events behind and was ended; subscribe again`, {
          extensions: { code: 'SLOW_CONSUMER' },
        }),
      onEnd: () => target.removeEventListener(routed, listener),
    });
    target.addEventListener(routed, listener);
    return stream;
  }

  return {
    publish,
    subscribe,
    /** How many subscriptions on this instance listen to a topic (for an id: `'incomingCall', 'agent'`). */
    subscribers: (topic: Topic, id?: string): number => target.listeners(id === undefined ? topic : `${topic}:${id}`),
    /**
     * Resolves once at least one subscription on this instance listens to the topic (for the id)
     * and hears events published from then on (over Redis: its SUBSCRIBE has been answered).
     */
    whenSubscribed: (topic: Topic, id?: string): Promise<void> => target.whenListened(id === undefined ? topic : `${topic}:${id}`),
  };
}

export type LivePubSub = ReturnType<typeof createLivePubSub>;

/**
 * Counts listeners per topic (`incomingCall:<userId>`) in front of the real target, so a source
 * can tell whether anyone listens and a test can wait until someone does.
 */
class ListenedEventTarget {
  readonly #counts = new Map<string, number>();
  readonly #waiting = new Map<string, (() => void)[]>();

  constructor(readonly inner: LiveEventTarget) {}

  addEventListener(type: string, listener: (event: CustomEvent) => void): void {
    this.inner.addEventListener(type, listener);
    this.#counts.set(type, (this.#counts.get(type) ?? 0) + 1);
    const waiting = this.#waiting.get(type);
    if (!waiting) return;
    this.#waiting.delete(type);
    void this.inner.settled().then(
      () => waiting.forEach((resolve) => resolve()),
      () => waiting.forEach((resolve) => resolve()),
    );
  }

  removeEventListener(type: string, listener: (event: CustomEvent) => void): void {
    this.inner.removeEventListener(type, listener);
    const left = (this.#counts.get(type) ?? 1) - 1;
    if (left > 0) this.#counts.set(type, left);
    else this.#counts.delete(type);
  }

  dispatchEvent(event: CustomEvent): void {
    this.inner.dispatchEvent(event);
  }

  listeners(type: string): number {
    return this.#counts.get(type) ?? 0;
  }

  async whenListened(type: string): Promise<void> {
    if (this.listeners(type) > 0) return this.inner.settled();
    return new Promise((resolve) => this.#waiting.set(type, [...(this.#waiting.get(type) ?? []), resolve]));
  }
}
