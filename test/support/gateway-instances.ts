import { buildApp } from '../../server/app.js';
import { listen } from '../../server/listen.js';
import type { TestGateway } from './gateway.js';

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
