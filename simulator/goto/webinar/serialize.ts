import type { GoToOrganizer } from '../account.js';
import { num } from '../json.js';
import { isoSeconds } from '../time.js';
import type { Registrant, SessionAttendance, TimeRange, Webinar, WebinarSession } from './model.js';

/**
 * GoToWebinar v2 wire shapes (the v2 OpenAPI spec): keys are strings in listings and
 * reporting sessions, int64 numbers in a webinar read by key, registrants and attendees;
 * times ISO-8601 UTC.
 */

const times = (ranges: TimeRange[]) => ranges.map((range) => ({ startTime: isoSeconds(range.startMs), endTime: isoSeconds(range.endMs) }));

export function inSession(webinar: Webinar, nowMs: number): boolean {
  return webinar.times.some((time) => time.startMs <= nowMs && nowMs < time.endMs);
}

export function registrationUrl(webinar: Webinar): string {
  return `https://attendee.gotowebinar.com/register/${webinar.webinarKey}`;
}

export function joinUrl(webinar: Webinar, registrant: Registrant): string {
  return `https://global.gotowebinar.com/join/${webinar.webinarKey}/${registrant.registrantKey}`;
}

/** A webinar in a listing (`Webinar` in the v2 spec): keys as strings, no session state. */
export function webinarListingJson(webinar: Webinar, accountKey: string) {
  return {
    webinarKey: webinar.webinarKey,
    webinarID: webinar.webinarId,
    organizerKey: webinar.organizerKey,
    accountKey,
    subject: webinar.subject,
    description: webinar.description,
    times: times(webinar.times),
    timeZone: webinar.timeZone,
    locale: 'en_US',
    approvalType: 'AUTOMATIC',
    registrationUrl: registrationUrl(webinar),
    impromptu: false,
    isPasswordProtected: false,
    recurrenceType: webinar.type,
    experienceType: 'CLASSIC',
  };
}

/** One webinar by key (`WebinarByKey`): `webinarKey` and `organizerKey` as int64 numbers, with session state. */
export function webinarByKeyJson(webinar: Webinar, organizer: GoToOrganizer | undefined, accountKey: string, nowMs: number) {
  return {
    webinarKey: num(webinar.webinarKey),
    webinarID: webinar.webinarId,
    subject: webinar.subject,
    description: webinar.description,
    organizerKey: num(webinar.organizerKey),
    organizerEmail: organizer?.email ?? '',
    organizerName: organizer ? `${organizer.firstName} ${organizer.lastName}` : '',
    times: times(webinar.times),
    registrationUrl: registrationUrl(webinar),
    inSession: inSession(webinar, nowMs),
    impromptu: false,
    type: webinar.type,
    timeZone: webinar.timeZone,
    numberOfRegistrants: webinar.registrants.length,
    registrationLimit: 1000,
    locale: 'en_US',
    accountKey,
    recurrencePeriod: webinar.type,
    experienceType: 'CLASSIC',
    isPasswordProtected: false,
  };
}

export function registrantJson(webinar: Webinar, registrant: Registrant) {
  return {
    registrantKey: num(registrant.registrantKey),
    firstName: registrant.person.firstName,
    lastName: registrant.person.lastName,
    email: registrant.person.email,
    status: registrant.status,
    registrationDate: isoSeconds(registrant.registrationMs),
    joinUrl: joinUrl(webinar, registrant),
    timeZone: registrant.timeZone,
  };
}

/** A held session (`ReportingSession`): keys as strings here. */
export function sessionJson(webinar: Webinar, session: WebinarSession, organizer: GoToOrganizer | undefined, accountKey: string) {
  const organizerName = organizer ? `${organizer.firstName} ${organizer.lastName}` : '';
  return {
    sessionKey: session.sessionKey,
    webinarKey: webinar.webinarKey,
    webinarName: webinar.subject,
    startTime: isoSeconds(session.startMs),
    endTime: isoSeconds(session.endMs),
    registrantsAttended: session.attendance.length,
    registrantCount: webinar.registrants.length,
    accountKey,
    creatingOrganizerKey: webinar.organizerKey,
    creatingOrganizerName: organizerName,
    startingOrganizerKey: webinar.organizerKey,
    startingOrganizerName: organizerName,
    totalPollCount: 0,
    timeZone: webinar.timeZone,
    experienceType: 'CLASSIC',
    webinarID: webinar.webinarId,
  };
}

const seconds = (range: TimeRange) => Math.round((range.endMs - range.startMs) / 1000);

export function attendeeJson(webinar: Webinar, session: WebinarSession, attendance: SessionAttendance) {
  const registrant = webinar.registrants.find((r) => r.registrantKey === attendance.registrantKey);
  return {
    registrantKey: num(attendance.registrantKey),
    sessionKey: num(session.sessionKey),
    firstName: registrant?.person.firstName ?? '',
    lastName: registrant?.person.lastName ?? '',
    email: registrant?.person.email ?? '',
    attendanceTimeInSeconds: attendance.joins.reduce((sum, join) => sum + seconds(join), 0),
    attendance: attendance.joins.map((join) => ({ joinTime: isoSeconds(join.startMs), leaveTime: isoSeconds(join.endMs) })),
  };
}

/** v2's paged envelope; `page` counts from 0. */
export function pagedJson<T>(name: string, items: readonly T[], page: number, size: number) {
  const slice = items.slice(page * size, page * size + size);
  return {
    _embedded: { [name]: slice },
    page: { size, totalElements: items.length, totalPages: Math.ceil(items.length / size), number: page },
  };
}
