import { organizerByKey, type GoToAccount } from '../account.js';
import { num } from '../json.js';
import { g2mTime } from '../time.js';
import type { Meeting, MeetingAttendance, MeetingInstance } from './model.js';

/**
 * GoToMeeting's wire shapes, per the Swagger models. Casing and types differ per endpoint:
 * `meetingid` (create) vs `meetingId`; `meetingId` a number in a meeting read by id and in
 * attendee rows, a string in upcoming and history rows (and attendees by group);
 * `organizerkey` (lower-case k, a number) in attendee rows; `groupkey` on groups.
 */

export function joinUrl(meeting: Meeting): string {
  return `https://global.gotomeeting.com/join/${meeting.meetingId}`;
}

const minutes = (fromMs: number, toMs: number): number => Math.max(0, Math.round((toMs - fromMs) / 60_000));

function organizerFields(account: GoToAccount, organizerKey: string) {
  const organizer = organizerByKey(account, organizerKey);
  const group = account.groups.find((g) => g.groupKey === organizer?.groupKey);
  return {
    email: organizer?.email ?? '',
    firstName: organizer?.firstName ?? '',
    lastName: organizer?.lastName ?? '',
    groupName: group?.groupName ?? '',
  };
}

export function createdMeetingJson(meeting: Meeting) {
  return [
    {
      joinURL: joinUrl(meeting),
      meetingid: num(meeting.meetingId),
      maxParticipants: meeting.maxParticipants,
      uniqueMeetingId: num(meeting.uniqueMeetingId),
      conferenceCallInfo: meeting.conferenceCallInfo === 'VoIP' ? 'VoIP only' : 'Dial +1 (571) 317-3112, access code 000-000-000',
    },
  ];
}

export function meetingStatus(meeting: Meeting): 'ACTIVE' | 'INACTIVE' {
  return meeting.runningSinceMs === null ? 'INACTIVE' : 'ACTIVE';
}

export function meetingJson(meeting: Meeting) {
  return [
    {
      subject: meeting.subject,
      startTime: g2mTime(meeting.startMs),
      endTime: g2mTime(meeting.endMs),
      passwordRequired: meeting.passwordRequired,
      conferenceCallInfo: meeting.conferenceCallInfo,
      meetingType: meeting.meetingType,
      status: meetingStatus(meeting),
      createTime: '',
      duration: minutes(meeting.startMs, meeting.endMs),
      maxParticipants: meeting.maxParticipants,
      meetingId: num(meeting.meetingId),
      meetingKey: num(meeting.meetingKey),
      uniqueMeetingId: num(meeting.uniqueMeetingId),
      joinURL: joinUrl(meeting),
    },
  ];
}

/** Which call a history, upcoming or attendee row answers: the Swagger gives each its own model. */
export type RowScope = 'self' | 'organizer' | 'group' | 'meeting';

/** `UpcomingMeeting` (and `UpcomingMeetingByGroup`: with `groupName`, `status` always INACTIVE). */
export function upcomingJson(meeting: Meeting, account: GoToAccount, scope: RowScope) {
  const { groupName, ...organizer } = organizerFields(account, meeting.organizerKey);
  return {
    meetingId: meeting.meetingId,
    subject: meeting.subject,
    startTime: g2mTime(meeting.startMs),
    endTime: g2mTime(meeting.endMs),
    status: scope === 'group' ? 'INACTIVE' : meetingStatus(meeting),
    passwordRequired: meeting.passwordRequired,
    conferenceCallInfo: meeting.conferenceCallInfo,
    meetingType: meeting.meetingType,
    organizerKey: meeting.organizerKey,
    accountKey: account.accountKey,
    ...organizer,
    ...(scope === 'group' && { groupName }),
    locale: 'en_US',
  };
}

/**
 * `HistoricalMeeting` (self, organizer: with `sessionId`) or `HistoricalMeetingByGroup` (with
 * `groupName`): ids, duration and attendee count all as strings, and no instance key.
 */
export function historyJson(meeting: Meeting, instance: MeetingInstance, account: GoToAccount, scope: RowScope) {
  const { groupName, ...organizer } = organizerFields(account, meeting.organizerKey);
  return {
    meetingId: meeting.meetingId,
    ...(scope === 'group' ? { groupName } : { sessionId: instance.sessionId }),
    subject: meeting.subject,
    startTime: g2mTime(instance.startMs),
    endTime: g2mTime(instance.endMs),
    duration: String(minutes(instance.startMs, instance.endMs)),
    numAttendees: String(instance.attendees.length),
    conferenceCallInfo: meeting.conferenceCallInfo,
    meetingType: meeting.meetingType,
    organizerKey: meeting.organizerKey,
    accountKey: account.accountKey,
    ...organizer,
    locale: 'en_US',
  };
}

/** `123-456-789`, GoTo's formatted meeting id. */
const formattedId = (meetingId: string) => meetingId.replace(/^(\d{3})(\d{3})(\d+)$/, '$1-$2-$3');

/**
 * `AttendeeByMeeting`, `AttendeeByOrganizer` or `AttendeeByGroup`: `meetingId` an int64 number
 * (a string by group), `organizerkey` (lower-case k) an int64 number everywhere, and by group
 * `organizerKey` (a string) next to it.
 */
export function attendeeJson(meeting: Meeting, instance: MeetingInstance, attendance: MeetingAttendance, account: GoToAccount, scope: RowScope) {
  const organizer = organizerFields(account, meeting.organizerKey);
  const attendeeName = `${attendance.person.firstName} ${attendance.person.lastName}`.trim();
  return {
    attendeeName,
    attendeeEmail: attendance.person.email,
    joinTime: g2mTime(attendance.joinMs),
    leaveTime: g2mTime(attendance.leaveMs),
    duration: minutes(attendance.joinMs, attendance.leaveMs),
    meetingInstanceKey: num(instance.meetingInstanceKey),
    meetingId: scope === 'group' ? meeting.meetingId : num(meeting.meetingId),
    ...(scope === 'organizer' && { newMeetingId: formattedId(meeting.meetingId), name: `${organizer.firstName} ${organizer.lastName}` }),
    ...(scope === 'meeting' && { name: attendeeName }),
    subject: meeting.subject,
    startTime: g2mTime(instance.startMs),
    endTime: g2mTime(instance.endMs),
    numAttendees: instance.attendees.length,
    conferenceCallInfo: meeting.conferenceCallInfo,
    meetingType: meeting.meetingType,
    ...(scope === 'group' && { organizerKey: meeting.organizerKey }),
    organizerkey: num(meeting.organizerKey),
    email: organizer.email,
    firstName: organizer.firstName,
    lastName: organizer.lastName,
    groupName: scope === 'meeting' ? 'NA' : organizer.groupName,
  };
}
