import { createGoToMeetingClient, createGoToTrainingClient, createGoToWebinarClient } from '../../clients/goto/index.js';
import { defineAdapter } from '../adapter.js';
import { goToAccount } from './account.js';
import { createGoToMeetingLoaders, createGoToTrainingLoaders, createGoToWebinarLoaders } from './loaders.js';
import { gotoSession } from './session.js';

/** GoToMeeting: organizers, groups, meetings and their attendees. */
export const goToMeetingAdapter = defineAdapter({
  account: goToAccount,
  client: (settings) => {
    const session = gotoSession(settings);
    return session && createGoToMeetingClient(session);
  },
  loaders: createGoToMeetingLoaders,
});

/** GoToWebinar: webinars, registrants, attendees (its pushes feed live status through server/webhooks). */
export const goToWebinarAdapter = defineAdapter({
  account: goToAccount,
  client: (settings) => {
    const session = gotoSession(settings);
    return session && createGoToWebinarClient(session);
  },
  loaders: createGoToWebinarLoaders,
});

/** GoToTraining: trainings, registrants, attendance. */
export const goToTrainingAdapter = defineAdapter({
  account: goToAccount,
  client: (settings) => {
    const session = gotoSession(settings);
    return session && createGoToTrainingClient(session);
  },
  loaders: createGoToTrainingLoaders,
});
