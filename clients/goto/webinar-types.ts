import { z } from 'zod';
import { count, key, optionalKey, text, time } from './decode.js';

/**
 * GoToWebinar v2 records as the client returns them: keys as strings, times ISO-8601 UTC.
 * A webinar from a listing has no session state (`inSession`, `numberOfRegistrants` are null);
 * one read by key has it.
 */

const timeRange = z.looseObject({ startTime: time, endTime: time }).transform((t) => ({ startTime: t.startTime, endTime: t.endTime }));

export const webinarSchema = z
  .looseObject({
    webinarKey: key,
    webinarID: z.union([z.string(), z.number()]).optional(),
    subject: text,
    description: text,
    organizerKey: key,
    times: z.array(timeRange),
    timeZone: text,
    registrationUrl: z.string().nullable().optional(),
    inSession: z.boolean().nullable().optional(),
    numberOfRegistrants: z.number().nullable().optional(),
  })
  .transform((w) => ({
    webinarKey: w.webinarKey,
    webinarId: w.webinarID === undefined ? null : String(w.webinarID),
    subject: w.subject,
    description: w.description,
    organizerKey: w.organizerKey,
    times: w.times,
    timeZone: w.timeZone,
    registrationUrl: w.registrationUrl ?? null,
    inSession: w.inSession ?? null,
    numberOfRegistrants: w.numberOfRegistrants ?? null,
  }));
export type G2WWebinar = z.output<typeof webinarSchema>;

/** v2's paged envelope: `{"_embedded": {"<name>": [...]}, "page": {...}}` (`_embedded` absent when empty). */
export function pageSchema<S extends z.ZodType>(name: string, item: S) {
  return z.looseObject({
    _embedded: z.looseObject({ [name]: z.array(item) }).optional(),
    page: z.looseObject({ number: z.number(), size: z.number(), totalElements: z.number(), totalPages: z.number() }),
  });
}

export const registrantSchema = z
  .looseObject({
    registrantKey: key,
    firstName: text,
    lastName: text,
    email: z.string(),
    status: z.string(),
    registrationDate: time.nullable().optional(),
    joinUrl: z.string().nullable().optional(),
    timeZone: z.string().nullable().optional(),
  })
  .transform((r) => ({
    registrantKey: r.registrantKey,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email.toLowerCase(),
    status: r.status,
    registrationDate: r.registrationDate ?? null,
    joinUrl: r.joinUrl ?? null,
  }));
export type G2WRegistrant = z.output<typeof registrantSchema>;

export const createdRegistrantSchema = z.looseObject({ registrantKey: key, joinUrl: z.string().nullable().optional() });

export const sessionSchema = z
  .looseObject({ sessionKey: key, webinarKey: optionalKey, startTime: time, endTime: time, registrantsAttended: count.optional() })
  // ReportingSession (keys as strings) and Session (keys as numbers) read alike.
  .transform((s) => ({ sessionKey: s.sessionKey, startTime: s.startTime, endTime: s.endTime, registrantsAttended: s.registrantsAttended ?? null }));
export type G2WSession = z.output<typeof sessionSchema>;

export const webinarAttendeeSchema = z
  .looseObject({
    registrantKey: key,
    sessionKey: optionalKey,
    firstName: text,
    lastName: text,
    email: z.string(),
    attendanceTimeInSeconds: count,
    attendance: z.array(z.looseObject({ joinTime: time, leaveTime: time })).optional().default([]),
  })
  .transform((a) => ({
    registrantKey: a.registrantKey,
    sessionKey: a.sessionKey,
    firstName: a.firstName,
    lastName: a.lastName,
    email: a.email.toLowerCase(),
    attendanceTimeInSeconds: a.attendanceTimeInSeconds,
    attendance: a.attendance.map((span) => ({ joinTime: span.joinTime, leaveTime: span.leaveTime })),
  }));
export type G2WAttendee = z.output<typeof webinarAttendeeSchema>;

export interface G2WWebinarInput {
  subject: string;
  description?: string;
  times: { startTime: Date; endTime: Date }[];
  timeZone?: string;
  type?: 'single_session' | 'series' | 'sequence';
}

export interface G2WRegistrantInput {
  firstName: string;
  lastName: string;
  email: string;
}
