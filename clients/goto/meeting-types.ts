import { z } from 'zod';
import { count, key, optionalKey, text, time } from './decode.js';

/**
 * GoToMeeting records as the client returns them: GoTo's field names, every key a
 * decimal string, times ISO-8601 UTC, minutes as numbers. `organizerkey` (history and
 * attendees) and `groupkey` (groups) are read into `organizerKey` / `groupKey`.
 */

export const organizerSchema = z
  .looseObject({
    organizerKey: key,
    email: z.string(),
    firstName: text,
    lastName: text,
    groupId: optionalKey,
    groupName: z.string().nullable().optional(),
    status: z.string().transform((value) => (value.toLowerCase() === 'suspended' ? 'suspended' : 'active') as 'active' | 'suspended'),
    products: z.array(z.string()).optional().default([]),
    maxNumAttendeesAllowed: z.number().nullable().optional(),
  })
  .transform((o) => ({
    organizerKey: o.organizerKey,
    email: o.email,
    firstName: o.firstName,
    lastName: o.lastName,
    groupKey: o.groupId,
    groupName: o.groupName ?? null,
    status: o.status,
    products: o.products,
    maxNumAttendeesAllowed: o.maxNumAttendeesAllowed ?? null,
  }));
export type GoToOrganizer = z.output<typeof organizerSchema>;

export const groupSchema = z
  .looseObject({ groupkey: key, groupName: z.string(), parentKey: optionalKey, status: text, numOrganizers: z.number().optional() })
  // GoTo gives a top-level group its own key as parentKey: that is "no parent".
  .transform((g) => ({ groupKey: g.groupkey, groupName: g.groupName, parentKey: g.parentKey === g.groupkey ? null : g.parentKey, status: g.status, numOrganizers: g.numOrganizers ?? 0 }));
export type GoToGroup = z.output<typeof groupSchema>;

const meetingCommon = {
  subject: text,
  startTime: time,
  endTime: time,
  conferenceCallInfo: text,
  meetingType: text,
};

export const meetingSchema = z
  .looseObject({
    ...meetingCommon,
    meetingId: key,
    status: text,
    passwordRequired: z.boolean().optional().default(false),
    maxParticipants: z.number().optional(),
    uniqueMeetingId: optionalKey,
    joinURL: z.string().optional(),
  })
  .transform((m) => ({
    meetingId: m.meetingId,
    subject: m.subject,
    startTime: m.startTime,
    endTime: m.endTime,
    conferenceCallInfo: m.conferenceCallInfo,
    meetingType: m.meetingType,
    status: m.status,
    passwordRequired: m.passwordRequired,
    maxParticipants: m.maxParticipants ?? null,
    joinUrl: m.joinURL ?? null,
  }));
export type G2MMeeting = z.output<typeof meetingSchema>;

export const createdMeetingSchema = z
  .looseObject({ meetingid: key, joinURL: z.string(), maxParticipants: z.number().optional(), conferenceCallInfo: text })
  .transform((m) => ({ meetingId: m.meetingid, joinUrl: m.joinURL, maxParticipants: m.maxParticipants ?? null, conferenceCallInfo: m.conferenceCallInfo }));
export type G2MCreatedMeeting = z.output<typeof createdMeetingSchema>;

export const upcomingSchema = z
  .looseObject({
    ...meetingCommon,
    meetingId: key,
    status: text,
    passwordRequired: z.union([z.boolean(), z.literal('')]).optional(),
    organizerKey: key,
    email: text,
    firstName: text,
    lastName: text,
  })
  .transform((m) => ({ ...m, passwordRequired: m.passwordRequired === true }));
export type G2MUpcomingMeeting = z.output<typeof upcomingSchema>;

/** `HistoricalMeeting` / `HistoricalMeetingByGroup`: ids and counts as strings, no instance key. */
export const historySchema = z
  .looseObject({
    ...meetingCommon,
    meetingId: key,
    meetingInstanceKey: optionalKey,
    duration: count,
    numAttendees: count,
    organizerKey: optionalKey,
    organizerkey: optionalKey,
    email: text,
    firstName: text,
    lastName: text,
    groupName: text,
  })
  .transform((m) => ({
    meetingId: m.meetingId,
    /** Only the deprecated history calls name the instance; the current ones do not. */
    meetingInstanceKey: m.meetingInstanceKey,
    subject: m.subject,
    startTime: m.startTime,
    endTime: m.endTime,
    conferenceCallInfo: m.conferenceCallInfo,
    meetingType: m.meetingType,
    durationMinutes: m.duration,
    numAttendees: m.numAttendees,
    organizerKey: m.organizerKey ?? m.organizerkey ?? '',
    email: m.email,
    firstName: m.firstName,
    lastName: m.lastName,
    groupName: m.groupName,
  }));
export type G2MHistoricalMeeting = z.output<typeof historySchema>;

export const attendeeSchema = z
  .looseObject({
    attendeeName: text,
    attendeeEmail: z.string().nullable().optional(),
    joinTime: time,
    leaveTime: time,
    duration: count,
    meetingId: key,
    meetingInstanceKey: optionalKey,
    organizerkey: optionalKey,
    organizerKey: optionalKey,
    subject: text,
    startTime: time,
    endTime: time,
    numAttendees: count.optional(),
    conferenceCallInfo: text,
    meetingType: text,
  })
  .transform((a) => ({
    attendeeName: a.attendeeName,
    attendeeEmail: a.attendeeEmail ? a.attendeeEmail.toLowerCase() : null,
    joinTime: a.joinTime,
    leaveTime: a.leaveTime,
    durationMinutes: a.duration,
    meetingId: a.meetingId,
    meetingInstanceKey: a.meetingInstanceKey,
    organizerKey: a.organizerKey ?? a.organizerkey ?? '',
    subject: a.subject,
    /** The attended instance: when it ran, how many attended, and the meeting's audio and type. */
    startTime: a.startTime,
    endTime: a.endTime,
    numAttendees: a.numAttendees ?? null,
    conferenceCallInfo: a.conferenceCallInfo,
    meetingType: a.meetingType,
  }));
export type G2MAttendee = z.output<typeof attendeeSchema>;

export interface G2MMeetingInput {
  subject?: string;
  startTime?: Date;
  endTime?: Date;
  passwordRequired?: boolean;
  conferenceCallInfo?: 'PSTN' | 'Free' | 'Hybrid' | 'Private' | 'VoIP';
  meetingType?: 'immediate' | 'recurring' | 'scheduled';
  timezoneKey?: string;
}

export interface GoToOrganizerInput {
  email: string;
  firstName: string;
  lastName: string;
  productType: 'G2M' | 'G2W' | 'G2T' | 'OPENVOICE';
  /** Sign up inside this group (`POST /groups/{groupKey}/organizers`); otherwise `POST /organizers`. */
  groupKey?: string;
}

/** Whose meetings: the token's organizer, one organizer, or one group (admin). */
export type MeetingScope = { organizerKey: string } | { groupKey: string } | 'self';
