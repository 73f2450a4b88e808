import type { VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { Prng } from '../../core/prng.js';
import type { VirtualClock } from '../../core/clock.js';
import type { GoToAccount } from '../account.js';
import { emailField, objectBody, text } from '../body.js';
import { gotoError, badRequest, notFound } from '../errors.js';
import { gotoJson, noContent } from '../json.js';
import type { ProductRouteContext } from '../product-router.js';
import { readRanges, readWindow } from '../time.js';
import { WEBINAR_TYPES, type Registrant, type Webinar, type WebinarType } from './model.js';
import { registrantEvent, webinarEvent } from './events.js';
import type { WebhookRegistry } from './webhooks.js';
import { attendeeJson, inSession, joinUrl, pagedJson, registrantJson, sessionJson, webinarByKeyJson, webinarListingJson } from './serialize.js';

export interface WebinarState {
  webinars: Webinar[];
  account: GoToAccount;
  clock: VirtualClock;
  random: Prng;
  /** Webhook registrations (kept across resets). */
  registry: WebhookRegistry;
  /** Sends a webhook event to its active subscriptions. */
  emit(payload: ReturnType<typeof registrantEvent> | ReturnType<typeof webinarEvent>): void;
}

export type WebinarRouteContext = ProductRouteContext<WebinarState>;

const MAX_PAGE_SIZE = 200;

/** `page` (from 0) and `size` (default 20, at most 200) of a v2 paged list. */
function pageOf(query: URLSearchParams): { page: number; size: number } | { reply: VendorReply } {
  const page = Number(query.get('page') ?? '0');
  const size = Number(query.get('size') ?? '20');
  if (!Number.isInteger(page) || page < 0) return { reply: badRequest('page must be a non-negative integer') };
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) return { reply: badRequest(`size must be between 1 and ${MAX_PAGE_SIZE}`) };
  return { page, size };
}

function timeWindow(query: URLSearchParams): { from: number; to: number } | { reply: VendorReply } {
  const window = readWindow(query, 'fromTime', 'toTime');
  return 'bad' in window ? { reply: badRequest(`${window.bad} is required, in ISO-8601 UTC format`) } : window;
}

const starts = (webinar: Webinar) => webinar.times[0]?.startMs ?? 0;
const inWindow = (webinar: Webinar, window: { from: number; to: number }) =>
  webinar.times.some((time) => time.startMs >= window.from && time.startMs <= window.to);

/** The organizer in the path must belong to the caller's account (the admin token reaches all of them). */
function organizer(state: WebinarState, key: string | undefined) {
  return state.account.organizers.find((o) => o.organizerKey === key);
}

export function webinarOf(state: WebinarState, organizerKey: string | undefined, webinarKey: string | undefined): Webinar | undefined {
  return state.webinars.find((w) => w.webinarKey === webinarKey && w.organizerKey === organizerKey);
}

function readWebinar(req: SimRequest, current: Webinar | undefined): Pick<Webinar, 'subject' | 'description' | 'times' | 'timeZone' | 'type'> | { reply: VendorReply } {
  const body = objectBody(req);
  if ('reply' in body) return body;
  const { input } = body;
  const subject = input.subject === undefined && current ? current.subject : text(input, 'subject', 128);
  if (!subject) return { reply: badRequest('subject is required (at most 128 characters)') };
  const times = input.times === undefined && current ? current.times : readRanges(input.times, 'startTime', 'endTime');
  if (!times) return { reply: badRequest('times must be a non-empty list of {startTime, endTime} with endTime after startTime') };
  const type = (input.type ?? current?.type ?? (times.length > 1 ? 'series' : 'single_session')) as WebinarType;
  if (!WEBINAR_TYPES.includes(type)) return { reply: badRequest('type must be single_session, series or sequence') };
  const description = typeof input.description === 'string' ? input.description.slice(0, 2048) : (current?.description ?? '');
  const timeZone = typeof input.timeZone === 'string' ? input.timeZone : (current?.timeZone ?? 'UTC');
  return { subject, description, times, timeZone, type };
}

/** A new webinar (webhook `webinar.created` goes out). */
export function createWebinar(state: WebinarState, organizerKey: string, fields: Pick<Webinar, 'subject' | 'description' | 'times' | 'timeZone' | 'type'>): Webinar {
  const last = state.webinars.at(-1);
  const webinar: Webinar = {
    ...fields,
    webinarKey: state.account.keys.next('webinar'),
    webinarId: String(Number(last?.webinarId ?? '100000000') + state.random.int(1, 999)),
    organizerKey,
    registrants: [],
    sessions: [],
    panelists: [],
    coorganizers: [],
  };
  state.webinars.push(webinar);
  state.emit(webinarEvent('webinar.created', webinar, state.account.accountKey, state.clock.nowMs()));
  return webinar;
}

/** An approved registration (webhook `registrant.added` goes out); the caller checks for duplicates. */
export function addRegistrant(state: WebinarState, webinar: Webinar, person: Registrant['person']): Registrant {
  const registrant: Registrant = {
    registrantKey: state.account.keys.next('registrant'),
    person,
    registrationMs: state.clock.nowMs(),
    status: 'APPROVED',
    timeZone: webinar.timeZone,
  };
  webinar.registrants.push(registrant);
  state.emit(registrantEvent('registrant.added', webinar, registrant, state.clock.nowMs()));
  return registrant;
}

/** GoToWebinar v2: account and organizer webinars, sessions, registrants, attendance. */
export function registerWebinarRoutes(router: Router<WebinarRouteContext>): void {
  const json = (state: WebinarState, list: Webinar[]) => list.map((w) => webinarListingJson(w, state.account.accountKey));
  const session = (state: WebinarState, w: Webinar, s: Webinar['sessions'][number]) => sessionJson(w, s, organizer(state, w.organizerKey), state.account.accountKey);
  /** A v2 paged answer, or the 400 for bad `page`/`size`. */
  const paged = (req: SimRequest, name: string, items: readonly unknown[]): VendorReply => {
    const paging = pageOf(req.query);
    return 'reply' in paging ? paging.reply : gotoJson(200, pagedJson(name, items, paging.page, paging.size));
  };
  router
    .add('GET', '/accounts/:account/webinars', (req, { account }, { state }) => {
      if (account !== state.account.accountKey) return notFound('Account');
      const window = timeWindow(req.query);
      if ('reply' in window) return window.reply;
      const list = state.webinars.filter((w) => inWindow(w, window)).sort((a, b) => starts(a) - starts(b));
      return paged(req, 'webinars', json(state, list));
    })
    .add('GET', '/organizers/:org/webinars', (req, { org }, { state }) => {
      if (!organizer(state, org)) return notFound('Organizer');
      const window = timeWindow(req.query);
      if ('reply' in window) return window.reply;
      return paged(req, 'webinars', json(state, state.webinars.filter((w) => w.organizerKey === org && inWindow(w, window)).sort((a, b) => starts(a) - starts(b))));
    })
    .add('GET', '/organizers/:org/upcomingWebinars', (_req, { org }, { state }) => {
      if (!organizer(state, org)) return notFound('Organizer');
      const now = state.clock.nowMs();
      return gotoJson(200, json(state, state.webinars.filter((w) => w.organizerKey === org && w.times.some((t) => t.endMs > now)).sort((a, b) => starts(a) - starts(b))));
    })
    .add('GET', '/organizers/:org/historicalWebinars', (req, { org }, { state }) => {
      if (!organizer(state, org)) return notFound('Organizer');
      const window = timeWindow(req.query);
      if ('reply' in window) return window.reply;
      const held = state.webinars.filter((w) => w.organizerKey === org && w.sessions.some((s) => s.startMs >= window.from && s.startMs <= window.to));
      return gotoJson(200, json(state, held));
    })
    .add('POST', '/organizers/:org/webinars', (req, { org }, { state }) => {
      if (!organizer(state, org)) return notFound('Organizer');
      const fields = readWebinar(req, undefined);
      if ('reply' in fields) return fields.reply;
      return gotoJson(201, { webinarKey: createWebinar(state, org!, fields).webinarKey });
    })
    .add('GET', '/organizers/:org/webinars/:wk', (_req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      return webinar ? gotoJson(200, webinarByKeyJson(webinar, organizer(state, org), state.account.accountKey, state.clock.nowMs())) : notFound('Webinar');
    })
    .add('PUT', '/organizers/:org/webinars/:wk', (req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      if (!webinar) return notFound('Webinar');
      const now = state.clock.nowMs();
      if (inSession(webinar, now)) return badRequest('The webinar is in progress');
      if (webinar.times.every((time) => time.endMs <= now)) return badRequest('The webinar has ended');
      const fields = readWebinar(req, webinar);
      if ('reply' in fields) return fields.reply;
      Object.assign(webinar, fields);
      state.emit(webinarEvent('webinar.changed', webinar, state.account.accountKey, now));
      return { status: 202 };
    })
    .add('DELETE', '/organizers/:org/webinars/:wk', (_req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      if (!webinar) return notFound('Webinar');
      const now = state.clock.nowMs();
      if (inSession(webinar, now)) return gotoError(409, 'WebinarInSession', 'The webinar is in session and cannot be deleted');
      if (webinar.times.every((time) => time.endMs <= now)) return gotoError(405, 'WebinarInPast', 'Past webinars cannot be deleted');
      state.webinars.splice(state.webinars.indexOf(webinar), 1);
      return noContent();
    })
    .add('GET', '/organizers/:org/webinars/:wk/sessions', (req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      return webinar ? paged(req, 'sessionInfoResources', webinar.sessions.map((s) => session(state, webinar, s))) : notFound('Webinar');
    })
    .add('GET', '/organizers/:org/sessions', (req, { org }, { state }) => {
      if (!organizer(state, org)) return notFound('Organizer');
      const window = timeWindow(req.query);
      if ('reply' in window) return window.reply;
      const sessions = state.webinars
        .filter((w) => w.organizerKey === org)
        .flatMap((w) => w.sessions.filter((s) => s.startMs >= window.from && s.startMs <= window.to).map((s) => ({ w, s })))
        .sort((a, b) => a.s.startMs - b.s.startMs)
        .map(({ w, s }) => session(state, w, s));
      return paged(req, 'sessionInfoResources', sessions);
    })
    .add('GET', '/organizers/:org/webinars/:wk/registrants/fields', (_req, { org, wk }, { state }) =>
      webinarOf(state, org, wk)
        ? gotoJson(200, {
            fields: [
              { field: 'firstName', maxSize: 128, required: true },
              { field: 'lastName', maxSize: 128, required: true },
              { field: 'email', maxSize: 128, required: true },
            ],
            questions: [],
          })
        : notFound('Webinar'),
    )
    .add('GET', '/organizers/:org/webinars/:wk/registrants', (_req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      return webinar ? gotoJson(200, webinar.registrants.map((r) => registrantJson(webinar, r))) : notFound('Webinar');
    })
    .add('POST', '/organizers/:org/webinars/:wk/registrants', (req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      if (!webinar) return notFound('Webinar');
      // Modeled: registration closes once every session of the webinar has ended.
      if (webinar.times.every((time) => time.endMs <= state.clock.nowMs())) return gotoError(405, 'WebinarInPast', 'Registration is closed for past webinars');
      const body = objectBody(req);
      if ('reply' in body) return body.reply;
      const firstName = text(body.input, 'firstName', 128);
      const lastName = text(body.input, 'lastName', 128);
      const email = emailField(body.input, 'email');
      if (!firstName || !lastName || !email) return badRequest('firstName, lastName and a valid email are required');
      const existing = webinar.registrants.find((r) => r.person.email.toLowerCase() === email);
      if (existing) return gotoError(409, 'DuplicateRegistrant', 'The registrant is already registered for this webinar');
      const registrant = addRegistrant(state, webinar, { firstName, lastName, email });
      return gotoJson(201, { registrantKey: BigInt(registrant.registrantKey), joinUrl: joinUrl(webinar, registrant) });
    })
    .add('GET', '/organizers/:org/webinars/:wk/registrants/:rk', (_req, { org, wk, rk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      const registrant = webinar?.registrants.find((r) => r.registrantKey === rk);
      return webinar && registrant ? gotoJson(200, registrantJson(webinar, registrant)) : notFound('Registrant');
    })
    .add('DELETE', '/organizers/:org/webinars/:wk/registrants/:rk', (_req, { org, wk, rk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      const index = webinar?.registrants.findIndex((r) => r.registrantKey === rk) ?? -1;
      if (!webinar || index < 0) return notFound('Registrant');
      webinar.registrants.splice(index, 1);
      return noContent();
    })
    .add('GET', '/organizers/:org/webinars/:wk/attendees', (req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      const attendees = webinar?.sessions.flatMap((s) => s.attendance.map((a) => attendeeJson(webinar, s, a)));
      return webinar && attendees ? paged(req, 'attendeeParticipationResponses', attendees) : notFound('Webinar');
    })
    .add('GET', '/organizers/:org/webinars/:wk/sessions/:sk/attendees', (_req, { org, wk, sk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      const session = webinar?.sessions.find((s) => s.sessionKey === sk);
      return webinar && session ? gotoJson(200, session.attendance.map((a) => attendeeJson(webinar, session, a))) : notFound('Session');
    });
}
