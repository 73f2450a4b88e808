import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { createSchema, createYoga } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RateLimiter } from '../server/rate-limit/bucket.js';
import { loadConfig } from '../server/config.js';
import { memoryRateLimiter } from '../server/rate-limit/memory-limiter.js';
import { redisRateLimiter } from '../server/rate-limit/redis-limiter.js';
import { useRateLimit } from '../server/rate-limit/use-rate-limit.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { testRedis, TEST_REDIS_URL } from './support/redis.js';

/** Three requests at once, then one a minute: nothing refills while a test runs. */
const POLICY = { perMinute: 1, burst: 3 };
const LIMITED = { RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '3' };

const redis = testRedis();
const connections: Redis[] = [];
const gateways: TestGateway[] = [];
afterAll(async () => {
  await Promise.all(gateways.map((gw) => gw.close()));
  for (const connection of connections) await connection.quit();
  await redis.close();
});

function connect(): Redis {
  const connection = new Redis(TEST_REDIS_URL);
  connections.push(connection);
  return connection;
}

/** A clock the test moves. */
function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** The bucket's behaviour, whichever store holds it. */
function bucketBehaviour(make: (now: () => number) => RateLimiter) {
  it('lets a burst through, refuses the next with Retry-After, and refills over time', async () => {
    const clock = manualClock();
    const limiter = make(clock.now);
    const key = `caller-${randomBytes(4).toString('hex')}`;
    const taken = [await limiter.take(key), await limiter.take(key), await limiter.take(key)];
    expect(taken.map((decision) => [decision.allowed, decision.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    const refused = await limiter.take(key);
    expect(refused).toMatchObject({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 60, resetSeconds: 180 });
    // Half a minute later half a token is back: still refused, sooner.
    clock.advance(30_000);
    expect(await limiter.take(key)).toMatchObject({ allowed: false, retryAfterSeconds: 30 });
    clock.advance(30_000);
    expect(await limiter.take(key)).toMatchObject({ allowed: true, remaining: 0 });
    // A long quiet spell fills the bucket, never beyond the burst.
    clock.advance(3_600_000);
    expect(await limiter.take(key)).toMatchObject({ allowed: true, remaining: 2 });
    // Other callers have buckets of their own.
    expect(await limiter.take(`${key}-other`)).toMatchObject({ allowed: true, remaining: 2 });
  });
}

describe('the in-memory limiter', () => {
  bucketBehaviour((now) => memoryRateLimiter(POLICY, { now }));

  it('forgets full buckets once it holds too many', async () => {
    const clock = manualClock();
    const limiter = memoryRateLimiter(POLICY, { now: clock.now, maxBuckets: 2 });
    await limiter.take('a');
    await limiter.take('a');
    await limiter.take('b');
    clock.advance(3 * 60_000);
    // 'a' and 'b' have refilled: a third caller sweeps them, and 'a' starts full again.
    await limiter.take('c');
    expect(await limiter.take('a')).toMatchObject({ remaining: 2 });
  });
});

describe('the Redis limiter', () => {
  bucketBehaviour((now) => redisRateLimiter(connect(), POLICY, { prefix: redis.prefix, now }));

  it('shares one bucket between instances, with Redis keeping time, and expires idle buckets', async () => {
    const [first, second] = [redisRateLimiter(connect(), POLICY, { prefix: redis.prefix }), redisRateLimiter(connect(), POLICY, { prefix: redis.prefix })];
    const key = `shared-${randomBytes(4).toString('hex')}`;
    expect(await first.take(key)).toMatchObject({ allowed: true, remaining: 2 });
    expect(await second.take(key)).toMatchObject({ allowed: true, remaining: 1 });
    expect(await first.take(key)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await second.take(key)).toMatchObject({ allowed: false });
    const ttl = await connect().pttl(`${redis.prefix}ratelimit:${key}`);
    // Gone once it would be full again (3 minutes for three tokens at one a minute, plus a second).
    expect(ttl).toBeGreaterThan(170_000);
    expect(ttl).toBeLessThanOrEqual(181_000);
  });

  it('recovers when Redis forgets its script (SCRIPT FLUSH, a restart)', async () => {
    const connection = connect();
    const limiter = redisRateLimiter(connection, POLICY, { prefix: redis.prefix });
    await limiter.take('flushed');
    await connection.script('FLUSH');
    expect(await limiter.take('flushed')).toMatchObject({ allowed: true, remaining: 1 });
  });
});

describe('the plugin', () => {
  it('lets requests through when the limiter fails, and reports it once', async () => {
    const reported: unknown[] = [];
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
      logging: false,
      plugins: [
        useRateLimit({
          policy: POLICY,
          limiter: { take: () => Promise.reject(new Error('Redis is away')), close: async () => undefined },
          endpoint: '/graphql',
          callerOf: () => ({ role: 'viewer', label: 'viewer#000000' }),
          onError: (error) => reported.push(error),
        }),
      ],
    });
    for (let i = 0; i < 5; i++) {
      const response = await yoga.fetch('http://gateway/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' });
      expect(await response.json()).toEqual({ data: { ok: true } });
    }
    expect(reported).toHaveLength(1);
  });
});

describe('the gateway', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startGateway({ env: LIMITED });
    gateways.push(gw);
  });

  const ask = (target: TestGateway, key: string) =>
    fetch(target.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('counts per caller, sends RateLimit-* headers, and answers 429 with Retry-After and RATE_LIMITED', async () => {
    for (const remaining of ['2', '1', '0']) {
      const response = await ask(gw, gw.keys.viewer);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('3');
      expect(response.headers.get('ratelimit-remaining')).toBe(remaining);
      expect(response.headers.get('ratelimit-policy')).toBe('1;w=60;burst=3');
      await response.text();
    }
    const refused = await ask(gw, gw.keys.viewer);
    expect(refused.status).toBe(429);
    // A minute for the next token, less what trickled back while the three requests ran.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(refused.headers.get('ratelimit-reset'))).toBeGreaterThan(120);
    expect(await refused.json()).toMatchObject({
      errors: [
        {
          message: `Rate limit exceeded: 1 requests per minute (bursts of 3) per caller; retry in ${retryAfter} s`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
    // Another key is another caller.
    expect((await ask(gw, gw.keys.agent)).status).toBe(200);
    // A request without a caller is auth's to refuse (401), before any bucket.
    expect((await ask(gw, 'not-a-key-at-all-0000')).status).toBe(401);
  });

  it('counts graphql-ws operations when they are subscribed', async () => {
    const client = createClient({
      url: gw.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${gw.keys.manager}` },
      retryAttempts: 0,
    });
    const run = () =>
      new Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
        let result = {};
        client.subscribe({ query: '{ __typename }' }, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
      });
    try {
      for (let i = 0; i < 3; i++) expect(await run()).toEqual({ data: { __typename: 'Query' } });
      const refused = await run();
      expect(refused.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect(refused.errors![0]!.message).toMatch(/^Rate limit exceeded: .*; retry in \d+ s$/);
      // The manager's bucket is now empty over HTTP too.
      expect((await ask(gw, gw.keys.manager)).status).toBe(429);
    } finally {
      await client.dispose();
    }
  });

  it('shares buckets across gateway instances through Redis (REDIS_URL)', async () => {
    const key = `shared_admin_${randomBytes(12).toString('hex')}`;
    const env = { ...LIMITED, REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix, SWITCHBOARD_API_KEYS: `admin:${key}` };
    const [a, b] = await Promise.all([startGateway({ env }), startGateway({ env })]);
    gateways.push(a, b);
    expect((await ask(a, key)).status).toBe(200);
    expect((await ask(b, key)).status).toBe(200);
    expect((await ask(a, key)).status).toBe(200);
    const refused = await ask(b, key);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('is off with RATE_LIMIT_PER_MINUTE=0, and bursts ten seconds\' worth by default', () => {
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimit).toBeNull();
    expect(loadConfig({}).rateLimit).toEqual({ perMinute: 600, burst: 100 });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '120', RATE_LIMIT_BURST: '5' }).rateLimit).toEqual({ perMinute: 120, burst: 5 });
  });
});
