import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/** One answer of a Bomgar exit survey; vendorId `${sessionVendorId}#${submittedBy}#${question}`. */
export interface HistorySessionSurvey extends HistoryRow {
  sessionVendorId: string;
  /** customer or rep. */
  submittedBy: string;
  /** The question's name: rating, comments, resolution, ... */
  question: string;
  label: string;
  answer: string;
  submittedAt: Date | null;
}

export const HistorySessionSurveySchema = new EntitySchema<HistorySessionSurvey>({
  name: 'HistorySessionSurvey',
  tableName: 'history_session_surveys',
  properties: {
    ...HISTORY_COLUMNS,
    sessionVendorId: { type: 'string', length: 64 },
    submittedBy: { type: 'string', length: 16 },
    question: { type: 'string', length: 255 },
    label: { type: 'string', length: 1000 },
    answer: { type: 'text' },
    submittedAt: nullable('datetime'),
  },
  uniques: naturalKey('history_session_surveys'),
  indexes: [{ name: 'history_session_surveys_session_index', properties: ['sessionVendorId'] }],
});
