import { AdminInputError } from '../../core/admin-input.js';
import type { Prng } from '../../core/prng.js';
import { refField, textField } from '../../core/scenarios/change-input.js';
import { liveVendor, type ChangeDetails, type ChangeRequest, type LiveVendor } from '../../core/scenarios/live-vendor.js';
import { HOUR, MINUTE, readTime } from '../time.js';
import { registrantEvent, webinarEvent } from './events.js';
import type { Registrant, Webinar } from './model.js';
import { addRegistrant, createWebinar, type WebinarState } from './routes.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TOPICS = ['Live product tour', 'Office hours', 'Release walkthrough', 'Ask the experts'];

/**
 * GoToWebinar's live hooks: registrations, attendees joining, webinars created and changed, each
 * sent as the matching webhook. Joining is modeled as an event only (the simulator does not hold
 * a live webinar session); who joined is remembered so draws pick someone new.
 */
export function webinarLive(state: WebinarState): LiveVendor {
  const joined = new Set<string>();
  return liveVendor({
    name: 'gotowebinar',
    handlers: {
      'registrant-added': (request) => register(state, request),
      'registrant-joined': (request) => join(state, request, joined),
      'webinar-created': (request) => create(state, request),
      'webinar-changed': (request) => change(state, request),
    },
    draw(kind, random) {
      return kind === 'webinar' ? draw(state, random, joined) : undefined;
    },
    settings: {
      'secret-key': {
        read: () => ({ keys: state.registry.secretKeys.map((key) => ({ id: key.id, validFrom: new Date(key.validFromMs).toISOString() })) }),
        write(body) {
          const value = body.value;
          if (typeof value !== 'string' || value.length < 8) throw new AdminInputError('value must be a string of at least 8 characters');
          const key = state.registry.addSecretKey(state.clock.nowMs(), value);
          return { id: key.id, validFrom: new Date(key.validFromMs).toISOString() };
        },
      },
    },
  });
}

/** Webinars still ahead or running, soonest first. */
function upcoming(state: WebinarState): Webinar[] {
  const now = state.clock.nowMs();
  return state.webinars.filter((webinar) => webinar.times.some((time) => time.endMs > now)).sort((a, b) => a.times[0]!.startMs - b.times[0]!.startMs);
}

function findWebinar(state: WebinarState, ref: string | undefined): Webinar {
  const webinar = ref === undefined ? upcoming(state)[0] : state.webinars.find((candidate) => candidate.webinarKey === ref);
  if (!webinar) throw new AdminInputError(ref === undefined ? 'webinar: no webinar is ahead' : `webinar names no webinar: ${ref}`);
  return webinar;
}

function register(state: WebinarState, request: ChangeRequest): ChangeDetails {
  const webinar = findWebinar(state, refField(request, 'webinar'));
  const taken = new Set(webinar.registrants.map((registrant) => registrant.person.email.toLowerCase()));
  const given = textField(request, 'email', { max: 254 });
  if (given !== undefined && !EMAIL.test(given)) throw new AdminInputError('email must be an email address');
  const known = (email: string) => state.account.people.find((candidate) => candidate.email.toLowerCase() === email);
  const person = given !== undefined ? (known(given.toLowerCase()) ?? { firstName: 'Guest', lastName: 'Attendee', email: given.toLowerCase() }) : state.account.people.find((candidate) => !taken.has(candidate.email.toLowerCase()));
  if (!person) throw new AdminInputError('email is required: every known person is already registered');
  if (taken.has(person.email.toLowerCase())) throw new AdminInputError(`email ${person.email} is already registered for webinar ${webinar.webinarKey}`);
  const firstName = textField(request, 'firstName', { max: 128 }) ?? person.firstName;
  const lastName = textField(request, 'lastName', { max: 128 }) ?? person.lastName;
  const registrant = addRegistrant(state, webinar, { firstName, lastName, email: person.email });
  return { kind: 'registrant-added', webinar: webinar.webinarKey, registrant: registrant.registrantKey, email: person.email };
}

function join(state: WebinarState, request: ChangeRequest, joined: Set<string>): ChangeDetails {
  const webinar = findWebinar(state, refField(request, 'webinar'));
  const ref = refField(request, 'registrant');
  const approved = webinar.registrants.filter((registrant) => registrant.status === 'APPROVED');
  const registrant: Registrant | undefined =
    ref === undefined ? approved.find((candidate) => !joined.has(candidate.registrantKey)) : webinar.registrants.find((candidate) => candidate.registrantKey === ref || candidate.person.email === ref.toLowerCase());
  if (!registrant) throw new AdminInputError(ref === undefined ? `registrant: every approved registrant of ${webinar.webinarKey} has joined` : `registrant names no registrant of webinar ${webinar.webinarKey}: ${ref}`);
  if (registrant.status !== 'APPROVED') throw new AdminInputError(`registrant ${registrant.registrantKey} is ${registrant.status}, not APPROVED`);
  joined.add(registrant.registrantKey);
  state.emit(registrantEvent('registrant.joined', webinar, registrant, state.clock.nowMs()));
  return { kind: 'registrant-joined', webinar: webinar.webinarKey, registrant: registrant.registrantKey, email: registrant.person.email };
}

function create(state: WebinarState, request: ChangeRequest): ChangeDetails {
  const ref = refField(request, 'organizer');
  const hosts = state.account.organizers.filter((organizer) => organizer.status === 'active' && organizer.products.includes('G2W'));
  const host = ref === undefined ? hosts[0] : hosts.find((organizer) => organizer.organizerKey === ref || organizer.email === ref.toLowerCase());
  if (!host) throw new AdminInputError(ref === undefined ? 'organizer: nobody holds a GoToWebinar licence' : `organizer names no active GoToWebinar organizer: ${ref}`);
  const subject = textField(request, 'subject', { max: 128 }) ?? 'Live session';
  // A week ahead on the hour, an hour long: far enough to register for.
  const startMs = Math.ceil((state.clock.nowMs() + 7 * 24 * HOUR) / HOUR) * HOUR;
  const webinar = createWebinar(state, host.organizerKey, { subject, description: '', times: [{ startMs, endMs: startMs + HOUR }], timeZone: 'UTC', type: 'single_session' });
  return { kind: 'webinar-created', webinar: webinar.webinarKey, organizer: host.email, subject };
}

function change(state: WebinarState, request: ChangeRequest): ChangeDetails {
  const webinar = findWebinar(state, refField(request, 'webinar'));
  const subject = textField(request, 'subject', { max: 128 });
  const startText = textField(request, 'startTime');
  const startMs = startText === undefined ? undefined : readTime(startText);
  if (startText !== undefined && startMs === undefined) throw new AdminInputError('startTime must be an ISO-8601 date-time');
  if (subject === undefined && startMs === undefined) throw new AdminInputError('subject or startTime is required');
  if (subject !== undefined) webinar.subject = subject;
  if (startMs !== undefined) {
    // Every session moves by the same amount, keeping its length.
    const shift = startMs - webinar.times[0]!.startMs;
    webinar.times = webinar.times.map((time) => ({ startMs: time.startMs + shift, endMs: time.endMs + shift }));
  }
  state.emit(webinarEvent('webinar.changed', webinar, state.account.accountKey, state.clock.nowMs()));
  return { kind: 'webinar-changed', webinar: webinar.webinarKey, subject: webinar.subject, startTime: new Date(webinar.times[0]!.startMs).toISOString() };
}

function draw(state: WebinarState, random: Prng, joined: Set<string>): ChangeRequest | undefined {
  const ahead = upcoming(state);
  if (ahead.length === 0) return { kind: 'webinar-created', subject: random.pick(TOPICS) };
  const kind = random.weighted([['registrant-added', 4], ['registrant-joined', 3], ['webinar-changed', 1], ['webinar-created', 0.5]] as const);
  const webinar = random.pick(ahead);
  switch (kind) {
    case 'registrant-added': {
      const taken = new Set(webinar.registrants.map((registrant) => registrant.person.email.toLowerCase()));
      const free = state.account.people.filter((person) => !taken.has(person.email.toLowerCase()));
      return free.length === 0 ? undefined : { kind, webinar: webinar.webinarKey, email: random.pick(free).email };
    }
    case 'registrant-joined': {
      const waiting = webinar.registrants.filter((registrant) => registrant.status === 'APPROVED' && !joined.has(registrant.registrantKey));
      return waiting.length === 0 ? undefined : { kind, webinar: webinar.webinarKey, registrant: random.pick(waiting).registrantKey };
    }
    case 'webinar-changed':
      return { kind, webinar: webinar.webinarKey, startTime: new Date(webinar.times[0]!.startMs + random.pick([30, 60, -30]) * MINUTE).toISOString() };
    default:
      return { kind, subject: random.pick(TOPICS) };
  }
}
