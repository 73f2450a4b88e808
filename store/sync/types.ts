import type { EntitySchema } from '@mikro-orm/core';
import type { HistoryFields, HistoryRow, SyncCheckpoint } from '../entities/index.js';
import type { IndexWrite } from '../session-links.js';
import type { EntityManager } from '../sql-types.js';

/** The resources `switchboard sync` keeps, per upstream vendor name (see coverage.ts for what each covers). */
export type SyncResource = 'tickets' | 'meetings' | 'webinars' | 'trainings' | 'sessions' | 'calls';

/** Rows of one history entity, keyed by (vendor, vendorId). */
export interface RowBatch<T extends HistoryRow = HistoryRow> {
  entity: EntitySchema<T>;
  rows: HistoryFields<T>[];
  /**
   * The page carries the complete current children of these parents: rows of the same vendor whose
   * `field` is one of `parentIds` and that are not in `rows` are deleted (a cancelled registration).
   */
  replaceChildrenOf?: { field: keyof T & string; parentIds: string[] };
}

/** Where a resource's sync stands after a page; stored with the page, in one transaction. */
export interface CheckpointState {
  /** Opaque to everyone but the resource. */
  cursor: string | null;
  coveredFrom: Date | null;
  coveredTo: Date | null;
  /** True on the page that reached the end of the vendor's data for this run. */
  complete: boolean;
}

export interface SyncPage {
  batches: RowBatch[];
  checkpoint: CheckpointState;
  /** Vendor records this page read (tickets, sessions, ...), for progress. */
  records: number;
  /** Remote-support sessions for the link index (store/session-links.ts), written in the page's transaction. */
  index?: IndexWrite;
}

export interface ResourceRunContext {
  /** The stored checkpoint, or null for a first (or `--full`) run. */
  checkpoint: SyncCheckpoint | null;
  /** `--since`: read from here even when the checkpoint is later. */
  since: Date | undefined;
  /** The run's "now". */
  now: Date;
  signal: AbortSignal;
  /** Announces how many records the run will read, when the resource knows. */
  total(records: number): void;
  /** Waits out a vendor's rate limit (the real clock by default; tests and the bench move the simulator's). */
  pause(ms: number, signal: AbortSignal): Promise<void>;
}

/** One record read again (`switchboard sync --id`): its rows and link-index entry, and no checkpoint. */
export type RecordPage = Omit<SyncPage, 'checkpoint'>;

export interface RecordContext {
  /** The store, for what the vendor needs besides the id (the organizer a webinar was stored under). */
  em: EntityManager;
  now: Date;
  signal: AbortSignal;
  pause(ms: number, signal: AbortSignal): Promise<void>;
}

/** One vendor resource's sync: reads pages from where its checkpoint stands. */
export interface ResourceSync {
  /** The upstream name (zendesk, gotomeeting, gotowebinar, gototraining, gotoassist, bomgar, ameyo). */
  vendor: string;
  resource: SyncResource;
  pages(ctx: ResourceRunContext): AsyncIterable<SyncPage>;
  /**
   * Reads one record by its vendor id (`--id`); null when the vendor has no such record. Absent
   * when the vendor's API cannot read one record on its own.
   */
  one?(id: string, ctx: RecordContext): Promise<RecordPage | null>;
}

/** A batch of one entity's rows, checked against that entity, for a page's list of batches. */
export function rowBatch<T extends HistoryRow>(entity: EntitySchema<T>, rows: HistoryFields<T>[], replaceChildrenOf?: RowBatch<T>['replaceChildrenOf']): RowBatch {
  return { entity, rows, ...(replaceChildrenOf && { replaceChildrenOf }) } as unknown as RowBatch;
}
