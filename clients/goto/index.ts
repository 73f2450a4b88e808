export { createGoToSession, type GoToSession, type GoToSessionOptions, type GoToToken } from './oauth.js';
export { createGoToMeetingClient, type GoToMeetingClient, type DateWindow } from './meeting-client.js';
export { createGoToWebinarClient, type GoToWebinarClient } from './webinar-client.js';
export { createGoToTrainingClient, type GoToTrainingClient } from './training-client.js';
export type * from './meeting-types.js';
export type * from './webinar-types.js';
export type * from './training-types.js';
export type { Registration } from './registration.js';
