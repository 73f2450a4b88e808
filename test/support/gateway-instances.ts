import { buildApp } from '../../server/app.js';
import { listen } from '../../server/listen.js';
import { startGateway, type TestGateway } from './gateway.js';
import { testRedis } from './redis.js';

/**
 * Another replica of a test gateway, as a second pod behind the same load balancer: the same
 * configuration (keys, vendor URLs on the same simulator, REDIS_URL and key prefix), its own
 * in-memory store and its own port. `run`, `keys`, `sim` are the first instance's (they do not
 * depend on which replica answers). `close()` closes only this replica.
 */
export async function startReplica(gw: TestGateway): Promise<TestGateway> {
  const app = await buildApp({ ...gw.app.config, databaseUrl: ':memory:' });
  const http = await listen(app, { port: 0, host: '127.0.0.1' });
  return {
    ...gw,
    app,
    http,
    url: http.url,
    graphqlUrl: `${http.url}/graphql`,
    async close() {
      await http.close();
      await app.close();
    },
  };
}

export interface ReplicaPair {
  a: TestGateway;
  b: TestGateway;
  /** Closes both instances, then deletes what they left in Redis. */
  close(): Promise<void>;
}

/**
 * Two replicas of one gateway on one simulator (its data starting now) and the machine's Redis under a
 * prefix of their own, as two pods behind a load balancer. `env` adds to the test gateway's.
 */
export async function startReplicaPair(env: Record<string, string>): Promise<ReplicaPair> {
  const redis = testRedis();
  const a = await startGateway({ env: { ...env, REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix }, simulatorStartTime: new Date() });
  const b = await startReplica(a);
  return {
    a,
    b,
    async close() {
      await b.close();
      await a.close();
      await redis.close();
    },
  };
}
