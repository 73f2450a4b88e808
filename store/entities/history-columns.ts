import { type EntitySchemaMetadata } from '@mikro-orm/core';

/**
 * What every synced history row carries: the vendor's natural key (unique per vendor, so a rerun
 * upserts instead of doubling), a hash of the synced fields (a row is written only when it
 * changed), and when the store first saw and last changed it (our clock, not the vendor's).
 */
export interface HistoryRow {
  id: number;
  /** The upstream name: zendesk, gotomeeting, gotowebinar, gototraining, gotoassist, bomgar, ameyo. */
  vendor: string;
  vendorId: string;
  contentHash: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Columns the sync writes itself; everything else in a row comes from the vendor record. */
export type HistoryFields<T extends HistoryRow> = Omit<T, keyof HistoryRow> & Pick<HistoryRow, 'vendor' | 'vendorId'>;

export const HISTORY_COLUMNS = {
  id: { type: 'integer', primary: true, autoincrement: true },
  vendor: { type: 'string', length: 32 },
  vendorId: { type: 'string', length: 255, fieldName: 'vendor_id' },
  contentHash: { type: 'string', length: 40, fieldName: 'content_hash' },
  createdAt: { type: 'datetime', fieldName: 'created_at' },
  updatedAt: { type: 'datetime', fieldName: 'updated_at' },
} as const;

/** The unique (vendor, vendor_id) index every history table has, named after its table. */
export function naturalKey(table: string): NonNullable<EntitySchemaMetadata<HistoryRow>['uniques']> {
  return [{ name: `${table}_vendor_id_unique`, properties: ['vendor', 'vendorId'] }];
}

/** A nullable column (column names come from the naming strategy: `agentEmail` → `agent_email`). */
export function nullable<T extends string>(type: T, length?: number) {
  return { type, nullable: true as const, ...(length !== undefined && { length }) };
}
