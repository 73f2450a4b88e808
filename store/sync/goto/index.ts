import type { GoToAssistClient } from '../../../clients/goto/assist/client.js';
import type { GoToMeetingClient, GoToTrainingClient, GoToWebinarClient } from '../../../clients/goto/index.js';
import type { ResourceSync } from '../types.js';
import { gotoAssistSessionSync, type GoToAssistSessionSyncOptions } from './assist-sessions.js';
import { gotoMeetingSync, type GoToMeetingSyncOptions } from './meetings.js';
import { gotoTrainingSync, type GoToTrainingSyncOptions } from './trainings.js';
import { gotoWebinarSync, type GoToWebinarSyncOptions } from './webinars.js';

export interface GoToSyncClients {
  meeting: GoToMeetingClient;
  webinar: GoToWebinarClient;
  training: GoToTrainingClient;
  assist: GoToAssistClient;
}

export interface GoToSyncOptions {
  meetings?: GoToMeetingSyncOptions;
  webinars?: GoToWebinarSyncOptions;
  trainings?: GoToTrainingSyncOptions;
  assist?: GoToAssistSessionSyncOptions;
}

/** What `--vendor goto` syncs: meetings, webinars, trainings and GoToAssist sessions (one GoTo sign-in). */
export function gotoSyncs(clients: GoToSyncClients, options: GoToSyncOptions = {}): ResourceSync[] {
  return [
    gotoMeetingSync(clients.meeting, options.meetings),
    gotoWebinarSync(clients.webinar, options.webinars),
    gotoTrainingSync(clients.meeting, clients.training, options.trainings),
    gotoAssistSessionSync(clients.assist, options.assist),
  ];
}
