import { startSimulator } from '../simulator/server.js';
import type { Config } from './config.js';

/**
 * The credentials each simulated vendor accepts (see simulator/README.md). `serve` uses
 * them for every vendor that has no URL of its own configured.
 */
const SIMULATOR_ZENDESK = { email: 'agent@switchboard.test', token: 'simulator-token' };

export interface EmbeddedSimulator {
  url: string;
  /** The vendors now pointed at the simulator. */
  vendors: string[];
  close(): Promise<void>;
}

/**
 * Starts the bundled simulator when any vendor lacks a configured URL and points those
 * vendors at it. Returns null (and starts nothing) when every vendor is configured.
 */
export async function embedSimulatorWhereUnconfigured(config: Config): Promise<EmbeddedSimulator | null> {
  const missing = (['zendesk'] as const).filter((vendor) => !config.vendors[vendor]);
  if (missing.length === 0) return null;
  const running = await startSimulator({ port: config.simulator.port, host: config.host, seed: config.simulator.seed });
  if (!config.vendors.zendesk) config.vendors.zendesk = { url: `${running.url}/zendesk`, ...SIMULATOR_ZENDESK };
  return { url: running.url, vendors: [...missing], close: running.close };
}
