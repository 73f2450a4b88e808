import type { Redis } from 'ioredis';
import { decide, type RateLimiter, type RatePolicy } from './bucket.js';

/**
 * The bucket step of bucket.ts in Lua, so that reading, refilling and taking are one atomic step
 * across every gateway instance. Time is Redis's own (TIME) unless the caller passes one, so
 * instances with drifting clocks still share one bucket fairly. The key expires once the bucket
 * would be full again: a forgotten bucket starts full, which is the same.
 */
const TAKE_SCRIPT = `
local per_minute = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = burst
  at = now
end
tokens = math.min(burst, tokens + math.max(0, now - at) * per_minute / 60000)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) * 60000 / per_minute) + 1000)
return { allowed, tostring(tokens) }
`;

export interface RedisLimiterOptions {
  /** Key prefix; the bucket of `key` is `<prefix>ratelimit:<key>`. Default `switchboard:`. */
  prefix?: string;
  /** Milliseconds now, instead of Redis's TIME (tests); default Redis's clock. */
  now?: () => number;
  /** Closes the connection with the limiter; default false (the connection is shared). */
  ownsConnection?: boolean;
}

type WithTake = Redis & { switchboardTakeToken(key: string, perMinute: number, burst: number, now: string): Promise<[number, string]> };

/** Buckets in Redis, shared by every instance behind a load balancer. */
export function redisRateLimiter(redis: Redis, policy: RatePolicy, options: RedisLimiterOptions = {}): RateLimiter {
  const prefix = `${options.prefix ?? 'switchboard:'}ratelimit:`;
  // defineCommand sends EVALSHA and falls back to EVAL once after a SCRIPT FLUSH or restart.
  if (!(redis as unknown as Partial<WithTake>).switchboardTakeToken) {
    redis.defineCommand('switchboardTakeToken', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  }
  return {
    async take(key) {
      const [allowed, tokens] = await (redis as unknown as WithTake).switchboardTakeToken(
        prefix + key,
        policy.perMinute,
        policy.burst,
        options.now ? String(options.now()) : '',
      );
      return decide(policy, allowed === 1, Number(tokens));
    },
    async close() {
      if (options.ownsConnection && redis.status !== 'end') await redis.quit().catch(() => redis.disconnect());
    },
  };
}
