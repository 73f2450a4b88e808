/**
 * The gateway in the bench's own process (bench:soak; `npm run bench` starts `switchboard serve`
 * in a process of its own instead, see bench/gateway-process.ts): buildApp + listen on 127.0.0.1 (a free port),
 * every vendor on a simulator, the store in memory, one random API key per role, no rate limit
 * (the load shares one key) and no background sync. Each bench adds its own variables (NODE_ENV,
 * LOG_LEVEL, live polling, upstream timeouts) on top.
 */
import { randomBytes } from 'node:crypto';
import { buildApp, type App } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { listen, type Listening } from '../server/listen.js';
import { ROLES } from '../domain/roles.js';
import { SIMULATOR_AGENT_EMAILS_VARIABLE, simulatedVendorEnv } from '../simulator/credentials.js';
import { benchKeys, type BenchKeys } from './bench-keys.js';

export interface BenchGateway {
  app: App;
  http: Listening;
  /** `http://127.0.0.1:PORT/graphql` */
  graphqlUrl: string;
  keys: BenchKeys;
  /** Shuts the listener down as on SIGTERM, then the app. */
  close(): Promise<void>;
}

/** Starts the gateway on the simulator at `simulatorUrl`; the simulated Ameyo pushes its calls to it, as `serve` sets up. */
export async function startBenchGateway(simulatorUrl: string, env: Record<string, string>, label = 'bench'): Promise<BenchGateway> {
  const keys = benchKeys(label);
  const ameyoSecret = randomBytes(24).toString('base64url');
  const config = loadConfig({
    DATABASE_URL: ':memory:',
    SWITCHBOARD_API_KEYS: ROLES.map((role) => `${role}:${keys[role]}`).join(','),
    SWITCHBOARD_AGENT_EMAILS: SIMULATOR_AGENT_EMAILS_VARIABLE,
    RATE_LIMIT_PER_MINUTE: '0',
    SYNC_INTERVAL_MS: '0',
    ...simulatedVendorEnv(simulatorUrl),
    AMEYO_WEBHOOK_SECRET: ameyoSecret,
    ...env,
  });
  const app = await buildApp(config);
  const http = await listen(app, { port: 0, host: '127.0.0.1' });
  const crmUrl = `${http.url}/webhooks/ameyo?token=${encodeURIComponent(ameyoSecret)}`;
  const answer = await fetch(`${simulatorUrl}/ameyo/simulator/crm-url`, { method: 'POST', body: JSON.stringify({ url: crmUrl }) });
  if (!answer.ok) throw new Error(`the simulator refused the CRM URL: ${answer.status} ${await answer.text()}`);
  return {
    app,
    http,
    graphqlUrl: `${http.url}/graphql`,
    keys,
    async close() {
      await http.close();
      await app.close();
    },
  };
}
