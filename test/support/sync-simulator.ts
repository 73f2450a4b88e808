import { loadConfig, type Config } from '../../server/config.js';
import { startSimulator, type SimulatorOptions } from '../../simulator/server.js';
import { simulatedVendorEnv } from '../../simulator/credentials.js';

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
  const env = { ...simulatedVendorEnv(started.url), AMEYO_WEBHOOK_SECRET: 'sync-test-webhook-secret' };
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
