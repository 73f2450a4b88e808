import type { VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import { organizerByKey } from '../account.js';
import { objectBody } from '../body.js';
import { gotoJson } from '../json.js';
import { readMeetingInput } from './input.js';
import type { Meeting } from './model.js';
import { createdMeetingJson } from './serialize.js';
import type { MeetingState } from './state.js';

/** Creates a meeting from a `POST …/meetings` body for the organizer `organizerKey`: 201 `[MeetingCreated]`. */
export function createMeetingFor(req: SimRequest, state: MeetingState, organizerKey: string): VendorReply {
  const body = objectBody(req);
  if ('reply' in body) return body.reply;
  const fields = readMeetingInput(body.input, undefined, state.clock.nowMs());
  if ('reply' in fields) return fields.reply;
  const organizer = organizerByKey(state.account, organizerKey);
  const meeting: Meeting = {
    ...state.ids.meeting(),
    ...fields,
    organizerKey,
    maxParticipants: organizer?.maxNumAttendeesAllowed ?? 26,
    runningSinceMs: null,
    instances: [],
  };
  state.meetings.set(meeting.meetingId, meeting);
  return gotoJson(201, createdMeetingJson(meeting));
}
