import type { VendorReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { objectBody } from '../body.js';
import { createMeetingFor } from './create-meeting.js';
import { badRequest, notFound } from '../errors.js';
import { gotoJson, noContent } from '../json.js';
import { readWindow } from '../time.js';
import type { Meeting } from './model.js';
import { drawAttendees } from './seed.js';
import { attendeeJson, historyJson, meetingJson, upcomingJson } from './serialize.js';
import { historyOf, upcomingOf, type MeetingRouteContext, type MeetingState } from './state.js';
import { readMeetingInput } from './input.js';

/** A meeting of the account by its id (the admin token reaches every organizer's meetings). */
function find(state: MeetingState, id: string | undefined): Meeting | undefined {
  return id === undefined ? undefined : state.meetings.get(id);
}

/** A required `startDate`/`endDate` window, or GoTo's 400 naming the parameter. */
export function dateWindow(query: URLSearchParams): { from: number; to: number } | { reply: VendorReply } {
  const window = readWindow(query, 'startDate', 'endDate');
  if ('bad' in window) return { reply: badRequest(`${window.bad} is required, in ISO-8601 UTC format, e.g. 2015-07-01T23:00:00Z`) };
  return window;
}

/** The organizer API: the caller's meetings, start/end, attendees, upcoming and history. */
export function registerMeetingRoutes(router: Router<MeetingRouteContext>): void {
  router
    .add('POST', '/meetings', (req, _params, { state, caller }) => createMeetingFor(req, state, caller.organizerKey))
    .add('GET', '/meetings/:id', (_req, { id }, { state }) => {
      const meeting = find(state, id);
      return meeting ? gotoJson(200, meetingJson(meeting)) : notFound('Meeting');
    })
    .add('PUT', '/meetings/:id', (req, { id }, { state }) => {
      const meeting = find(state, id);
      if (!meeting) return notFound('Meeting');
      const body = objectBody(req);
      if ('reply' in body) return body.reply;
      const fields = readMeetingInput(body.input, meeting, state.clock.nowMs());
      if ('reply' in fields) return fields.reply;
      Object.assign(meeting, fields);
      return noContent();
    })
    .add('DELETE', '/meetings/:id', (_req, { id }, { state }) => {
      const meeting = find(state, id);
      if (!meeting) return notFound('Meeting');
      state.meetings.delete(meeting.meetingId);
      return noContent();
    })
    .add('GET', '/meetings/:id/start', (_req, { id }, { state }) => {
      const meeting = find(state, id);
      if (!meeting) return notFound('Meeting');
      meeting.runningSinceMs ??= state.clock.nowMs();
      return gotoJson(200, { hostURL: `https://global.gotomeeting.com/start/${meeting.meetingId}?authToken=host-${meeting.meetingKey}` });
    })
    // Modeled: the Organizer API lists "end a meeting" but no public path survives.
    .add('POST', '/meetings/:id/end', (_req, { id }, { state }) => {
      const meeting = find(state, id);
      if (!meeting) return notFound('Meeting');
      if (meeting.runningSinceMs === null) return badRequest('The meeting is not in session');
      const startMs = meeting.runningSinceMs;
      const endMs = Math.max(state.clock.nowMs(), startMs + 60_000);
      meeting.instances.push({ ...state.ids.instance(), startMs, endMs, attendees: drawAttendees(state.random, state.account.people, startMs, endMs) });
      meeting.runningSinceMs = null;
      return noContent();
    })
    .add('GET', '/meetings/:id/attendees', (_req, { id }, { state }) => {
      // Accepts a meeting id (every held instance) or one instance's meetingInstanceKey.
      for (const meeting of state.meetings.values()) {
        const instances = meeting.meetingId === id ? meeting.instances : meeting.instances.filter((i) => i.meetingInstanceKey === id);
        if (meeting.meetingId !== id && instances.length === 0) continue;
        return gotoJson(200, instances.flatMap((instance) => instance.attendees.map((a) => attendeeJson(meeting, instance, a, state.account, 'meeting'))));
      }
      return notFound('Meeting');
    })
    .add('GET', '/upcomingMeetings', (_req, _params, { state, caller }) =>
      gotoJson(200, upcomingOf(state, new Set([caller.organizerKey])).map((meeting) => upcomingJson(meeting, state.account, 'self'))),
    )
    .add('GET', '/historicalMeetings', (req, _params, { state, caller }) => {
      const window = dateWindow(req.query);
      if ('reply' in window) return window.reply;
      const rows = historyOf(state, new Set([caller.organizerKey]), window.from, window.to);
      return gotoJson(200, rows.map(([meeting, instance]) => historyJson(meeting, instance, state.account, 'self')));
    });
}
