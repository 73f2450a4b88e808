import { EntitySchema } from '@mikro-orm/core';

/**
 * A vendor's link-index watermark: the index (support_session_links) holds every session of the
 * vendor that started in [coveredFrom, coveredTo), on the vendor's clock, with its external key as
 * of when it was listed (see store/session-index-span.ts for how far a listing moves it).
 */
export interface SessionIndexMark {
  id: number;
  /** bomgar or gotoassist. */
  vendor: string;
  coveredFrom: Date;
  coveredTo: Date;
  /** When it last moved (our clock). */
  updatedAt: Date;
}

export const SessionIndexMarkSchema = new EntitySchema<SessionIndexMark>({
  name: 'SessionIndexMark',
  tableName: 'support_session_index_marks',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    vendor: { type: 'string', length: 32 },
    coveredFrom: { type: 'datetime', fieldName: 'covered_from' },
    coveredTo: { type: 'datetime', fieldName: 'covered_to' },
    updatedAt: { type: 'datetime', fieldName: 'updated_at' },
  },
  uniques: [{ name: 'support_session_index_marks_vendor_unique', properties: ['vendor'] }],
});
