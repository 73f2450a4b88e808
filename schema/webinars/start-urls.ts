import { trainingStartUrl, webinarStartUrl } from '../../resolvers/webinars/start-urls.js';
import { MANAGER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { TrainingRef } from './training.js';
import { WebinarRef } from './webinar.js';

// The organizer's start links, managers and up like the meeting host URL (MeetingStart.hostUrl): the
// link starts the event as its organizer once they sign in.

builder.objectField(WebinarRef, 'startUrl', (t) =>
  t.string({
    authScopes: MANAGER,
    description: "The organizer's link to start the webinar (GoTo asks them to sign in); null once every time has ended.",
    resolve: (webinar, _args, ctx) => webinarStartUrl(ctx, webinar),
  }),
);

builder.objectField(TrainingRef, 'startUrl', (t) =>
  t.string({
    authScopes: MANAGER,
    description: "The organizer's link to start the training (GoTo asks them to sign in); null once every time has ended.",
    resolve: (training, _args, ctx) => trainingStartUrl(ctx, training),
  }),
);
