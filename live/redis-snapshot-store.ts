import type { Redis } from 'ioredis';
import type { PolledVendor, VendorSnapshot } from '../domain/live.js';
import type { SnapshotStore } from './snapshot-store.js';

/**
 * Each vendor's latest full snapshot in Redis (`<prefix>snapshot:<vendor>`, JSON), written by
 * whichever instance leads that vendor's poll, so every instance, leader or not, can paint the
 * board before the next change reaches it. No expiry: a vendor whose state stays put for a day
 * still has a snapshot, and the next leader overwrites it after its first poll.
 */
export function redisSnapshotStore(redis: Redis, options: { prefix?: string } = {}): SnapshotStore {
  const prefix = options.prefix ?? 'switchboard:';
  const key = (vendor: PolledVendor) => `${prefix}snapshot:${vendor}`;
  return {
    async get(vendor) {
      const stored = await redis.get(key(vendor));
      return stored === null ? null : (JSON.parse(stored) as VendorSnapshot);
    },
    async set(vendor, snapshot) {
      await redis.set(key(vendor), JSON.stringify(snapshot));
    },
  };
}
