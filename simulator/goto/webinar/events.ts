import { randomUUID } from 'node:crypto';
import { num } from '../json.js';
import { isoSeconds } from '../time.js';
import type { Registrant, Webinar } from './model.js';
import { joinUrl } from './serialize.js';
import type { WebhookEvent } from './webhooks.js';

/**
 * Webhook bodies, with the field names of GoTo's sample payloads (as published with public
 * integrations): flat objects, keys as int64 numbers, `timestamp` ISO with milliseconds.
 */
function envelope(eventName: WebhookEvent, nowMs: number) {
  return { eventName, eventVersion: '1.0.0', product: 'g2w', eventKey: randomUUID(), timestamp: new Date(nowMs).toISOString() };
}

export function registrantEvent(eventName: 'registrant.added' | 'registrant.joined', webinar: Webinar, registrant: Registrant, nowMs: number) {
  return {
    ...envelope(eventName, nowMs),
    firstName: registrant.person.firstName,
    lastName: registrant.person.lastName,
    email: registrant.person.email,
    responses: [],
    registrationDate: new Date(registrant.registrationMs).toISOString(),
    status: registrant.status,
    webinarKey: num(webinar.webinarKey),
    webinarTitle: webinar.subject,
    experienceType: 'CLASSIC',
    recurrenceType: webinar.type,
    webinarCreatorKey: num(webinar.organizerKey),
    registrantKey: num(registrant.registrantKey),
    joinUrl: joinUrl(webinar, registrant),
  };
}

export function webinarEvent(eventName: 'webinar.created' | 'webinar.changed', webinar: Webinar, accountKey: string, nowMs: number) {
  return {
    ...envelope(eventName, nowMs),
    webinarKey: num(webinar.webinarKey),
    webinarTitle: webinar.subject,
    experienceType: 'CLASSIC',
    recurrenceType: webinar.type,
    ...(eventName === 'webinar.created' && { webinarCreationDate: new Date(nowMs).toISOString() }),
    times: webinar.times.map((time) => ({ startTime: isoSeconds(time.startMs), endTime: isoSeconds(time.endMs) })),
    status: eventName === 'webinar.created' ? 'NEW' : 'UPDATED',
    timeZone: webinar.timeZone,
    organizerKey: num(webinar.organizerKey),
    accountKey: num(accountKey),
  };
}
