import type { TransportOptions } from '../clients/transport/options.js';
import type { AgentIdentity } from '../domain/support.js';
import type { VendorFamily } from '../domain/vendors.js';
import type { AccountDefinition, AccountOf } from './account.js';
import type { ameyoAccount } from './ameyo/account.js';
import type { bomgarAccount } from './bomgar/account.js';
import type { goToAccount } from './goto/account.js';
import type { LiveSource, LiveSourceOptions } from './live-source.js';
import type { ClientSharing } from './shared-reads/share-client.js';
import type { SupportSource } from './support-source.js';
import type { zendeskAccount } from './zendesk/account.js';

/**
 * Every family's account definition (adapters/<family>/account.ts). Named here, not taken from the
 * registry: the registry's entry types are inferred from their `client`, which reads VendorAccounts,
 * so deriving VendorAccounts from the registry would be a circular type (and a circular import).
 */
type AccountDefinitions = typeof zendeskAccount | typeof goToAccount | typeof bomgarAccount | typeof ameyoAccount;

/**
 * The configured accounts, one per vendor family (domain/vendors.ts), each the type its definition
 * reads; absent when not configured. A family without a definition above has only `undefined`.
 */
export type VendorAccounts = { [F in VendorFamily]?: AccountOf<Extract<AccountDefinitions, { family: F }>> | undefined };

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
export interface VendorAdapter<Client, Loaders, Access = never, Account extends AccountDefinition = AccountDefinition> {
  /**
   * The account family it signs in with (`zendeskAccount`; the four GoTo products name `goToAccount`):
   * server/config.ts reads the configuration slice of every family the registry names.
   */
  account: Account;
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
  /**
   * The client's reads shared across requests for a short TTL (adapters/shared-reads: listings,
   * live status) and the writes that invalidate them. Absent: nothing of this vendor is shared.
   */
  shared?: ClientSharing<Client>;
}

/** Types an entry without widening it, so the registry derives each vendor's client, loaders and account types. */
export function defineAdapter<Client, Loaders, Access = never, Account extends AccountDefinition = AccountDefinition>(
  adapter: VendorAdapter<Client, Loaders, Access, Account>,
): VendorAdapter<Client, Loaders, Access, Account> {
  return adapter;
}
