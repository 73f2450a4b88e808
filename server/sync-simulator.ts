import { simulatedVendors } from '../simulator/credentials.js';
import type { Config } from './config.js';
import { embedSimulatorWhereUnconfigured } from './embedded-simulator.js';

/** The simulator a `switchboard sync` reads the vendors without a configured URL from. */
export interface SyncSimulator {
  url: string;
  seed: number;
  /** The vendors now pointed at it. */
  vendors: string[];
  /** True: the simulator a running `serve` embeds (or a `switchboard simulator`), left running; false: started for this run. */
  shared: boolean;
  close(): Promise<void>;
}

/** How long the probe waits for a simulator at SIMULATOR_PORT: on loopback it answers in milliseconds. */
const PROBE_TIMEOUT_MS = 500;

/**
 * Points the enabled vendors without a configured URL at a simulator: the one already answering at
 * SIMULATOR_PORT on loopback (what `npm start` embeds), so the store holds the same data the running
 * gateway serves; else one started for this run on a free port, with today's data (the same all day,
 * so a second run the same day changes nothing). Null when every enabled vendor has a URL.
 */
export async function simulatorForSync(config: Config): Promise<SyncSimulator | null> {
  const missing = config.enabledVendors.filter((vendor) => !config.vendors[vendor]);
  if (missing.length === 0) return null;
  // In production embedSimulatorWhereUnconfigured refuses (a missing URL is a configuration error there).
  const running = config.env === 'production' ? null : await probeSimulator(`http://127.0.0.1:${config.simulator.port}`);
  if (running && missing.every((vendor) => running.vendors.includes(vendor))) {
    const simulated = simulatedVendors(running.url);
    for (const vendor of missing) (config.vendors as Record<string, unknown>)[vendor] = simulated[vendor];
    return { url: running.url, seed: running.seed, vendors: [...missing], shared: true, close: async () => {} };
  }
  const today = new Date(new Date().toISOString().slice(0, 10));
  const started = await embedSimulatorWhereUnconfigured(config, { port: 0, startTime: today });
  return started && { url: started.url, seed: config.simulator.seed, vendors: started.vendors, shared: false, close: started.close };
}

/**
 * Our simulator at `url`, when one answers there: its admin API's `GET /_sim` (seed, clock and
 * vendors) is what no vendor and no other server answers. Null for anything else, or nothing.
 */
export async function probeSimulator(url: string): Promise<{ url: string; seed: number; vendors: string[] } | null> {
  try {
    const response = await fetch(`${url}/_sim`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    if (!response.ok) return null;
    const body = (await response.json()) as { seed?: unknown; now?: unknown; vendors?: unknown };
    if (typeof body.seed !== 'number' || typeof body.now !== 'string' || !Array.isArray(body.vendors)) return null;
    const vendors = body.vendors.flatMap((vendor: unknown) => {
      const name = (vendor as { name?: unknown } | null)?.name;
      return typeof name === 'string' ? [name] : [];
    });
    return { url, seed: body.seed, vendors };
  } catch {
    return null;
  }
}
