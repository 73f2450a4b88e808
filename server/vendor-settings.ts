import type { VendorSettings } from '../adapters/adapter.js';
import { createVendorClients, type VendorClients } from '../adapters/index.js';
import type { CallEvent } from '../clients/transport/index.js';
import type { Config } from './config.js';

/** What the gateway observes of every vendor call. */
export interface VendorHooks {
  /** Called after every call attempt (metrics); see TransportOptions.onCall. Default: none. */
  onCall?: (event: CallEvent) => void;
  /** Longest `Retry-After` a call waits out itself; longer ones fail at once with `retryAfterSeconds`. Default the transport's (30 s). */
  maxRetryAfterMs?: number;
}

/** The vendor clients of a configuration: the registry (adapters/index.ts) builds one per configured account. */
export function vendorClientsOf(config: Config, hooks: VendorHooks = {}): VendorClients {
  return createVendorClients(vendorSettings(config, hooks), config.enabledVendors);
}

export function vendorSettings(config: Config, hooks: VendorHooks = {}): VendorSettings {
  const { upstream } = config;
  return {
    accounts: config.vendors,
    transport: {
      onCall: hooks.onCall,
      ...(hooks.maxRetryAfterMs !== undefined && { maxRetryAfterMs: hooks.maxRetryAfterMs }),
      timeoutMs: upstream.timeoutMs,
      retries: upstream.retries,
      deadlineMs: upstream.deadlineMs,
      credentials: config.credentials,
      breaker: { consecutiveFailures: upstream.breakerFailures, halfOpenAfterMs: upstream.breakerCooldownMs },
    },
    assistCallbackUrl: assistCallbackUrl(config),
  };
}

/** Where GoToAssist reports the sessions the gateway starts: its live-status webhook, when reachable and configured. */
function assistCallbackUrl(config: Config): string | undefined {
  const { publicUrl, webhookSecrets } = config.live;
  return publicUrl && webhookSecrets.gotoassist ? `${publicUrl}/webhooks/gotoassist?token=${encodeURIComponent(webhookSecrets.gotoassist)}` : undefined;
}
