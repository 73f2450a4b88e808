import type { LiveRedis } from '../../live/redis-connections.js';
import { redisReplayGuard } from './redis-replay-guard.js';
import { memoryReplayGuard, type ReplayGuard } from './replay-guard.js';

export interface ReplayGuardSetup {
  /** WEBHOOK_REPLAY_WINDOW_MS: a signed timestamp may be this far from the gateway's clock, either way. */
  windowMs: number;
  /** The gateway's clock (ms). */
  now: () => number;
  /** Live status's Redis connections (REDIS_URL), shared by every instance; null: this instance alone. */
  redis: LiveRedis | null;
  /** A Redis command failed (the push was judged by this instance's memory only). */
  onError: (error: unknown) => void;
}

/**
 * The guard against repeated pushes the configuration asks for: in memory, or through Redis when
 * scaled out (so two instances never both apply one event). An id is remembered for twice the
 * window: an event passes while its timestamp is within the window of `now`, which spans two
 * windows, so every repeat that could still pass is dropped.
 */
export function createReplayGuard(setup: ReplayGuardSetup): ReplayGuard {
  const ttlMs = 2 * setup.windowMs;
  const local = memoryReplayGuard({ ttlMs, now: setup.now });
  return setup.redis ? redisReplayGuard({ redis: setup.redis.command, prefix: setup.redis.prefix, ttlMs, local, onError: setup.onError }) : local;
}
