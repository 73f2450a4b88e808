import type { G2TReportAttendee, G2TReportSession, G2TTraining } from '../../clients/goto/index.js';
import type { EventSession } from '../../domain/registrations.js';
import type { Training, TrainingAttendance } from '../../domain/trainings.js';

/** A training as read through `organizerKey` (its vendorId is `organizerKey.trainingKey`). */
export function toTraining(organizerKey: string, t: G2TTraining): Training {
  return {
    vendor: 'gototraining',
    vendorId: `${organizerKey}.${t.trainingKey}`,
    trainingKey: t.trainingKey,
    organizerKey,
    organizerKeys: t.organizerKeys.length > 0 ? t.organizerKeys : [organizerKey],
    number: t.trainingId,
    name: t.name,
    description: t.description,
    times: t.times.map((time) => ({ start: time.startTime, end: time.endTime })),
    timeZone: t.timeZone,
  };
}

/** A held session from GoTo's reports API. */
export const trainingSession = (s: G2TReportSession): EventSession => ({ vendorId: s.sessionKey, start: s.startTime, end: s.endTime, attendeeCount: s.attendanceCount });

/**
 * Who attended one held session: GoTo's session report lists every registrant, absentees
 * included with no time in session; those are left out.
 */
export function sessionAttendance(session: G2TReportSession, attendees: readonly G2TReportAttendee[]): TrainingAttendance[] {
  return attendees
    .filter((a) => a.inSessionTimes.length > 0 || a.timeInSessionMinutes > 0)
    .map((a) => ({
      vendor: 'gototraining' as const,
      trainingName: session.trainingName,
      name: `${a.firstName} ${a.lastName}`.trim(),
      email: a.email,
      registrantKey: null,
      sessionKey: session.sessionKey,
      durationSeconds: a.timeInSessionMinutes * 60,
      joins: a.inSessionTimes.map((span) => ({ start: span.joinTime, end: span.leaveTime })),
    }));
}
