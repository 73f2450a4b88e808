import type { EntityManager } from '../sql-types.js';
import type { SyncCheckpoint } from '../entities/index.js';
import { listCheckpoints, readCheckpoint } from './checkpoints.js';
import type { SyncResource } from './types.js';

/**
 * What the store holds of one vendor resource, for `source: LIVE | STORE` decisions.
 *
 * [from, to] is on the records' own clock:
 * - tickets: every ticket UPDATED in the range is stored, in its state as of `to`;
 * - meetings, webinars, trainings, sessions, calls: every record that STARTED in the range is
 *   stored in its final state (one still running holds `to` back until it ends).
 */
export interface SyncCoverage {
  /** The upstream name: zendesk, gotomeeting, gotowebinar, gototraining, gotoassist, bomgar, ameyo. */
  vendor: string;
  resource: SyncResource;
  from: Date | null;
  to: Date | null;
  /** When the last page was committed (our clock). */
  syncedAt: Date | null;
  /** When a run last read up to "now". */
  completedAt: Date | null;
}

/** The coverage of one vendor resource; null when it was never synced. */
export async function readCoverage(em: EntityManager, vendor: string, resource: SyncResource): Promise<SyncCoverage | null> {
  const checkpoint = await readCheckpoint(em, vendor, resource);
  return checkpoint && toCoverage(checkpoint);
}

/** Every synced vendor resource's coverage. */
export async function listCoverage(em: EntityManager): Promise<SyncCoverage[]> {
  return (await listCheckpoints(em)).map(toCoverage);
}

export interface CoverageQuery {
  vendor: string;
  resource: SyncResource;
  from: Date;
  to: Date;
  /** How far `to` may lie past the coverage and still count as covered, e.g. a report on "until now". Default 0. */
  toleranceMs?: number;
}

/** Whether the store holds every record of [from, to] (see {@link SyncCoverage}), and the coverage it judged by. */
export async function storeCovers(em: EntityManager, query: CoverageQuery): Promise<{ covered: boolean; coverage: SyncCoverage | null }> {
  const coverage = await readCoverage(em, query.vendor, query.resource);
  return { covered: coverage !== null && coverageIncludes(coverage, query), coverage };
}

/** The pure check behind {@link storeCovers}. */
export function coverageIncludes(coverage: SyncCoverage, range: { from: Date; to: Date; toleranceMs?: number }): boolean {
  if (!coverage.from || !coverage.to) return false;
  return coverage.from.getTime() <= range.from.getTime() && coverage.to.getTime() >= range.to.getTime() - (range.toleranceMs ?? 0);
}

function toCoverage(checkpoint: SyncCheckpoint): SyncCoverage {
  return {
    vendor: checkpoint.vendor,
    resource: checkpoint.resource as SyncResource,
    from: checkpoint.coveredFrom,
    to: checkpoint.coveredTo,
    syncedAt: checkpoint.syncedAt,
    completedAt: checkpoint.completedAt,
  };
}
