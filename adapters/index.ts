import { familyOf, VENDOR_IDS, vendorsWith, type VendorFamily, type VendorId } from '../domain/vendors.js';
import type { AgentIdentity } from '../domain/support.js';
import type { VendorAdapter, VendorSettings } from './adapter.js';
import { ameyoAdapter } from './ameyo/index.js';
import { bomgarAdapter } from './bomgar/index.js';
import { goToMeetingAdapter, goToTrainingAdapter, goToWebinarAdapter } from './goto/index.js';
import { goToAssistAdapter } from './gotoassist/index.js';
import type { LiveSource, LiveSourceOptions } from './live-source.js';
import { vendorNotConfigured } from './loading/not-configured.js';
import { shareClientReads, type ClientSharing, type SharedRead } from './shared-reads/share-client.js';
import type { SharedReads } from './shared-reads/shared-reads.js';
import type { SupportSource } from './support-source.js';
import { zendeskAdapter } from './zendesk/index.js';

/**
 * THE vendor registry: one entry per vendor of domain/vendors.ts' VENDORS, each naming how its
 * client is built from its account, its loaders, and its support, agent and live sources. The
 * types every layer above uses (VendorClients, Loaders) derive from it; docs/adding-a-vendor.md
 * walks a new entry.
 */
export const ADAPTERS = {
  zendesk: zendeskAdapter,
  gotomeeting: goToMeetingAdapter,
  gotowebinar: goToWebinarAdapter,
  gototraining: goToTrainingAdapter,
  gotoassist: goToAssistAdapter,
  bomgar: bomgarAdapter,
  ameyo: ameyoAdapter,
} as const satisfies { [K in VendorId]: VendorAdapter<any, any, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

type ClientOf<K extends VendorId> = NonNullable<ReturnType<(typeof ADAPTERS)[K]['client']>>;

/**
 * The vendor clients this gateway talks to. A vendor whose account SWITCHBOARD_VENDORS leaves out
 * is absent (and its family not in `enabled`); so is an enabled one without configuration, which
 * only a gateway built without `serve`'s checks can have.
 */
export type VendorClients = { readonly enabled: readonly VendorFamily[] } & { readonly [K in VendorId]?: ClientOf<K> };

/** Every loader a request may use, one set per vendor. Created fresh for each request and subscription event. */
export type Loaders = { readonly [K in VendorId]: ReturnType<(typeof ADAPTERS)[K]['loaders']> };

/** What the services hand a vendor's sources: the clients and the request's loaders. */
export interface VendorRequest {
  vendors: VendorClients;
  loaders: Loaders;
}

/** Builds every configured vendor's client (the accounts hold only the enabled families). */
export function createVendorClients(settings: VendorSettings, enabled: readonly VendorFamily[]): VendorClients {
  const clients: Record<string, unknown> = { enabled };
  for (const id of VENDOR_IDS) {
    const client = (ADAPTERS[id] as VendorAdapter<unknown, unknown, unknown>).client(settings);
    if (client) clients[id] = client;
  }
  return clients as VendorClients;
}

/** One request's loaders; a vendor without a client gets loaders that fail with the typed reason. */
export function createLoaders(vendors: VendorClients, signal?: AbortSignal): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const id of VENDOR_IDS) {
    const client = vendors[id];
    loaders[id] = client ? (ADAPTERS[id] as VendorAdapter<unknown, unknown, unknown>).loaders(client, signal) : vendorNotConfigured(vendors.enabled, id);
  }
  return loaders as Loaders;
}

/**
 * The clients with the reads their registry entries share (`shared`) going through `reads`
 * across requests, and their declared writes invalidating them. The live polls keep the plain
 * clients: a poll is how the board learns of a change, so it always asks the vendor.
 */
export function shareVendorReads(vendors: VendorClients, reads: SharedReads): VendorClients {
  const shared: Record<string, unknown> = { ...vendors };
  for (const id of VENDOR_IDS) {
    const client = vendors[id];
    const sharing = (ADAPTERS[id] as VendorAdapter<object, unknown, unknown>).shared;
    if (client && sharing) shared[id] = shareClientReads(client, id, sharing, reads);
  }
  return shared as VendorClients;
}

/** Every resource some vendor shares, once each, in VENDORS order: server/config.ts names a TTL variable for each. */
export const SHARED_RESOURCES: readonly { vendor: VendorId; resource: string }[] = VENDOR_IDS.flatMap((vendor) => {
  const sharing: ClientSharing<unknown> | undefined = (ADAPTERS[vendor] as VendorAdapter<unknown, unknown, unknown>).shared;
  const resources = Object.values<SharedRead | undefined>(sharing?.reads ?? {}).flatMap((read) => (read ? [read.resource] : []));
  return [...new Set(resources)].map((resource) => ({ vendor, resource }));
});

type AdapterOf = VendorAdapter<unknown, unknown, VendorRequest>;
const adapterOf = (id: VendorId): AdapterOf => ADAPTERS[id] as unknown as AdapterOf;

/** A remote-support vendor with the vendor it serves. */
export type VendorSupportSource = SupportSource<VendorRequest> & { vendor: VendorsWithSupport };
type VendorsWithSupport = ReturnType<typeof vendorsWith<'remoteSupport'>>[number];

/** The remote-support vendors the session services read, in VENDORS order. */
export const SUPPORT_SOURCES: readonly VendorSupportSource[] = vendorsWith('remoteSupport').map((id) => adapterOf(id).support as VendorSupportSource);

export function supportSource(vendor: VendorsWithSupport): VendorSupportSource | undefined {
  return SUPPORT_SOURCES.find((source) => source.vendor === vendor);
}

/**
 * Where agent identities come from (vendors with `agents`). An Agent is one person across these,
 * matched by email.
 */
export interface AgentIdentitySource {
  vendor: VendorId;
  identities(request: VendorRequest): Promise<AgentIdentity[]>;
}

export const AGENT_IDENTITY_SOURCES: readonly AgentIdentitySource[] = vendorsWith('agents').map((vendor) => ({
  vendor,
  identities: (request: VendorRequest) => adapterOf(vendor).agents!(request),
}));

/** The polled vendors this gateway has a client for, in VENDORS order. */
export function createLiveSources(vendors: VendorClients, options: LiveSourceOptions): LiveSource[] {
  return vendorsWith('livePoll').flatMap((id) => {
    const client = vendors[id];
    return client ? [adapterOf(id).live!(client, options)] : [];
  });
}

/** The SWITCHBOARD_VENDORS entry a vendor (`gotowebinar`, as sources and errors name it) belongs to. */
export function vendorOfUpstream(upstream: string): VendorFamily | undefined {
  return (VENDOR_IDS as readonly string[]).includes(upstream) ? familyOf(upstream as VendorId) : undefined;
}

