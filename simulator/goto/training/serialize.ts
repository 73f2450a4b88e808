import { organizerByKey, type GoToAccount } from '../account.js';
import { isoSeconds } from '../time.js';
import type { Training, TrainingAttendee, TrainingRegistrant, TrainingSession } from './model.js';

/**
 * GoToTraining's wire shapes (the Swagger in APIs-guru): `givenName`/`surname` for people,
 * `startDate`/`endDate` for times, and every key a string (`trainingKey`, `registrantKey`,
 * `organizerKey`, `sessionKey`), although paths take them as int64.
 */

const minutes = (fromMs: number, toMs: number) => Math.max(0, Math.round((toMs - fromMs) / 60_000));

function organizersJson(training: Training, account: GoToAccount) {
  return training.organizerKeys.flatMap((key) => {
    const organizer = organizerByKey(account, key);
    return organizer ? [{ organizerKey: key, email: organizer.email, givenName: organizer.firstName, surname: organizer.lastName }] : [];
  });
}

export function trainingJson(training: Training, account: GoToAccount) {
  return {
    trainingKey: training.trainingKey,
    trainingId: training.trainingId,
    name: training.name,
    description: training.description,
    timeZone: training.timeZone,
    times: training.times.map((time) => ({ startDate: isoSeconds(time.startMs), endDate: isoSeconds(time.endMs) })),
    registrationSettings: { disableWebRegistration: false, disableConfirmationEmail: false },
    organizers: organizersJson(training, account),
  };
}

/** The organizer's start link (`GET …/trainings/{tk}/startUrl`): opening it asks the organizer to sign in. */
export const trainingStartUrl = (training: Training) => `https://global.gototraining.com/organizer/start/${training.trainingKey}`;

export const trainingJoinUrl = (training: Training, registrant: TrainingRegistrant) =>
  `https://global.gototraining.com/join/training/${training.trainingKey}/${registrant.registrantKey}`;

export function registrantJson(training: Training, registrant: TrainingRegistrant) {
  return {
    registrantKey: registrant.registrantKey,
    email: registrant.person.email,
    givenName: registrant.person.firstName,
    surname: registrant.person.lastName,
    status: registrant.status,
    registrationDate: isoSeconds(registrant.registrationMs),
    joinUrl: trainingJoinUrl(training, registrant),
    confirmationUrl: `https://global.gototraining.com/registration/confirmation/${registrant.registrantKey}`,
  };
}

export function reportSessionJson(training: Training, session: TrainingSession, account: GoToAccount) {
  return {
    sessionKey: session.sessionKey,
    trainingName: training.name,
    sessionStartTime: isoSeconds(session.startMs),
    sessionEndTime: isoSeconds(session.endMs),
    attendanceCount: session.attendees.length,
    duration: minutes(session.startMs, session.endMs),
    organizers: organizersJson(training, account),
  };
}

/** A registrant who did not attend: listed after the attendees with no time in session. */
export function absenteeJson(registrant: TrainingRegistrant) {
  return { givenName: registrant.person.firstName, surname: registrant.person.lastName, email: registrant.person.email, timeInSession: 0, inSessionTimes: [] };
}

export function reportAttendeeJson(attendee: TrainingAttendee) {
  return {
    givenName: attendee.person.firstName,
    surname: attendee.person.lastName,
    email: attendee.person.email,
    timeInSession: attendee.inSession.reduce((sum, part) => sum + minutes(part.startMs, part.endMs), 0),
    inSessionTimes: attendee.inSession.map((part) => ({
      joinTime: isoSeconds(part.startMs),
      leaveTime: isoSeconds(part.endMs),
      timeInPartOfSession: minutes(part.startMs, part.endMs),
    })),
  };
}
