import type { Logger } from 'pino';
import { localLeadership, redisLeadership, type Leadership } from './leadership.js';
import { createLivePubSub, type LivePubSub } from './pubsub.js';
import type { LiveRedis } from './redis-connections.js';
import { redisSnapshotStore } from './redis-snapshot-store.js';
import { memorySnapshotStore, type SnapshotStore } from './snapshot-store.js';

/** What the live engine shares with the other instances: events, who polls what, and the latest snapshots. */
export interface ScaleOut {
  pubsub: LivePubSub;
  leadership: Leadership;
  snapshots: SnapshotStore;
  /** The Redis connections when REDIS_URL is set; null for a single instance. */
  redis: LiveRedis | null;
  /** Closes leadership (stops and releases what this instance leads), then the Redis connections. */
  close(): Promise<void>;
}

export interface ScaleOutOptions {
  /** REDIS_URL; unset: everything in memory, this instance alone. */
  url: string | undefined;
  /** LIVE_LEASE_TTL_MS. */
  leaseTtlMs: number;
  /** REDIS_KEY_PREFIX. */
  prefix: string;
  logger: Logger;
}

/**
 * In memory for one instance; with REDIS_URL, events through Redis pub/sub (every instance
 * delivers every event), one poller per vendor across instances (a lease in Redis), and the
 * vendors' snapshots in Redis for instances that do not poll.
 */
export async function openScaleOut(options: ScaleOutOptions): Promise<ScaleOut> {
  const log = options.logger.child({ component: 'live-scale' });
  if (!options.url) {
    const leadership = localLeadership();
    return { pubsub: createLivePubSub(), leadership, snapshots: memorySnapshotStore(), redis: null, close: () => leadership.close() };
  }
  // ioredis is loaded only by a gateway that scales out.
  const { openLiveRedis } = await import('./redis-connections.js');
  const redis = await openLiveRedis(options.url, {
    prefix: options.prefix,
    onError: (err, connection) => log.warn({ err, connection }, 'Redis connection error'),
  });
  const leadership = redisLeadership(redis.command, {
    ttlMs: options.leaseTtlMs,
    prefix: options.prefix,
    onError: (err, lease) => log.warn({ err, lease }, 'lease command failed'),
    onEvent: ({ name, kind }) => {
      if (kind === 'acquired' || kind === 'lost' || kind === 'released') log.info({ lease: name }, `lease ${kind}`);
    },
  });
  return {
    pubsub: createLivePubSub({ redis, onError: (err, topic) => log.warn({ err, topic }, 'live pub/sub command failed (event or subscription lost)') }),
    leadership,
    snapshots: redisSnapshotStore(redis.command, { prefix: options.prefix }),
    redis,
    async close() {
      await leadership.close();
      await redis.close();
    },
  };
}
