import type { PolledVendor, VendorSnapshot } from '../domain/live.js';

/**
 * Where the leader of a vendor's poll keeps that vendor's latest full snapshot, so an instance
 * that starts (or never leads) can paint the board before the next change arrives. In memory for
 * one instance; live-scale's Redis store shares it between instances.
 */
export interface SnapshotStore {
  get(vendor: PolledVendor): Promise<VendorSnapshot | null>;
  set(vendor: PolledVendor, snapshot: VendorSnapshot): Promise<void>;
}

export function memorySnapshotStore(): SnapshotStore {
  const snapshots = new Map<PolledVendor, VendorSnapshot>();
  return {
    get: async (vendor) => structuredClone(snapshots.get(vendor) ?? null),
    set: async (vendor, snapshot) => {
      snapshots.set(vendor, structuredClone(snapshot));
    },
  };
}
