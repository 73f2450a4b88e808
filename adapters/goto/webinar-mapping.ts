import type { G2WAttendee, G2WSession, G2WWebinar } from '../../clients/goto/index.js';
import type { Attendance, EventSession } from '../../domain/registrations.js';
import type { Webinar } from '../../domain/webinars.js';

export function toWebinar(w: G2WWebinar): Webinar {
  return {
    vendor: 'gotowebinar',
    vendorId: `${w.organizerKey}.${w.webinarKey}`,
    webinarKey: w.webinarKey,
    organizerKey: w.organizerKey,
    number: w.webinarId,
    subject: w.subject,
    description: w.description,
    times: w.times.map((t) => ({ start: t.startTime, end: t.endTime })),
    timeZone: w.timeZone,
    registrationUrl: w.registrationUrl,
    inSession: w.inSession,
    registrantCount: w.numberOfRegistrants,
  };
}

export function webinarAttendance(a: G2WAttendee): Attendance {
  return {
    vendor: 'gotowebinar',
    name: `${a.firstName} ${a.lastName}`.trim(),
    email: a.email,
    registrantKey: a.registrantKey,
    sessionKey: a.sessionKey,
    durationSeconds: a.attendanceTimeInSeconds,
    joins: a.attendance.map((span) => ({ start: span.joinTime, end: span.leaveTime })),
  };
}

export const webinarSession = (s: G2WSession): EventSession => ({ vendorId: s.sessionKey, start: s.startTime, end: s.endTime, attendeeCount: s.registrantsAttended });
