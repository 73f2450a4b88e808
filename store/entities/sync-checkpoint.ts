import { EntitySchema } from '@mikro-orm/core';

/**
 * Where the sync of one vendor resource stands. Written in the same transaction as the page of
 * rows it covers, so a killed sync resumes exactly after the last page it committed.
 */
export interface SyncCheckpoint {
  id: number;
  /** The upstream name (zendesk, gotomeeting, ..., bomgar, ameyo). */
  vendor: string;
  /** tickets, meetings, webinars, trainings, sessions, calls. */
  resource: string;
  /** Where the next page starts; opaque to everyone but the resource's sync. */
  cursor: string | null;
  /** The stored records are complete over [coveredFrom, coveredTo] (see store/sync/coverage.ts). */
  coveredFrom: Date | null;
  coveredTo: Date | null;
  /** When the last page was committed. */
  syncedAt: Date | null;
  /** When a run last reached the end of the vendor's data. */
  completedAt: Date | null;
  /** Rows written (inserted or changed) so far, all runs together. */
  rowsWritten: number;
  updatedAt: Date;
}

export const SyncCheckpointSchema = new EntitySchema<SyncCheckpoint>({
  name: 'SyncCheckpoint',
  tableName: 'sync_checkpoints',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    vendor: { type: 'string', length: 32 },
    resource: { type: 'string', length: 32 },
    cursor: { type: 'text', nullable: true },
    coveredFrom: { type: 'datetime', nullable: true },
    coveredTo: { type: 'datetime', nullable: true },
    syncedAt: { type: 'datetime', nullable: true },
    completedAt: { type: 'datetime', nullable: true },
    rowsWritten: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
  uniques: [{ name: 'sync_checkpoints_resource_unique', properties: ['vendor', 'resource'] }],
});
