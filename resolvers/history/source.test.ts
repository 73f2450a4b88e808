import { describe, expect, it } from 'vitest';
import type { SyncCheckpoint } from '../../store/entities/index.js';
import type { VendorFamily } from '../../domain/vendors.js';
import { RequestCache } from '../request-cache.js';
import type { Context } from '../context.js';
import { chooseSource, LIVE, storeCoverage, storedUntil, upstreamEnabled, type HistoryNeed } from './source.js';

const day = (n: number) => new Date(Date.UTC(2030, 0, n));
const range = { from: day(10), to: day(20) };

function checkpoint(vendor: string, resource: string, coveredFrom: Date | null, coveredTo: Date | null, syncedAt: Date | null): SyncCheckpoint {
  return { id: 1, vendor, resource, cursor: null, coveredFrom, coveredTo, syncedAt, completedAt: null, rowsWritten: 0, updatedAt: day(1) };
}

/** A request's context with only what source.ts reads: the enabled families, the request cache, and store reads that count themselves. */
function contextWith(enabled: VendorFamily[], checkpoints: SyncCheckpoint[]) {
  const reads = { count: 0 };
  const coverage = checkpoints.map(({ vendor, resource, coveredFrom, coveredTo, syncedAt, completedAt }) => ({ vendor, resource, from: coveredFrom, to: coveredTo, syncedAt, completedAt }));
  const storeReads = {
    version: async () => null,
    read: async (_version: unknown, key: string) => {
      expect(key).toBe('sync_checkpoints');
      reads.count++;
      return coverage;
    },
  };
  const ctx = { vendors: { enabled }, cache: new RequestCache(day(21)), storeReads } as unknown as Context;
  return { ctx, reads };
}

const sessions: HistoryNeed[] = [
  { vendor: 'bomgar', resource: 'sessions' },
  { vendor: 'gotoassist', resource: 'sessions' },
];

describe('upstreamEnabled', () => {
  it("is true for an upstream whose family SWITCHBOARD_VENDORS enables (GoToMeeting's is goto)", () => {
    const { ctx } = contextWith(['goto'], []);
    expect(upstreamEnabled(ctx, 'gotomeeting')).toBe(true);
    expect(upstreamEnabled(ctx, 'gotoassist')).toBe(true);
    expect(upstreamEnabled(ctx, 'bomgar')).toBe(false);
  });

  it('is false for a name that is no upstream (a family is not one)', () => {
    const { ctx } = contextWith(['goto', 'bomgar'], []);
    expect(upstreamEnabled(ctx, 'goto')).toBe(false);
    expect(upstreamEnabled(ctx, 'salesforce')).toBe(false);
  });
});

describe('storeCoverage and chooseSource', () => {
  it('is complete when each resource covers the range, synced as of the oldest last sync', async () => {
    const { ctx } = contextWith(['bomgar', 'goto'], [checkpoint('bomgar', 'sessions', day(1), day(25), day(25)), checkpoint('gotoassist', 'sessions', day(10), day(20), day(22))]);

    expect(await storeCoverage(ctx, sessions, range)).toEqual({ complete: true, syncedAt: day(22) });
    expect(await chooseSource(ctx, sessions, range)).toEqual({ source: 'STORE', syncedAt: day(22) });
  });

  it("is incomplete when one resource's coverage starts after the range or ends before its end", async () => {
    const late = contextWith(['bomgar', 'goto'], [checkpoint('bomgar', 'sessions', day(11), day(25), day(25)), checkpoint('gotoassist', 'sessions', day(1), day(25), day(25))]);
    expect(await storeCoverage(late.ctx, sessions, range)).toEqual({ complete: false, syncedAt: day(25) });
    expect(await chooseSource(late.ctx, sessions, range)).toBe(LIVE);

    const short = contextWith(['bomgar', 'goto'], [checkpoint('bomgar', 'sessions', day(1), day(19), day(25)), checkpoint('gotoassist', 'sessions', day(1), day(25), day(25))]);
    expect((await storeCoverage(short.ctx, sessions, range)).complete).toBe(false);
  });

  it('is incomplete, with no sync time, when a resource was never synced', async () => {
    const { ctx } = contextWith(['bomgar', 'goto'], [checkpoint('bomgar', 'sessions', day(1), day(25), day(25))]);
    expect(await storeCoverage(ctx, sessions, range)).toEqual({ complete: false, syncedAt: null });
  });

  it('matches vendor and resource both', async () => {
    const { ctx } = contextWith(['bomgar'], [checkpoint('bomgar', 'calls', day(1), day(25), day(25)), checkpoint('ameyo', 'sessions', day(1), day(25), day(25))]);
    expect(await storeCoverage(ctx, [{ vendor: 'bomgar', resource: 'sessions' }], range)).toEqual({ complete: false, syncedAt: null });
  });

  it('does not miss a disabled vendor: its resources are never synced, and left out', async () => {
    const { ctx } = contextWith(['bomgar'], [checkpoint('bomgar', 'sessions', day(1), day(25), day(24))]);
    expect(await storeCoverage(ctx, sessions, range)).toEqual({ complete: true, syncedAt: day(24) });
  });

  it('is never complete when no enabled resource is read', async () => {
    const { ctx } = contextWith(['zendesk'], [checkpoint('bomgar', 'sessions', day(1), day(25), day(24))]);
    expect(await storeCoverage(ctx, sessions, range)).toEqual({ complete: false, syncedAt: null });
    expect(await chooseSource(ctx, [], range)).toBe(LIVE);
  });

  it('reads the checkpoints once per request', async () => {
    const { ctx, reads } = contextWith(['bomgar', 'goto'], [checkpoint('bomgar', 'sessions', day(1), day(25), day(25))]);
    await storeCoverage(ctx, sessions, range);
    await chooseSource(ctx, sessions, range);
    await storedUntil(ctx, sessions[0]!, range);
    expect(reads.count).toBe(1);

    ctx.cache = new RequestCache(day(22));
    await storeCoverage(ctx, sessions, range);
    expect(reads.count).toBe(2);
  });
});

describe('storedUntil', () => {
  const bomgar: HistoryNeed = { vendor: 'bomgar', resource: 'sessions' };
  const until = async (coveredFrom: Date | null, coveredTo: Date | null, enabled: VendorFamily[] = ['bomgar']) =>
    storedUntil(contextWith(enabled, [checkpoint('bomgar', 'sessions', coveredFrom, coveredTo, day(25))]).ctx, bomgar, range);

  it("is the coverage's end when it starts by the range's start and ends within the range", async () => {
    expect(await until(day(1), day(15))).toEqual(day(15));
    expect(await until(day(10), day(15))).toEqual(day(15));
  });

  it("is the range's end when the coverage reaches past it", async () => {
    expect(await until(day(1), day(30))).toEqual(range.to);
  });

  it('is null when the coverage starts after the range starts, or ends at or before it', async () => {
    expect(await until(new Date(day(10).getTime() + 1), day(30))).toBeNull();
    expect(await until(day(1), day(10))).toBeNull();
    expect(await until(day(1), day(5))).toBeNull();
  });

  it('is null when the resource was never synced, has no coverage, or its vendor is disabled', async () => {
    expect(await storedUntil(contextWith(['bomgar'], []).ctx, bomgar, range)).toBeNull();
    expect(await until(null, null)).toBeNull();
    expect(await until(day(1), null)).toBeNull();
    expect(await until(day(1), day(30), ['goto'])).toBeNull();
  });
});
