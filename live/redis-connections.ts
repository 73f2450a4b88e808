import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * The Redis connections one gateway instance uses for live status when REDIS_URL is set.
 * Two, because a connection that SUBSCRIBEs can run nothing but subscription commands:
 * `command` publishes events, holds leases and stores snapshots; `subscriber` receives events.
 */
export interface LiveRedis {
  command: Redis;
  subscriber: Redis;
  /** Prefix of every key and channel this instance uses (`switchboard:`), so deployments can share a Redis. */
  prefix: string;
  /** Closes both connections politely (pending replies first). */
  close(): Promise<void>;
  /**
   * Drops both connections at once without a goodbye, as a crashed process would: nothing is
   * released, and the leases this instance held expire on their own. For tests and the benchmark.
   */
  kill(): void;
}

export interface LiveRedisOptions {
  /** Key and channel prefix; default `switchboard:`. Tests pass a random one per file. */
  prefix?: string;
  /** Called with connection errors (ioredis reconnects by itself); default: ignored. */
  onError?: (error: Error, connection: 'command' | 'subscriber') => void;
}

/** Opens the two connections to `url` (`redis://host:port/db`) and waits until both are ready. */
export async function openLiveRedis(url: string, options: LiveRedisOptions = {}): Promise<LiveRedis> {
  const prefix = options.prefix ?? 'switchboard:';
  const open = (role: 'command' | 'subscriber') => {
    const redis = new Redis(url, {
      connectionName: `switchboard-${role}-${randomUUID().slice(0, 8)}`,
      lazyConnect: true,
      // Commands made while disconnected fail after a few reconnect attempts instead of piling up
      // forever; every caller here handles a failed command (a lost event is logged, a lease renew retried).
      maxRetriesPerRequest: 3,
    });
    // Without a listener ioredis prints every reconnect error to stderr.
    redis.on('error', (error: Error) => options.onError?.(error, role));
    return redis;
  };
  const command = open('command');
  const subscriber = open('subscriber');
  try {
    await Promise.all([command.connect(), subscriber.connect()]);
  } catch (error) {
    command.disconnect();
    subscriber.disconnect();
    throw new Error(`Cannot reach Redis at ${redactUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  return {
    command,
    subscriber,
    prefix,
    async close() {
      await Promise.all([quit(command), quit(subscriber)]);
    },
    kill() {
      command.disconnect(false);
      subscriber.disconnect(false);
    },
  };
}

/** QUIT, or a plain disconnect when the connection is already gone. */
async function quit(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  try {
    await redis.quit();
  } catch {
    redis.disconnect(false);
  }
}

/** The URL without its password, for error messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparsable REDIS_URL>';
  }
}
