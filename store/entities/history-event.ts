import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/** A webinar (vendor gotowebinar) or training (gototraining); vendorId the webinarKey or trainingKey. */
export interface HistoryEvent extends HistoryRow {
  /** webinarID / trainingId: the short id people see. */
  publicId: string | null;
  /** The webinar's subject or the training's name. */
  subject: string;
  organizerKey: string | null;
  timeZone: string | null;
  /** Start of the first of its times, end of the last. */
  startsAt: Date | null;
  endsAt: Date | null;
  /** Sessions held so far. */
  sessionCount: number;
  registrantCount: number;
  attendeeCount: number;
}

export const HistoryEventSchema = new EntitySchema<HistoryEvent>({
  name: 'HistoryEvent',
  tableName: 'history_events',
  properties: {
    ...HISTORY_COLUMNS,
    publicId: nullable('string', 64),
    subject: { type: 'string', length: 1000 },
    organizerKey: nullable('string', 64),
    timeZone: nullable('string', 64),
    startsAt: nullable('datetime'),
    endsAt: nullable('datetime'),
    sessionCount: { type: 'integer' },
    registrantCount: { type: 'integer' },
    attendeeCount: { type: 'integer' },
  },
  uniques: naturalKey('history_events'),
  indexes: [
    { name: 'history_events_starts_index', properties: ['startsAt'] },
    { name: 'history_events_organizer_index', properties: ['organizerKey'] },
  ],
});
