import { createPubSub } from 'graphql-yoga';

/** A call reached an agent: the gateway has stored it and worked out its screen-pop. */
export interface IncomingCallEvent {
  vendor: 'ameyo';
  /** Ameyo's crtObjectId. */
  vendorCallId: string;
}

/**
 * Every live topic and its payload; a topic with a leading id argument is published per id
 * (here: per Ameyo user, so an agent hears only their own calls).
 */
export type LiveTopics = {
  incomingCall: [agentUserId: string, event: IncomingCallEvent];
};

/**
 * The event target under the pub/sub, counting listeners per topic (`incomingCall:<userId>`),
 * so a source can tell whether anyone listens and a test can wait until someone does.
 */
class ListenedEventTarget extends EventTarget {
  readonly #counts = new Map<string, number>();
  readonly #waiting = new Map<string, (() => void)[]>();

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean): void {
    super.addEventListener(type, listener, options);
    this.#counts.set(type, (this.#counts.get(type) ?? 0) + 1);
    for (const resolve of this.#waiting.get(type) ?? []) resolve();
    this.#waiting.delete(type);
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean): void {
    super.removeEventListener(type, listener, options);
    const left = (this.#counts.get(type) ?? 1) - 1;
    if (left > 0) this.#counts.set(type, left);
    else this.#counts.delete(type);
  }

  listeners(type: string): number {
    return this.#counts.get(type) ?? 0;
  }

  whenListened(type: string): Promise<void> {
    if (this.listeners(type) > 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.set(type, [...(this.#waiting.get(type) ?? []), resolve]));
  }
}

/** The in-process pub/sub the subscriptions read from (yoga's, typed by {@link LiveTopics}). */
export function createLivePubSub() {
  const target = new ListenedEventTarget();
  const pubsub = createPubSub<LiveTopics>({ eventTarget: target });
  return {
    publish: pubsub.publish,
    subscribe: pubsub.subscribe,
    /** How many subscriptions listen to a topic for an id (`'incomingCall', 'agent'`). */
    subscribers: (topic: keyof LiveTopics, id: string): number => target.listeners(`${topic}:${id}`),
    /** Resolves once at least one subscription listens to the topic for the id. */
    whenSubscribed: (topic: keyof LiveTopics, id: string): Promise<void> => target.whenListened(`${topic}:${id}`),
  };
}

export type LivePubSub = ReturnType<typeof createLivePubSub>;
