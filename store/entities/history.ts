import { HistoryCallSchema } from './history-call.js';
import { HistoryEventSchema } from './history-event.js';
import { HistoryMeetingAttendeeSchema } from './history-meeting-attendee.js';
import { HistoryMeetingSchema } from './history-meeting.js';
import { HistoryRegistrationSchema } from './history-registration.js';
import { HistorySessionEventSchema } from './history-session-event.js';
import { HistorySessionSurveySchema } from './history-session-survey.js';
import { HistorySupportSessionSchema } from './history-support-session.js';
import { HistoryTicketSchema } from './history-ticket.js';
import { SyncCheckpointSchema } from './sync-checkpoint.js';

/** The vendor history `switchboard sync` keeps (see /tmp/coord/store-entities.md and store/sync/README.md). */
export { HISTORY_COLUMNS, type HistoryFields, type HistoryRow } from './history-columns.js';
export { HistoryTicketSchema, type HistoryTicket } from './history-ticket.js';
export { HistoryMeetingSchema, type HistoryMeeting } from './history-meeting.js';
export { HistoryMeetingAttendeeSchema, type HistoryMeetingAttendee } from './history-meeting-attendee.js';
export { HistoryEventSchema, type HistoryEvent } from './history-event.js';
export { HistoryRegistrationSchema, type HistoryRegistration } from './history-registration.js';
export { HistorySupportSessionSchema, type HistorySupportSession } from './history-support-session.js';
export { HistorySessionEventSchema, type HistorySessionEvent } from './history-session-event.js';
export { HistorySessionSurveySchema, type HistorySessionSurvey } from './history-session-survey.js';
export { HistoryCallSchema, type HistoryCall } from './history-call.js';
export { SyncCheckpointSchema, type SyncCheckpoint } from './sync-checkpoint.js';

export const HISTORY_ENTITIES = [
  HistoryTicketSchema,
  HistoryMeetingSchema,
  HistoryMeetingAttendeeSchema,
  HistoryEventSchema,
  HistoryRegistrationSchema,
  HistorySupportSessionSchema,
  HistorySessionEventSchema,
  HistorySessionSurveySchema,
  HistoryCallSchema,
  SyncCheckpointSchema,
];
