import { loadConfig, type Config } from '../../server/config.js';
import { startSimulator, type SimulatorOptions } from '../../simulator/server.js';

/** Each vendor's variables pointing at a simulator (the credentials simulator/README.md lists). */
const VENDOR_VARIABLES: Record<string, (url: string) => Record<string, string>> = {
  zendesk: (url) => ({ ZENDESK_URL: `${url}/zendesk`, ZENDESK_EMAIL: 'agent@switchboard.test', ZENDESK_TOKEN: 'simulator-token' }),
  goto: (url) => ({
    GOTO_URL: `${url}/goto`,
    GOTO_CLIENT_ID: 'simulator-goto-client',
    GOTO_CLIENT_SECRET: 'simulator-goto-secret',
    GOTO_REFRESH_TOKEN: 'simulator-goto-refresh-token',
  }),
  bomgar: (url) => ({ BOMGAR_URL: `${url}/bomgar`, BOMGAR_CLIENT_ID: 'simulator-bomgar-client', BOMGAR_CLIENT_SECRET: 'simulator-bomgar-secret' }),
  ameyo: (url) => ({ AMEYO_URL: `${url}/ameyo`, AMEYO_USER_ID: 'switchboard', AMEYO_PASSWORD: 'simulator-password', AMEYO_WEBHOOK_SECRET: 'sync-test-webhook-secret' }),
};

export interface SyncSimulator {
  url: string;
  simulator: Awaited<ReturnType<typeof startSimulator>>['simulator'];
  /** Environment pointing every vendor at this simulator, for `loadConfig` or a child `switchboard sync`. */
  env: Record<string, string>;
  /** A test configuration on `databaseUrl` with every vendor on this simulator. */
  config(databaseUrl: string, extra?: Record<string, string>): Config;
  /** Rate-limit waits for `runSync`: moves the simulator's clock instead of sleeping. */
  pause(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** A simulator on an ephemeral port whose data starts now (inside every resource's lookback). */
export async function startSyncSimulator(options: SimulatorOptions = {}): Promise<SyncSimulator> {
  const started = await startSimulator({ port: 0, startTime: new Date(), ...options });
  const env = Object.assign({}, ...Object.values(VENDOR_VARIABLES).map((variables) => variables(started.url))) as Record<string, string>;
  return {
    url: started.url,
    simulator: started.simulator,
    env,
    config: (databaseUrl, extra = {}) => loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, LIVE_POLL_INTERVAL_MS: '0', SYNC_INTERVAL_MS: '0', ...env, ...extra }),
    pause: async (ms) => {
      started.simulator.clock.advance(ms);
    },
    close: started.close,
  };
}
