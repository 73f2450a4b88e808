import type { RateLimiter, RatePolicy } from './bucket.js';
import { memoryRateLimiter } from './memory-limiter.js';
import { redisRateLimiter } from './redis-limiter.js';

export interface CreateLimiterOptions {
  /** REDIS_URL: buckets shared by every instance; default in this process. */
  redisUrl?: string;
  /** Key prefix in Redis (REDIS_KEY_PREFIX); default `switchboard:`. */
  prefix?: string;
}

/**
 * The limiter the configuration asks for: in memory for one instance, in Redis when scaled out.
 * The Redis connection is the limiter's own. Start-up waits for it (an unreachable Redis stops
 * start-up, as it does for live status); afterwards a command made while Redis is away fails at
 * once (the plugin then lets the request through) instead of queueing behind reconnects.
 */
export async function createRateLimiter(policy: RatePolicy, options: CreateLimiterOptions = {}): Promise<RateLimiter> {
  if (!options.redisUrl) return memoryRateLimiter(policy);
  // ioredis is loaded only by a gateway that scales out.
  const { Redis } = await import('ioredis');
  const redis = new Redis(options.redisUrl, {
    connectionName: 'switchboard-rate-limit',
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  // Failed commands are reported by the plugin; without a listener ioredis prints every reconnect error.
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Cannot reach Redis for rate limits: ${(error as Error).message}`, { cause: error });
  }
  return redisRateLimiter(redis, policy, { prefix: options.prefix, ownsConnection: true });
}
