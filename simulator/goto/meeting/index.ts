import type { GoToProduct, GoToProductContext } from '../product.js';
import { routedProduct } from '../product-router.js';
import { registerAdminRoutes } from './routes-admin.js';
import { registerMeetingRoutes } from './routes-meetings.js';
import { registerOrganizerMeetingRoutes } from './routes-organizer-meetings.js';
import { generateMeetings } from './seed.js';
import type { MeetingState } from './state.js';

/** GoToMeeting under `/G2M/rest`: the organizer API and the administrator/reporting API. */
export function createMeetingProduct(ctx: GoToProductContext): GoToProduct {
  const { meetings, ids, random } = generateMeetings(ctx.seed, ctx.account, ctx.clock.startTime.getTime());
  const state: MeetingState = {
    meetings: new Map(meetings.map((meeting) => [meeting.meetingId, meeting])),
    ids,
    random,
    account: ctx.account,
    clock: ctx.clock,
  };
  return routedProduct(state, (router) => {
    registerMeetingRoutes(router);
    registerAdminRoutes(router);
    registerOrganizerMeetingRoutes(router);
  });
}
