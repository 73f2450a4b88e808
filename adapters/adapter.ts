import type { TransportOptions } from '../clients/transport/options.js';
import type { AgentIdentity } from '../domain/support.js';
import type { AmeyoAccount } from './ameyo/account.js';
import type { BomgarAccount } from './bomgar/account.js';
import type { GoToAccount } from './goto/account.js';
import type { LiveSource, LiveSourceOptions } from './live-source.js';
import type { SupportSource } from './support-source.js';
import type { ZendeskAccount } from './zendesk/account.js';

/** The configured accounts, one per vendor family (domain/vendors.ts); absent when not configured. */
export interface VendorAccounts {
  zendesk?: ZendeskAccount | undefined;
  goto?: GoToAccount | undefined;
  bomgar?: BomgarAccount | undefined;
  ameyo?: AmeyoAccount | undefined;
}

/** What every vendor's client is built from. */
export interface VendorSettings {
  accounts: VendorAccounts;
  /** Every vendor transport's tuning: timeouts, retries, deadline, breaker, the call hook. */
  transport: Partial<Omit<TransportOptions, 'vendor' | 'baseUrl' | 'auth' | 'decodeError' | 'onAuthRejected'>>;
  /** Where GoToAssist reports the sessions the gateway starts (its status webhook), when reachable. */
  assistCallbackUrl?: string | undefined;
}

/**
 * One vendor's registry entry (adapters/index.ts): how its client is built from its account,
 * its per-request loaders, and what the cross-vendor services read from it. `Access` is the
 * narrow view of a request the vendor's sources use (adapters/vendor-client.ts).
 */
export interface VendorAdapter<Client, Loaders, Access = never> {
  /** The client for this account, or undefined when the account is not configured. */
  client(settings: VendorSettings): Client | undefined;
  /** Per-request batching and memo over the client; created for each request and subscription event. */
  loaders(client: Client, signal?: AbortSignal): Loaders;
  /** Remote-support sessions, teams, queues and commands (vendors with `remoteSupport`). */
  support?: SupportSource<Access>;
  /** The vendor's agents, for the cross-vendor Agent (vendors with `agents`). */
  agents?(access: Access): Promise<AgentIdentity[]>;
  /** The live-status poll of this vendor (vendors with `livePoll`). */
  live?(client: Client, options: LiveSourceOptions): LiveSource;
}

/** Types an entry without widening it, so the registry derives each vendor's client and loaders types. */
export function defineAdapter<Client, Loaders, Access = never>(adapter: VendorAdapter<Client, Loaders, Access>): VendorAdapter<Client, Loaders, Access> {
  return adapter;
}
