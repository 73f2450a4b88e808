import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/**
 * A registrant of a webinar or training with their attendance; vendorId `${eventKey}:${registrantKey}`,
 * or `${eventKey}:email:${email}` for someone who attended without a registration the API lists.
 */
export interface HistoryRegistration extends HistoryRow {
  /** The HistoryEvent's vendorId (same vendor). */
  eventVendorId: string;
  registrantKey: string | null;
  /** Lower-cased. */
  email: string;
  firstName: string;
  lastName: string;
  /** APPROVED, DENIED, WAITING; null for an attendee without registration. */
  status: string | null;
  registeredAt: Date | null;
  attended: boolean;
  /** Total over the event's sessions. */
  attendanceSeconds: number;
  firstJoinedAt: Date | null;
  lastLeftAt: Date | null;
}

export const HistoryRegistrationSchema = new EntitySchema<HistoryRegistration>({
  name: 'HistoryRegistration',
  tableName: 'history_registrations',
  properties: {
    ...HISTORY_COLUMNS,
    eventVendorId: { type: 'string', length: 64 },
    registrantKey: nullable('string', 64),
    email: { type: 'string', length: 255 },
    firstName: { type: 'string', length: 255 },
    lastName: { type: 'string', length: 255 },
    status: nullable('string', 16),
    registeredAt: nullable('datetime'),
    attended: { type: 'boolean' },
    attendanceSeconds: { type: 'integer' },
    firstJoinedAt: nullable('datetime'),
    lastLeftAt: nullable('datetime'),
  },
  uniques: naturalKey('history_registrations'),
  indexes: [
    { name: 'history_registrations_event_index', properties: ['eventVendorId'] },
    { name: 'history_registrations_email_index', properties: ['email'] },
    { name: 'history_registrations_registered_index', properties: ['registeredAt'] },
  ],
});
