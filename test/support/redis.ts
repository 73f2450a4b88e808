import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { openLiveRedis, type LiveRedis } from '../../live/redis-connections.js';

/** The machine's Redis the tests use. */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Redis for one test file: a random key and channel prefix (so parallel files and leftovers
 * never meet), connections opened through it, and `close()` that closes them all and deletes
 * every key under the prefix.
 */
export function testRedis() {
  const prefix = `test:${randomBytes(6).toString('hex')}:`;
  const opened: LiveRedis[] = [];
  return {
    prefix,
    url: TEST_REDIS_URL,
    /** A gateway instance's pair of connections (command + subscriber) under this file's prefix. */
    async open(): Promise<LiveRedis> {
      const redis = await openLiveRedis(TEST_REDIS_URL, { prefix });
      opened.push(redis);
      return redis;
    },
    async close() {
      await Promise.all(opened.map((redis) => redis.close()));
      const admin = new Redis(TEST_REDIS_URL);
      try {
        const keys = await admin.keys(`${prefix}*`);
        if (keys.length > 0) await admin.del(...keys);
      } finally {
        await admin.quit();
      }
    },
  };
}
