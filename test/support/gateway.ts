import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { buildApp, type App, type BuildOptions } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { listen, type Listening } from '../../server/listen.js';
import { ROLES, type Role } from '../../domain/roles.js';
import { startSimulator } from '../../simulator/server.js';
import { simulatedVendorEnv } from '../../simulator/credentials.js';
import { simulatorAdmin, type SimulatorAdmin } from './simulator-admin.js';

export interface GraphQLResponse<T> {
  status: number;
  body: ExecutionResult<T>;
}

export interface TestGateway {
  app: App;
  /** The gateway's listener (its `close()` is the graceful HTTP/WebSocket shutdown). */
  http: Listening;
  /** `http://127.0.0.1:PORT` of the gateway. */
  url: string;
  graphqlUrl: string;
  /** `http://127.0.0.1:PORT` of the simulator. */
  simulatorUrl: string;
  keys: Record<Role, string>;
  /** Runs a typed operation as a role (default admin). */
  run<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    role?: Role,
  ): Promise<GraphQLResponse<TResult>>;
  /** The simulator's admin API. */
  sim: SimulatorAdmin;
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** Extra environment for loadConfig (e.g. UPSTREAM_TIMEOUT_MS). */
  env?: Record<string, string>;
  /** Simulator data seed; default 42. */
  seed?: number;
  /** Where the simulator's virtual clock starts (its seed data is relative to it); default its own fixed start. */
  simulatorStartTime?: Date;
  /** Store; default an in-memory SQLite database. */
  databaseUrl?: string;
  /** Where the gateway's JSON log lines go (set LOG_LEVEL in `env` too: tests log nothing by default). */
  logDestination?: BuildOptions['logDestination'];
  /** The gateway's clock (ms) for webhook replay windows; default Date.now. */
  now?: BuildOptions['now'];
}

/** A fresh simulator and gateway on ephemeral ports, with one random API key per role. */
export async function startGateway(options: GatewayOptions = {}): Promise<TestGateway> {
  // Shared secrets, as an operator would configure them on both sides.
  const zendeskSsoSecret = randomBytes(24).toString('base64url');
  const ameyoWebhookSecret = randomBytes(24).toString('base64url');
  const simulator = await startSimulator({
    port: 0,
    host: '127.0.0.1',
    seed: options.seed ?? 42,
    zendeskSsoSecret,
    ...(options.simulatorStartTime && { startTime: options.simulatorStartTime }),
  });
  const keys = Object.fromEntries(ROLES.map((role) => [role, `test_${role}_${randomBytes(12).toString('hex')}`])) as Record<
    Role,
    string
  >;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl ?? ':memory:',
    SWITCHBOARD_API_KEYS: ROLES.map((role) => `${role}:${keys[role]}`).join(','),
    ...simulatedVendorEnv(simulator.url),
    ZENDESK_SSO_SECRET: zendeskSsoSecret,
    AMEYO_WEBHOOK_SECRET: ameyoWebhookSecret,
    SWITCHBOARD_AGENT_EMAILS: 'agent=agent@switchboard.test,manager=agent@switchboard.test,admin=admin@switchboard.test',
    // No background live-status polls (they would show in other suites' journals); tests poll with app.live.pollNow.
    LIVE_POLL_INTERVAL_MS: '0',
    // Suites fire requests as fast as they can with one key; test/rate-limit.test.ts sets a limit.
    RATE_LIMIT_PER_MINUTE: '0',
    // Suites change the simulator (faults, clock, state) between requests and count each request's vendor calls;
    // test/gateway-shared-reads.test.ts turns the shared vendor reads on.
    VENDOR_CACHE_TTL_MS: '0',
    ...options.env,
  });
  const app = await buildApp(config, { logDestination: options.logDestination, now: options.now });
  const http = await listen(app, { port: 0, host: '127.0.0.1' });
  // The simulated Ameyo pushes its calls to this gateway, as `serve` sets it up.
  const crmUrl = `${http.url}/webhooks/ameyo?token=${encodeURIComponent(config.ameyo.webhookSecret ?? '')}`;
  await fetch(`${simulator.url}/ameyo/simulator/crm-url`, { method: 'POST', body: JSON.stringify({ url: crmUrl }) });

  return {
    app,
    http,
    url: http.url,
    graphqlUrl: `${http.url}/graphql`,
    simulatorUrl: simulator.url,
    keys,
    async run(document, variables, role = 'admin') {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${keys[role]}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, body: (await response.json()) as ExecutionResult<never> };
    },
    sim: simulatorAdmin(simulator.url),
    async close() {
      await http.close();
      await app.close();
      await simulator.close();
    },
  };
}
