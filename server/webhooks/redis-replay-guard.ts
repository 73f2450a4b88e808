import type { Redis } from 'ioredis';
import type { ReplayGuard } from './replay-guard.js';

export interface RedisReplayGuardOptions {
  /** A command connection (live status's, when REDIS_URL is set). */
  redis: Pick<Redis, 'set' | 'del'>;
  /** REDIS_KEY_PREFIX: ids are kept under `<prefix>webhook-seen:<id>`. */
  prefix: string;
  /** How long an id is remembered (ms). */
  ttlMs: number;
  /** This instance's own guard: answers first (no round trip for a local repeat) and alone while Redis fails. */
  local: ReplayGuard;
  /** A Redis command failed: the push was judged by the local guard only. */
  onError: (error: unknown) => void;
}

/**
 * A ReplayGuard shared by every instance behind a load balancer: an id is claimed with
 * `SET key 1 PX ttl NX`, so of two instances receiving the same push only one applies it.
 * While Redis fails, each instance still drops the repeats it saw itself.
 */
export function redisReplayGuard(options: RedisReplayGuardOptions): ReplayGuard {
  const key = (id: string) => `${options.prefix}webhook-seen:${id}`;
  return {
    async claim(id) {
      if (!(await options.local.claim(id))) return false;
      try {
        return (await options.redis.set(key(id), '1', 'PX', options.ttlMs, 'NX')) === 'OK';
      } catch (error) {
        options.onError(error);
        return true;
      }
    },
    async release(id) {
      await options.local.release(id);
      await options.redis.del(key(id)).catch(options.onError);
    },
  };
}
