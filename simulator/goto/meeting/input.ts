import type { VendorReply } from '../../core/reply.js';
import { type JsonObject, text } from '../body.js';
import { badRequest } from '../errors.js';
import { readTime } from '../time.js';
import { CONFERENCE_CALL_INFO, MEETING_TYPES, type ConferenceCallInfo, type Meeting, type MeetingType } from './model.js';

export type MeetingFields = Pick<Meeting, 'subject' | 'startMs' | 'endMs' | 'passwordRequired' | 'conferenceCallInfo' | 'meetingType' | 'timezoneKey'>;

/**
 * Reads the lower-case body of `POST /meetings` and `PUT /meetings/{id}` (`subject`,
 * `starttime`, `endtime`, `passwordrequired`, `conferencecallinfo`, `timezonekey`,
 * `meetingtype`). `current` is the meeting being updated: absent fields keep its values.
 */
export function readMeetingInput(input: JsonObject, current: MeetingFields | undefined, nowMs: number): MeetingFields | { reply: VendorReply } {
  const subject = input.subject === undefined && current ? current.subject : text(input, 'subject', 100);
  if (subject === undefined) return { reply: badRequest('subject is required and must be at most 100 characters') };
  const meetingType = (input.meetingtype ?? current?.meetingType) as MeetingType | undefined;
  if (!meetingType || !MEETING_TYPES.includes(meetingType)) return { reply: badRequest('meetingtype must be immediate, recurring or scheduled') };
  const conferenceCallInfo = (input.conferencecallinfo ?? current?.conferenceCallInfo) as ConferenceCallInfo | undefined;
  if (!conferenceCallInfo || !CONFERENCE_CALL_INFO.includes(conferenceCallInfo)) {
    return { reply: badRequest('conferencecallinfo must be PSTN, Free, Hybrid, Private or VoIP') };
  }
  const passwordRequired = input.passwordrequired ?? current?.passwordRequired ?? false;
  if (typeof passwordRequired !== 'boolean') return { reply: badRequest('passwordrequired must be true or false') };
  let startMs = input.starttime === undefined ? current?.startMs : readTime(input.starttime);
  let endMs = input.endtime === undefined ? current?.endMs : readTime(input.endtime);
  if (meetingType === 'immediate' && startMs === undefined) {
    startMs = nowMs;
    endMs = nowMs + 3_600_000;
  }
  if (startMs === undefined) return { reply: badRequest('starttime must be an ISO-8601 date and time') };
  if (endMs === undefined) return { reply: badRequest('endtime must be an ISO-8601 date and time') };
  if (endMs <= startMs) return { reply: badRequest('endtime must be after starttime') };
  const timezoneKey = typeof input.timezonekey === 'string' ? input.timezonekey : (current?.timezoneKey ?? '');
  return { subject, startMs, endMs, passwordRequired, conferenceCallInfo, meetingType, timezoneKey };
}
