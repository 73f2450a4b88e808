import { createLoaders, type Loaders, type VendorClients } from '../adapters/index.js';
import { VENDOR_IDS } from '../domain/vendors.js';

/**
 * A request's loaders, made on first use: a request that reaches no vendor (`{ __typename }`,
 * the live board) builds none. The first vendor asked for builds every vendor's loaders, as
 * createLoaders does. Each vendor is a getter on the prototype, so the object is cheap to make
 * and a context copied with `{ ...ctx }` shares it, as it shares eager loaders.
 */
export function lazyLoaders(vendors: VendorClients, signal: AbortSignal | undefined): Loaders {
  return new LazyLoaders(vendors, signal) as unknown as Loaders;
}

class LazyLoaders {
  readonly #vendors: VendorClients;
  readonly #signal: AbortSignal | undefined;
  #made: Loaders | undefined;

  constructor(vendors: VendorClients, signal: AbortSignal | undefined) {
    this.#vendors = vendors;
    this.#signal = signal;
  }

  made(): Loaders {
    this.#made ??= createLoaders(this.#vendors, this.#signal);
    return this.#made;
  }
}

for (const id of VENDOR_IDS) {
  Object.defineProperty(LazyLoaders.prototype, id, {
    get(this: LazyLoaders) {
      return this.made()[id];
    },
  });
}
