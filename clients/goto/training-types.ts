import { z } from 'zod';
import { count, key, text, time } from './decode.js';

/** GoToTraining records as the client returns them: keys as strings, `startDate`/`endDate` read as times. */

export const trainingSchema = z
  .looseObject({
    trainingKey: key,
    trainingId: z.union([z.string(), z.number()]).optional(),
    name: text,
    description: text,
    timeZone: text,
    times: z.array(z.looseObject({ startDate: time, endDate: time })),
    organizers: z.array(z.looseObject({ organizerKey: key })).optional().default([]),
  })
  .transform((t) => ({
    trainingKey: t.trainingKey,
    trainingId: t.trainingId === undefined ? null : String(t.trainingId),
    name: t.name,
    description: t.description,
    timeZone: t.timeZone,
    times: t.times.map((range) => ({ startTime: range.startDate, endTime: range.endDate })),
    organizerKeys: t.organizers.map((o) => o.organizerKey),
  }));
export type G2TTraining = z.output<typeof trainingSchema>;

export const trainingRegistrantSchema = z
  .looseObject({
    registrantKey: key,
    email: z.string(),
    givenName: text,
    surname: text,
    status: z.string(),
    registrationDate: time.nullable().optional(),
    joinUrl: z.string().nullable().optional(),
  })
  .transform((r) => ({
    registrantKey: r.registrantKey,
    firstName: r.givenName,
    lastName: r.surname,
    email: r.email.toLowerCase(),
    status: r.status,
    registrationDate: r.registrationDate ?? null,
    joinUrl: r.joinUrl ?? null,
  }));
export type G2TRegistrant = z.output<typeof trainingRegistrantSchema>;

export const reportSessionSchema = z
  .looseObject({ sessionKey: key, trainingName: text, sessionStartTime: time, sessionEndTime: time, attendanceCount: count, duration: count })
  .transform((s) => ({
    sessionKey: s.sessionKey,
    trainingName: s.trainingName,
    startTime: s.sessionStartTime,
    endTime: s.sessionEndTime,
    attendanceCount: s.attendanceCount,
    durationMinutes: s.duration,
  }));
export type G2TReportSession = z.output<typeof reportSessionSchema>;

export const reportAttendeeSchema = z
  .looseObject({
    givenName: text,
    surname: text,
    email: z.string(),
    timeInSession: count,
    inSessionTimes: z.array(z.looseObject({ joinTime: time, leaveTime: time })).optional().default([]),
  })
  .transform((a) => ({
    firstName: a.givenName,
    lastName: a.surname,
    email: a.email.toLowerCase(),
    timeInSessionMinutes: a.timeInSession,
    inSessionTimes: a.inSessionTimes.map((span) => ({ joinTime: span.joinTime, leaveTime: span.leaveTime })),
  }));
export type G2TReportAttendee = z.output<typeof reportAttendeeSchema>;

export interface G2TTrainingInput {
  name: string;
  description?: string;
  times: { startTime: Date; endTime: Date }[];
  timeZone?: string;
}

export interface G2TRegistrantInput {
  firstName: string;
  lastName: string;
  email: string;
}
