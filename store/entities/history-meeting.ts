import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/** One held GoToMeeting instance; vendorId `${meetingId}@${startedAt ISO}` (recurring meetings are held many times). */
export interface HistoryMeeting extends HistoryRow {
  meetingId: string;
  subject: string;
  organizerKey: string;
  organizerEmail: string | null;
  organizerName: string | null;
  /** The organizer's group (the sync reads the account group by group). */
  groupKey: string | null;
  groupName: string | null;
  meetingType: string | null;
  conferenceCallInfo: string | null;
  startedAt: Date;
  endedAt: Date | null;
  durationMinutes: number | null;
  attendeeCount: number | null;
}

export const HistoryMeetingSchema = new EntitySchema<HistoryMeeting>({
  name: 'HistoryMeeting',
  tableName: 'history_meetings',
  properties: {
    ...HISTORY_COLUMNS,
    meetingId: { type: 'string', length: 64 },
    subject: { type: 'string', length: 1000 },
    organizerKey: { type: 'string', length: 64 },
    organizerEmail: nullable('string', 255),
    organizerName: nullable('string', 255),
    groupKey: nullable('string', 64),
    groupName: nullable('string', 255),
    meetingType: nullable('string', 32),
    conferenceCallInfo: nullable('string', 32),
    startedAt: { type: 'datetime' },
    endedAt: nullable('datetime'),
    durationMinutes: nullable('integer'),
    attendeeCount: nullable('integer'),
  },
  uniques: naturalKey('history_meetings'),
  indexes: [
    { name: 'history_meetings_started_index', properties: ['startedAt'] },
    { name: 'history_meetings_organizer_index', properties: ['organizerKey', 'startedAt'] },
  ],
});
