import { cacheSlot } from '../request-cache.js';
import type { Context } from '../context.js';
import { vendorOfUpstream } from '../../adapters/index.js';
import { coverageIncludes, listCoverage, type SyncCoverage } from '../../store/sync/coverage.js';
import { sharedRead } from './store-reads.js';
import type { SyncResource } from '../../store/sync/types.js';

/** Where an answer came from: the vendors' APIs now, or the store `switchboard sync` keeps. */
export const DATA_SOURCES = ['LIVE', 'STORE'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** Where an answer came from, and (from the store) when its data was last synced. */
export interface Sourced {
  source: DataSource;
  /** The oldest last-sync time of the vendor resources the answer read; null for LIVE. */
  syncedAt: Date | null;
}

export const LIVE: Sourced = Object.freeze({ source: 'LIVE', syncedAt: null });

/** One synced vendor resource an answer reads, by its upstream name (`bomgar`, `gotomeeting`, ...). */
export interface HistoryNeed {
  vendor: string;
  resource: SyncResource;
}

/** What the store holds for an answer over a range. */
export interface StoreCoverage {
  /** True when every enabled vendor resource the answer reads covers the whole range. */
  complete: boolean;
  /** The oldest last-sync time among them (null when one was never synced). */
  syncedAt: Date | null;
}

const perRequest = cacheSlot<Promise<SyncCoverage[]>>('history/source:perRequest');

/** Every checkpoint, read once per request (a page of ticket session lists asks many times), and shared while the store is unchanged. */
function coverages(ctx: Context): Promise<SyncCoverage[]> {
  let found = ctx.cache.get(perRequest);
  if (!found) {
    found = sharedRead(ctx, 'sync_checkpoints', () => listCoverage(ctx.em), (all) => all.length);
    ctx.cache.set(perRequest, found);
  }
  return found;
}

/** Whether SWITCHBOARD_VENDORS enables an upstream (`bomgar`, `gotomeeting`, ...): a disabled one is never synced, and never missed. */
export function upstreamEnabled(ctx: Context, upstream: string): boolean {
  const vendor = vendorOfUpstream(upstream);
  return vendor !== undefined && ctx.vendors.enabled.includes(vendor);
}

function enabledNeeds(ctx: Context, needs: readonly HistoryNeed[]): HistoryNeed[] {
  return needs.filter((need) => upstreamEnabled(ctx, need.vendor));
}

/**
 * How far the store answers for a range: complete when each enabled resource's coverage holds
 * every record of [from, to] (store/sync/coverage.ts says what that means per resource).
 */
export async function storeCoverage(ctx: Context, needs: readonly HistoryNeed[], range: { from: Date; to: Date }): Promise<StoreCoverage> {
  const wanted = enabledNeeds(ctx, needs);
  const all = await coverages(ctx);
  const found = wanted.map((need) => all.find((c) => c.vendor === need.vendor && c.resource === need.resource) ?? null);
  const complete = found.length > 0 && found.every((c) => c !== null && coverageIncludes(c, range));
  const times = found.map((c) => c?.syncedAt ?? null);
  const syncedAt = times.length > 0 && times.every((t): t is Date => t !== null) ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
  return { complete, syncedAt };
}

/** STORE when the store covers the range for every resource the answer reads, else LIVE. */
export async function chooseSource(ctx: Context, needs: readonly HistoryNeed[], range: { from: Date; to: Date }): Promise<Sourced> {
  const { complete, syncedAt } = await storeCoverage(ctx, needs, range);
  return complete ? { source: 'STORE', syncedAt } : LIVE;
}

/**
 * How far from `range.from` the store holds one vendor resource for good: the end of its coverage
 * (capped at `range.to`) when the coverage starts by `range.from` and reaches past it, else null.
 * For sessions and other records that start and end, everything that started before then has
 * ended and is stored in its final state (store/sync/coverage.ts), so a listing can read that part
 * from the store and only the rest from the vendor.
 */
export async function storedUntil(ctx: Context, need: HistoryNeed, range: { from: Date; to: Date }): Promise<Date | null> {
  if (!upstreamEnabled(ctx, need.vendor)) return null;
  const coverage = (await coverages(ctx)).find((c) => c.vendor === need.vendor && c.resource === need.resource);
  if (!coverage?.from || !coverage.to || coverage.from > range.from || coverage.to <= range.from) return null;
  return coverage.to < range.to ? coverage.to : range.to;
}

