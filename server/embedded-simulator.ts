import { startSimulator } from '../simulator/server.js';
import { ConfigError, type Config } from './config.js';

type Vendors = Required<Config['vendors']>;

/**
 * How each vendor is pointed at the simulator: its base path there and the credentials the
 * simulator accepts (see simulator/README.md). One entry per vendor.
 */
const SIMULATED: { [V in keyof Vendors]: { variable: string; config(simulatorUrl: string): Vendors[V] } } = {
  zendesk: {
    variable: 'ZENDESK_URL',
    config: (url) => ({ url: `${url}/zendesk`, email: 'agent@switchboard.test', token: 'simulator-token' }),
  },
};

export interface EmbeddedSimulator {
  url: string;
  /** The vendors now pointed at the simulator. */
  vendors: string[];
  close(): Promise<void>;
}

/**
 * Starts the bundled simulator when any vendor lacks a configured URL and points those
 * vendors at it. Returns null (and starts nothing) when every vendor is configured. It
 * listens on loopback only (its admin API has no auth), and never in production, where a
 * missing vendor URL is a configuration error rather than a reason to serve fake data.
 */
export async function embedSimulatorWhereUnconfigured(config: Config): Promise<EmbeddedSimulator | null> {
  const missing = (Object.keys(SIMULATED) as (keyof Vendors)[]).filter((vendor) => !config.vendors[vendor]);
  if (missing.length === 0) return null;
  if (config.env === 'production') {
    throw new ConfigError(
      missing.map((vendor) => ({ variable: SIMULATED[vendor].variable, message: 'required in production (the simulator is not embedded there)' })),
    );
  }
  const running = await startSimulator({ port: config.simulator.port, host: '127.0.0.1', seed: config.simulator.seed });
  for (const vendor of missing) config.vendors[vendor] = SIMULATED[vendor].config(running.url);
  return { url: running.url, vendors: [...missing], close: running.close };
}
