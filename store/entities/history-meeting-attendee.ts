import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/** One attendance of a held meeting; vendorId `${meetingVendorId}|${email or name}|${joinedAt ISO}`. */
export interface HistoryMeetingAttendee extends HistoryRow {
  /** The HistoryMeeting's vendorId (same vendor). */
  meetingVendorId: string;
  meetingId: string;
  organizerKey: string;
  attendeeName: string;
  /** Lower-cased. */
  attendeeEmail: string | null;
  joinedAt: Date | null;
  leftAt: Date | null;
  durationMinutes: number | null;
}

export const HistoryMeetingAttendeeSchema = new EntitySchema<HistoryMeetingAttendee>({
  name: 'HistoryMeetingAttendee',
  tableName: 'history_meeting_attendees',
  properties: {
    ...HISTORY_COLUMNS,
    meetingVendorId: { type: 'string', length: 255 },
    meetingId: { type: 'string', length: 64 },
    organizerKey: { type: 'string', length: 64 },
    attendeeName: { type: 'string', length: 255 },
    attendeeEmail: nullable('string', 255),
    joinedAt: nullable('datetime'),
    leftAt: nullable('datetime'),
    durationMinutes: nullable('integer'),
  },
  uniques: naturalKey('history_meeting_attendees'),
  indexes: [
    { name: 'history_meeting_attendees_meeting_index', properties: ['meetingVendorId'] },
    { name: 'history_meeting_attendees_email_index', properties: ['attendeeEmail'] },
    { name: 'history_meeting_attendees_joined_index', properties: ['joinedAt'] },
  ],
});
