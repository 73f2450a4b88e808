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
  // The account's organizer and meeting listings; single meetings and attendees are not shared.
  shared: {
    reads: {
      listOrganizers: { resource: 'organizers', args: 1 },
      listGroups: { resource: 'organizers', args: 0 },
      listGroupOrganizers: { resource: 'organizers', args: 1 },
      upcomingMeetings: { resource: 'meetings', args: 1 },
      historicalMeetings: { resource: 'meetings', args: 2 },
    },
    writes: {
      createOrganizer: ['organizers'],
      deleteOrganizer: ['organizers', 'meetings'],
      setOrganizerStatus: ['organizers'],
      createMeeting: ['meetings'],
      updateMeeting: ['meetings'],
      deleteMeeting: ['meetings'],
      startMeeting: ['meetings'],
      endMeeting: ['meetings'],
    },
  },
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
