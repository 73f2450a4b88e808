import { randomBytes } from 'node:crypto';
import { buildApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { listen, type Listening } from '../../server/listen.js';
import { simulatedVendorEnv } from '../../simulator/credentials.js';

/** A second gateway over a simulator another test gateway already runs: its own store and admin key. */
export interface GatewayOver {
  app: App;
  url: string;
  /** Runs a GraphQL query as admin; the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }>;
  close(): Promise<void>;
}

/**
 * Starts a gateway over `simulatorUrl` with `env` on top of the test defaults (an in-memory store,
 * no background polls, no rate limit, no shared vendor reads), on port 0: two settings compared
 * on the same vendor data.
 */
export async function startGatewayOver(simulatorUrl: string, env: Record<string, string> = {}): Promise<GatewayOver> {
  const key = `test_admin_${randomBytes(12).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: ':memory:',
    SWITCHBOARD_API_KEYS: `admin:${key}`,
    ...simulatedVendorEnv(simulatorUrl),
    // Ameyo's pushes go to the first gateway; this one only needs a secret to start.
    AMEYO_WEBHOOK_SECRET: randomBytes(24).toString('base64url'),
    LIVE_POLL_INTERVAL_MS: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    VENDOR_CACHE_TTL_MS: '0',
    ...env,
  });
  const app = await buildApp(config);
  const http: Listening = await listen(app, { port: 0, host: '127.0.0.1' });
  return {
    app,
    url: http.url,
    query: (query, variables) => graphqlQuery(http.url, key, query, variables),
    async close() {
      await http.close();
      await app.close();
    },
  };
}

/** POSTs a query to a gateway's `/graphql` with a bearer key. */
export async function graphqlQuery<T>(url: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}
