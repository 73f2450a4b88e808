import { randomBytes } from 'node:crypto';
import { simulatedVendors, simulatorAgents, type SimulatedPerson } from '../simulator/credentials.js';
import { configPrefixOf } from '../domain/vendors.js';
import { ConfigError } from '../domain/config-error.js';
import type { Config } from './config.js';


export interface EmbeddedSimulator {
  url: string;
  /** The vendors now pointed at the simulator. */
  vendors: string[];
  /** Points the simulated Ameyo's CRM URL at the gateway's `/webhooks/ameyo` once it listens (`http://host:port`). */
  connectAmeyo(gatewayUrl: string): Promise<void>;
  /**
   * Points the simulated live-status pushes at the gateway: Bomgar's outbound events at
   * `/webhooks/bomgar`, GoToAssist's status callbacks at `/webhooks/gotoassist` (GoToWebinar's
   * webhooks are registered through GoTo's own API; see registerWebinarWebhooks).
   */
  connectLive(gatewayUrl: string): Promise<void>;
  /** Who the roles act as when this made SWITCHBOARD_AGENT_EMAILS up (by role), for the banner; empty otherwise. */
  agents: Partial<Record<string, SimulatedPerson>>;
  close(): Promise<void>;
}

/**
 * Starts the bundled simulator when any enabled vendor (SWITCHBOARD_VENDORS) lacks a configured
 * URL and points those vendors at it. Returns null (and starts nothing) when every enabled vendor
 * is configured. It listens on loopback only (its admin API has no auth), and never in
 * production, where an enabled vendor's missing URL is a configuration error rather than a
 * reason to serve fake data.
 */
export async function embedSimulatorWhereUnconfigured(
  config: Config,
  /** `port` (default SIMULATOR_PORT) and the clock's `startTime` (default now, for SSO tokens). */
  overrides: { port?: number; startTime?: Date } = {},
): Promise<EmbeddedSimulator | null> {
  const missing = config.enabledVendors.filter((vendor) => !config.vendors[vendor]);
  if (missing.length === 0) return null;
  if (config.env === 'production') {
    throw new ConfigError(
      missing.map((vendor) => ({
        // The variable that points the account elsewhere than at the simulator.
        variable: `${configPrefixOf(vendor)}_URL`,
        message: `required in production (the simulator is not embedded there) unless SWITCHBOARD_VENDORS leaves ${vendor} out`,
      })),
    );
  }
  // Secrets the gateway shares with the simulated vendors: made up here when not configured,
  // handed to the simulator in-process, never printed.
  if (missing.includes('zendesk')) config.zendeskSsoSecret ??= randomBytes(24).toString('base64url');
  if (missing.includes('ameyo')) config.ameyo.webhookSecret ??= randomBytes(24).toString('base64url');
  const pushSecrets = config.live.webhookSecrets;
  if (missing.includes('bomgar')) pushSecrets.bomgar ??= randomBytes(24).toString('base64url');
  if (missing.includes('goto')) {
    pushSecrets.gotoassist ??= randomBytes(24).toString('base64url');
    pushSecrets.gotowebinar ??= randomBytes(24).toString('base64url');
  }
  // SSO tokens carry the gateway's real time, so the simulator's clock starts now.
  const startTime = overrides.startTime ?? new Date();
  // Loaded only when a vendor is simulated: a production serve never loads the simulator.
  const { startSimulator } = await import('../simulator/server.js');
  const running = await startSimulator({
    port: overrides.port ?? config.simulator.port,
    host: '127.0.0.1',
    seed: config.simulator.seed,
    startTime,
    ...(config.zendeskSsoSecret && { zendeskSsoSecret: config.zendeskSsoSecret }),
    // The simulated GoTo account's webhook secret key is the one the gateway checks signatures with.
    ...(missing.includes('goto') && pushSecrets.gotowebinar && { gotoWebinarSecretKey: pushSecrets.gotowebinar }),
  });
  // Who the dev keys are when no SWITCHBOARD_AGENT_EMAILS is set: people of the simulator's seed (read once it
  // has started: its seed is generated then, and again here in ~10 ms rather than a cold ~50).
  const agents: Partial<Record<string, SimulatedPerson>> = missing.includes('zendesk') && config.agentEmails.size === 0 ? simulatorAgents(config.simulator.seed, startTime) : {};
  for (const [role, person] of Object.entries(agents)) if (person) config.agentEmails.set(role, person.email);
  // Each vendor's base path there and the credentials the simulator accepts (simulator/credentials.ts).
  const simulated: Required<Config['vendors']> = simulatedVendors(running.url);
  for (const vendor of missing) (config.vendors as Record<string, unknown>)[vendor] = simulated[vendor];
  const connectAmeyo = async (gatewayUrl: string): Promise<void> => {
    if (!missing.includes('ameyo') || !config.ameyo.webhookSecret) return;
    const crm = `${gatewayUrl}/webhooks/ameyo?token=${encodeURIComponent(config.ameyo.webhookSecret)}`;
    const response = await fetch(`${running.url}/ameyo/simulator/crm-url`, { method: 'POST', body: JSON.stringify({ url: crm }) });
    if (!response.ok) throw new Error(`the simulator refused the CRM URL (${response.status})`);
  };
  const connectLive = async (gatewayUrl: string): Promise<void> => {
    const put = async (path: string, body: unknown) => {
      const response = await fetch(`${running.url}${path}`, { method: 'PUT', body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`the simulator refused ${path} (${response.status})`);
    };
    const withToken = (vendor: string, secret: string) => `${gatewayUrl}/webhooks/${vendor}?token=${encodeURIComponent(secret)}`;
    if (missing.includes('bomgar') && pushSecrets.bomgar) await put('/_sim/bomgar/outbound-recipients', { urls: [withToken('bomgar', pushSecrets.bomgar)] });
    if (missing.includes('goto') && pushSecrets.gotoassist) await put('/_sim/gotoassist/callback-url', { url: withToken('gotoassist', pushSecrets.gotoassist) });
  };
  return { url: running.url, vendors: [...missing], connectAmeyo, connectLive, agents, close: running.close };
}
