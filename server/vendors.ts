import { createZendeskClient, type ZendeskClient } from '../clients/zendesk/client.js';
import type { Config } from './config.js';

/** The vendor clients this gateway talks to; a vendor without configuration is absent. */
export interface VendorClients {
  zendesk?: ZendeskClient;
}

/** The one place vendors are registered: one line per vendor. */
export function createVendorClients(config: Config): VendorClients {
  const { upstream } = config;
  const transport = {
    timeoutMs: upstream.timeoutMs,
    retries: upstream.retries,
    deadlineMs: upstream.deadlineMs,
    breaker: { consecutiveFailures: upstream.breakerFailures, halfOpenAfterMs: upstream.breakerCooldownMs },
  };
  const { zendesk } = config.vendors;
  return {
    zendesk: zendesk && createZendeskClient({ baseUrl: zendesk.url, email: zendesk.email, token: zendesk.token, transport }),
  };
}
