import type { VendorId } from '../../domain/vendors.js';
import type { SharedReads } from './shared-reads.js';

/** The client's methods that answer with a promise. */
export type AsyncMethod<Client> = {
  [M in keyof Client]: Client[M] extends (...args: never[]) => Promise<unknown> ? M : never;
}[keyof Client] &
  string;

/** One client read shared across requests. */
export interface SharedRead {
  /** The resource it reads (`sessions`, `reps`): what TTLs, invalidation and the metrics are per. */
  resource: string;
  /**
   * How many leading arguments say what is read (the key). The argument after them is the call
   * options: their signal is the caller's own; anything else in them is part of the key.
   */
  args: number;
}

/**
 * What a vendor's registry entry (adapters/<vendor>/index.ts `shared`) says of its client: the
 * reads other requests may share, and the writes that make them stale.
 */
export interface ClientSharing<Client> {
  reads: { readonly [M in AsyncMethod<Client>]?: SharedRead };
  /** Each write with the resources it changes; they are invalidated once the write settles (done or failed). */
  writes?: { readonly [M in AsyncMethod<Client>]?: readonly string[] };
}

type AnyCall = (...args: unknown[]) => Promise<unknown>;

/**
 * The client with its declared reads going through `reads` and its declared writes invalidating
 * them; every other member is the client's own. A write naming a resource no read declares is a
 * mistake in the registry, refused here.
 */
export function shareClientReads<Client extends object>(client: Client, vendor: VendorId, sharing: ClientSharing<Client>, reads: SharedReads): Client {
  const methods = client as unknown as Record<string, AnyCall>;
  const shared: Record<string, unknown> = { ...methods };
  const declared = new Set(Object.values<SharedRead | undefined>(sharing.reads).map((read) => read?.resource));
  for (const [name, read] of Object.entries<SharedRead | undefined>(sharing.reads)) {
    if (!read) continue;
    const call = methods[name]!;
    shared[name] = (...given: unknown[]) => {
      const args = Array.from({ length: read.args }, (_, index) => given[index]);
      const { signal, ...options } = (given[read.args] ?? {}) as { signal?: AbortSignal };
      const key = Object.keys(options).length > 0 ? [...args, options] : args;
      return reads.read(vendor, read.resource, key, (own) => call(...args, { ...options, signal: own }), signal);
    };
  }
  for (const [name, resources] of Object.entries<readonly string[] | undefined>(sharing.writes ?? {})) {
    if (!resources) continue;
    const unknown = resources.filter((resource) => !declared.has(resource));
    if (unknown.length > 0) throw new Error(`adapters/${vendor}: the write ${name} invalidates ${unknown.join(', ')}, which no shared read declares`);
    const call = methods[name]!;
    shared[name] = async (...given: unknown[]) => {
      try {
        return await call(...given);
      } finally {
        // Once the write has settled: no read begun before it landed answers anyone who asks after it.
        for (const resource of resources) reads.invalidate(vendor, resource);
      }
    };
  }
  return shared as Client;
}
