import { describe, expect, it } from 'vitest';
import type { VendorClients } from '../adapters/index.js';
import { lazyLoaders } from './lazy-loaders.js';

/** Vendors without a client (none enabled), counting how often createLoaders looks one up. */
function noVendors() {
  const looked: string[] = [];
  const vendors = new Proxy({ enabled: [] } as unknown as VendorClients, {
    get: (target, key) => {
      if (typeof key === 'string' && key !== 'enabled') looked.push(key);
      return Reflect.get(target, key);
    },
  });
  return { vendors, looked };
}

describe('lazyLoaders', () => {
  it('builds no loaders until a vendor is asked for, then every vendor once', () => {
    const { vendors, looked } = noVendors();
    const loaders = lazyLoaders(vendors, undefined);
    expect(looked).toEqual([]);
    const zendesk = loaders.zendesk;
    const asked = looked.length;
    expect(asked).toBeGreaterThan(1);
    expect(loaders.zendesk).toBe(zendesk);
    void loaders.bomgar;
    expect(looked).toHaveLength(asked);
  });

  it('gives what createLoaders gives: a vendor without a client fails with the typed reason', () => {
    const loaders = lazyLoaders(noVendors().vendors, undefined);
    expect(() => loaders.zendesk.tickets).toThrow(/SWITCHBOARD_VENDORS/);
  });
});
