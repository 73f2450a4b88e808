// `switchboard simulator`'s modes (--no-rate-limits, --record, --fixtures, --replay) as simulator options,
// with record mode's credentials taken from the gateway's own configuration (ZENDESK_EMAIL, ...).
import { resolve } from 'node:path';
import { ConfigError } from '../domain/config-error.js';
import type { SimulatorOptions } from '../simulator/server.js';
import type { Config } from './config.js';

/** The variable prefix of each vendor family's configuration. */
const PREFIX = { zendesk: 'ZENDESK', goto: 'GOTO', bomgar: 'BOMGAR', ameyo: 'AMEYO' } as const;
type Family = keyof typeof PREFIX;

export interface SimulatorFlags {
  /** `--record vendor=URL`, repeatable. */
  record: string[];
  fixtures: string | undefined;
  replay: string | undefined;
  noRateLimits: boolean;
}

/** `--record zendesk=https://acme.zendesk.com` as `{ zendesk: 'https://acme.zendesk.com' }`; refuses a bad one naming the flag. */
export function recordUrls(flags: readonly string[]): Partial<Record<Family, string>> {
  const urls: Partial<Record<Family, string>> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const vendor = flag.slice(0, eq);
    const url = flag.slice(eq + 1);
    if (eq === -1 || !(vendor in PREFIX)) {
      throw new ConfigError([{ variable: '--record', message: `takes vendor=URL with a vendor among ${Object.keys(PREFIX).join(', ')} (got ${flag})` }]);
    }
    if (!/^https?:\/\/[^/]/i.test(url)) throw new ConfigError([{ variable: '--record', message: `${vendor}'s URL must be an absolute http(s) URL (got ${url})` }]);
    urls[vendor as Family] = url.replace(/\/+$/, '');
  }
  return urls;
}

/** The variables that make the configuration read each recorded vendor's credentials (its URL is the recorded one). */
export function recordEnv(urls: Partial<Record<Family, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(urls).map(([vendor, url]) => [`${PREFIX[vendor as Family]}_URL`, url]));
}

/** Simulator options for the flags, record targets built from the configured credentials. */
export async function simulatorModes(flags: SimulatorFlags, config: Config): Promise<SimulatorOptions> {
  const options: SimulatorOptions = {};
  if (flags.noRateLimits) options.rateLimits = false;
  if (flags.replay !== undefined) options.replay = resolve(flags.replay);
  const urls = recordUrls(flags.record);
  if (Object.keys(urls).length === 0) {
    if (flags.fixtures !== undefined) throw new ConfigError([{ variable: '--fixtures', message: 'only applies with --record' }]);
    return options;
  }
  const { recordTarget } = await import('../simulator/credentials.js');
  const record: NonNullable<SimulatorOptions['record']> = {};
  for (const [vendor, url] of Object.entries(urls) as [Family, string][]) {
    const account = config.vendors[vendor];
    if (!account) throw new ConfigError([{ variable: 'SWITCHBOARD_VENDORS', message: `--record ${vendor} needs ${vendor} among the vendors used` }]);
    record[vendor] = recordTarget(url, { vendor, ...account } as Parameters<typeof recordTarget>[1]);
  }
  options.record = record;
  options.fixturesDir = resolve(flags.fixtures ?? 'simulator-fixtures');
  return options;
}
