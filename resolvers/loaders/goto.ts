import type DataLoader from 'dataloader';
import type {
  DateWindow,
  G2MAttendee,
  G2MHistoricalMeeting,
  G2MMeeting,
  G2MUpcomingMeeting,
  G2TRegistrant,
  G2TReportAttendee,
  G2TReportSession,
  G2TTraining,
  G2WAttendee,
  G2WRegistrant,
  G2WSession,
  G2WWebinar,
  GoToGroup,
  GoToMeetingClient,
  GoToOrganizer,
  GoToTrainingClient,
  GoToWebinarClient,
} from '../../clients/goto/index.js';
import type { MeetingScope } from '../../clients/goto/meeting-types.js';
import { perKeyLoader } from './goto-each.js';

/** A scope and a window as one cache key. */
export interface ScopedWindow {
  scope: Exclude<MeetingScope, 'self'>;
  window: DateWindow;
}

const scopeKey = ({ scope, window }: ScopedWindow) =>
  `${'organizerKey' in scope ? `o${scope.organizerKey}` : `g${scope.groupKey}`}@${window.from.toISOString()}/${window.to.toISOString()}`;

/**
 * Per-request loaders for GoToMeeting. GoTo has no batch-by-id endpoints, so the account's
 * organizers and groups are each read once (one list call) and records are looked up in them.
 */
export interface GoToMeetingLoaders {
  /** Every organizer of the account (key: always `'all'`). */
  organizers: DataLoader<'all', GoToOrganizer[], string>;
  groups: DataLoader<'all', GoToGroup[], string>;
  meeting: DataLoader<string, G2MMeeting | null, string>;
  /** Attendees by meeting id or meeting instance key. */
  meetingAttendees: DataLoader<string, G2MAttendee[], string>;
  history: DataLoader<ScopedWindow, G2MHistoricalMeeting[], string>;
  upcoming: DataLoader<Exclude<MeetingScope, 'self'>, G2MUpcomingMeeting[], string>;
  attendees: DataLoader<ScopedWindow, G2MAttendee[], string>;
}

export function createGoToMeetingLoaders(client: GoToMeetingClient, signal?: AbortSignal): GoToMeetingLoaders {
  const options = { signal };
  return {
    organizers: perKeyLoader(() => client.listOrganizers({}, options)),
    groups: perKeyLoader(() => client.listGroups(options)),
    meeting: perKeyLoader((id) => client.getMeeting(id, options)),
    meetingAttendees: perKeyLoader((id) => client.meetingAttendees(id, options)),
    history: perKeyLoader(({ scope, window }) => client.historicalMeetings(scope, window, options), scopeKey),
    upcoming: perKeyLoader((scope) => client.upcomingMeetings(scope, options), (scope) => JSON.stringify(scope)),
    attendees: perKeyLoader(({ scope, window }) => client.attendees(scope, window, options), scopeKey),
  };
}

/** `organizerKey.recordKey` as one cache key. */
export interface OwnedKey {
  organizerKey: string;
  key: string;
}
const owned = ({ organizerKey, key }: OwnedKey) => `${organizerKey}.${key}`;

export interface GoToWebinarLoaders {
  accountWebinars: DataLoader<DateWindow, G2WWebinar[], string>;
  webinar: DataLoader<OwnedKey, G2WWebinar | null, string>;
  registrants: DataLoader<OwnedKey, G2WRegistrant[], string>;
  attendees: DataLoader<OwnedKey, G2WAttendee[], string>;
  sessions: DataLoader<OwnedKey, G2WSession[], string>;
}

export function createGoToWebinarLoaders(client: GoToWebinarClient, signal?: AbortSignal): GoToWebinarLoaders {
  const options = { signal };
  return {
    accountWebinars: perKeyLoader((window) => client.listAccountWebinars(window, options), (w) => `${w.from.toISOString()}/${w.to.toISOString()}`),
    webinar: perKeyLoader(({ organizerKey, key }) => client.getWebinar(organizerKey, key, options), owned),
    registrants: perKeyLoader(({ organizerKey, key }) => client.listRegistrants(organizerKey, key, options), owned),
    attendees: perKeyLoader(({ organizerKey, key }) => client.listAttendees(organizerKey, key, options), owned),
    sessions: perKeyLoader(({ organizerKey, key }) => client.listSessions(organizerKey, key, options), owned),
  };
}

export interface GoToTrainingLoaders {
  /** Trainings by organizer key. */
  trainings: DataLoader<string, G2TTraining[], string>;
  training: DataLoader<OwnedKey, G2TTraining | null, string>;
  registrants: DataLoader<OwnedKey, G2TRegistrant[], string>;
  /** Held sessions by training. */
  sessions: DataLoader<OwnedKey, G2TReportSession[], string>;
  /** Attendees by `organizerKey.sessionKey` (absentees included, with no time in session). */
  sessionAttendees: DataLoader<OwnedKey, G2TReportAttendee[], string>;
  /** Held sessions of an organizer's trainings in a window (reports API; completed trainings included). */
  reportSessions: DataLoader<{ organizerKey: string; window: DateWindow }, G2TReportSession[], string>;
}

export function createGoToTrainingLoaders(client: GoToTrainingClient, signal?: AbortSignal): GoToTrainingLoaders {
  const options = { signal };
  return {
    trainings: perKeyLoader((organizerKey) => client.listTrainings(organizerKey, options)),
    training: perKeyLoader(({ organizerKey, key }) => client.getTraining(organizerKey, key, options), owned),
    registrants: perKeyLoader(({ organizerKey, key }) => client.listRegistrants(organizerKey, key, options), owned),
    sessions: perKeyLoader(({ organizerKey, key }) => client.sessionsOfTraining(organizerKey, key, options), owned),
    sessionAttendees: perKeyLoader(({ organizerKey, key }) => client.sessionAttendees(organizerKey, key, options), owned),
    reportSessions: perKeyLoader(
      ({ organizerKey, window }) => client.sessionsByDate(organizerKey, window, options),
      ({ organizerKey, window }) => `${organizerKey}@${window.from.toISOString()}/${window.to.toISOString()}`,
    ),
  };
}
