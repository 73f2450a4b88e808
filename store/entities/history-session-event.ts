import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/** One event of a support session, in order; vendorId `${sessionVendorId}#${seq}`. */
export interface HistorySessionEvent extends HistoryRow {
  /** The HistorySupportSession's vendorId (same vendor). */
  sessionVendorId: string;
  /** 0-based position in the session's events. */
  seq: number;
  at: Date | null;
  /** The vendor-neutral kind: CHAT_MESSAGE, FILE_TRANSFER, NOTE, TRANSFER, SESSION_START, PARTICIPANT_JOINED, PARTICIPANT_LEFT, SESSION_END, OTHER. */
  kind: string;
  /** The vendor's own name for it (`Chat Message`, `fileTransfer`, ...). */
  vendorType: string;
  /** CUSTOMER, AGENT, SYSTEM. */
  byKind: string | null;
  byName: string | null;
  toKind: string | null;
  toName: string | null;
  body: string | null;
  fileName: string | null;
  fileSize: number | null;
}

export const HistorySessionEventSchema = new EntitySchema<HistorySessionEvent>({
  name: 'HistorySessionEvent',
  tableName: 'history_session_events',
  properties: {
    ...HISTORY_COLUMNS,
    sessionVendorId: { type: 'string', length: 64 },
    seq: { type: 'integer' },
    at: nullable('datetime'),
    kind: { type: 'string', length: 32 },
    vendorType: { type: 'string', length: 64 },
    byKind: nullable('string', 16),
    byName: nullable('string', 255),
    toKind: nullable('string', 16),
    toName: nullable('string', 255),
    body: nullable('text'),
    fileName: nullable('string', 1000),
    // Bytes; a double holds any file size exactly (2^53) on both databases.
    fileSize: nullable('double'),
  },
  uniques: naturalKey('history_session_events'),
  indexes: [
    { name: 'history_session_events_session_index', properties: ['sessionVendorId'] },
    { name: 'history_session_events_at_index', properties: ['at'] },
  ],
});
