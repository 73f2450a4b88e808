import type { Router } from '../../core/router.js';
import { organizerByKey } from '../account.js';
import { badRequest, notFound } from '../errors.js';
import { createMeetingFor } from './create-meeting.js';
import type { MeetingRouteContext } from './state.js';

/**
 * **Modeled**: `POST /organizers/{organizerKey}/meetings` schedules a meeting for another
 * organizer of the account (the admin token's way to act for them). The published v1 spec has
 * only `POST /meetings` (the token's own organizer) and a deprecated `GET` on this path; the
 * body and answer are `POST /meetings`'s. An unknown organizer is 404, a suspended one 400.
 */
export function registerOrganizerMeetingRoutes(router: Router<MeetingRouteContext>): void {
  router.add('POST', '/organizers/:organizerKey/meetings', (req, { organizerKey }, { state }) => {
    const organizer = organizerKey === undefined ? undefined : organizerByKey(state.account, organizerKey);
    if (!organizer) return notFound('Organizer');
    if (organizer.status !== 'active' || !organizer.products.includes('G2M')) return badRequest('The organizer has no active GoToMeeting license');
    return createMeetingFor(req, state, organizer.organizerKey);
  });
}
