import DataLoader from 'dataloader';
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
import { perKeyLoader } from '../loading/per-key-loader.js';

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
  /**
   * The organizer key of meetings read by id (GoTo's meeting record names none), null when no
   * listing has the meeting. A batch costs at most the group list, one upcoming call per group
   * and one history call per group over one window around the meetings' times, however many.
   */
  meetingOrganizer: DataLoader<MeetingTimes, string | null, string>;
}

/** A meeting read by id: its id and the times its record gives. */
export interface MeetingTimes {
  meetingId: string;
  start: string;
  end: string;
}

/** Slack around a meeting's scheduled times when its held instance is looked up in the history. */
const HISTORY_SLACK_MS = 86_400_000;

export function createGoToMeetingLoaders(client: GoToMeetingClient, signal?: AbortSignal): GoToMeetingLoaders {
  const options = { signal };
  const loaders = {
    organizers: perKeyLoader(() => client.listOrganizers({}, options)),
    groups: perKeyLoader(() => client.listGroups(options)),
    meeting: perKeyLoader((id: string) => client.getMeeting(id, options)),
    meetingAttendees: perKeyLoader((id: string) => client.meetingAttendees(id, options)),
    history: perKeyLoader(({ scope, window }: ScopedWindow) => client.historicalMeetings(scope, window, options), scopeKey),
    upcoming: perKeyLoader((scope: Exclude<MeetingScope, 'self'>) => client.upcomingMeetings(scope, options), (scope) => JSON.stringify(scope)),
    attendees: perKeyLoader(({ scope, window }: ScopedWindow) => client.attendees(scope, window, options), scopeKey),
  };
  const meetingOrganizer = new DataLoader<MeetingTimes, string | null, string>(
    async (meetings) => {
      const scopes = (await loaders.groups.load('all')).map((group) => ({ groupKey: group.groupKey }));
      const owners = new Map<string, string>();
      const learn = (rows: { meetingId: string; organizerKey: string }[][]) => {
        for (const row of rows.flat()) if (row.organizerKey) owners.set(row.meetingId, row.organizerKey);
      };
      learn(await Promise.all(scopes.map((scope) => loaders.upcoming.load(scope))));
      const unknown = meetings.filter((m) => !owners.has(m.meetingId));
      if (unknown.length > 0) {
        // Held meetings: one window over all of them (history lists instances by start time).
        const window = {
          from: new Date(Math.min(...unknown.map((m) => Date.parse(m.start))) - HISTORY_SLACK_MS),
          to: new Date(Math.max(...unknown.map((m) => Date.parse(m.end))) + HISTORY_SLACK_MS),
        };
        learn(await Promise.all(scopes.map((scope) => loaders.history.load({ scope, window }))));
      }
      return meetings.map((m) => owners.get(m.meetingId) ?? null);
    },
    { cacheKeyFn: (m) => m.meetingId },
  );
  return { ...loaders, meetingOrganizer };
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
  /** The organizer's start link by webinar key (null: no such webinar). */
  startUrl: DataLoader<string, string | null, string>;
}

export function createGoToWebinarLoaders(client: GoToWebinarClient, signal?: AbortSignal): GoToWebinarLoaders {
  const options = { signal };
  return {
    accountWebinars: perKeyLoader((window) => client.listAccountWebinars(window, options), (w) => `${w.from.toISOString()}/${w.to.toISOString()}`),
    webinar: perKeyLoader(({ organizerKey, key }) => client.getWebinar(organizerKey, key, options), owned),
    registrants: perKeyLoader(({ organizerKey, key }) => client.listRegistrants(organizerKey, key, options), owned),
    attendees: perKeyLoader(({ organizerKey, key }) => client.listAttendees(organizerKey, key, options), owned),
    sessions: perKeyLoader(({ organizerKey, key }) => client.listSessions(organizerKey, key, options), owned),
    startUrl: perKeyLoader((webinarKey) => client.startUrl(webinarKey, options)),
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
  /** The organizer's start link by training (null: no such training). */
  startUrl: DataLoader<OwnedKey, string | null, string>;
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
    startUrl: perKeyLoader(({ organizerKey, key }) => client.startUrl(organizerKey, key, options), owned),
  };
}
