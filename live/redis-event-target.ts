import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { LiveRedis } from './redis-connections.js';

/** What the live pub/sub needs from an event target: the DOM trio, plus knowing when a subscription is live. */
export interface LiveEventTarget {
  addEventListener(type: string, listener: (event: CustomEvent) => void): void;
  removeEventListener(type: string, listener: (event: CustomEvent) => void): void;
  dispatchEvent(event: CustomEvent): boolean;
  /** Resolves once every listener added so far hears events published from now on. */
  settled(): Promise<void>;
}

/** In memory: a listener hears events the moment it is added. */
export function memoryEventTarget(): LiveEventTarget {
  const target = new EventTarget();
  return {
    addEventListener: (type, listener) => target.addEventListener(type, listener as EventListener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener as EventListener),
    dispatchEvent: (event) => target.dispatchEvent(event),
    settled: () => Promise.resolve(),
  };
}

/**
 * Events through Redis pub/sub, so every instance hears every event: yoga's Redis event target
 * (one SUBSCRIBE per channel per instance, however many local listeners) on `<prefix>live:<topic>`
 * channels. Publishing goes straight to the command connection so a failed PUBLISH (Redis
 * unreachable) is reported rather than left as an unhandled rejection.
 */
export function redisEventTarget(redis: LiveRedis, onError: (error: unknown, topic: string) => void = () => undefined): LiveEventTarget {
  const inner = createRedisEventTarget<CustomEvent>({ publishClient: redis.command, subscribeClient: caught(redis.subscriber, onError) });
  const channel = (topic: string) => `${redis.prefix}live:${topic}`;
  return {
    addEventListener: (type, listener) => inner.addEventListener(channel(type), listener),
    removeEventListener: (type, listener) => inner.removeEventListener(channel(type), listener),
    dispatchEvent(event) {
      const message = event.detail === undefined ? '' : JSON.stringify(event.detail);
      redis.command.publish(channel(event.type), message).catch((error: unknown) => onError(error, event.type));
      return true;
    },
    // Commands on one connection run in order: a PING answered means the SUBSCRIBEs sent before it were too.
    settled: async () => {
      await redis.subscriber.ping();
    },
  };
}

/**
 * The subscriber connection with its SUBSCRIBE and UNSUBSCRIBE failures reported instead of left
 * as unhandled rejections (yoga's event target does not wait for them): a connection that is gone
 * must not take the process with it. ioredis re-subscribes by itself when it reconnects.
 */
function caught(subscriber: Redis, onError: (error: unknown, topic: string) => void): Redis {
  return new Proxy(subscriber, {
    get(target, property) {
      if (property === 'subscribe' || property === 'unsubscribe') {
        return (channel: string) => target[property](channel).catch((error: unknown) => onError(error, channel));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
