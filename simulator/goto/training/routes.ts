import type { VirtualClock } from '../../core/clock.js';
import type { Prng } from '../../core/prng.js';
import type { VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { GoToAccount } from '../account.js';
import { emailField, objectBody, text } from '../body.js';
import { badRequest, gotoError, notFound } from '../errors.js';
import { gotoJson, noContent, num } from '../json.js';
import type { ProductRouteContext } from '../product-router.js';
import { readRanges, readTime } from '../time.js';
import type { Training } from './model.js';
import { absenteeJson, registrantJson, reportAttendeeJson, reportSessionJson, trainingJoinUrl, trainingJson, trainingStartUrl } from './serialize.js';

export interface TrainingState {
  trainings: Training[];
  account: GoToAccount;
  clock: VirtualClock;
  random: Prng;
}

export type TrainingRouteContext = ProductRouteContext<TrainingState>;

/** Every time is over: `GET /organizers/{ok}/trainings` leaves these out (ongoing ones stay). */
const completed = (training: Training, nowMs: number) => training.times.every((time) => time.endMs <= nowMs);
const hasOrganizer = (state: TrainingState, key: string | undefined) => state.account.organizers.some((o) => o.organizerKey === key);
const trainingOf = (state: TrainingState, org: string | undefined, key: string | undefined) =>
  state.trainings.find((t) => t.trainingKey === key && t.organizerKeys.includes(org ?? ''));

function createTraining(req: SimRequest, state: TrainingState, org: string): VendorReply {
  const body = objectBody(req);
  if ('reply' in body) return body.reply;
  const name = text(body.input, 'name', 128);
  if (!name) return badRequest('name is required (at most 128 characters)');
  const times = readRanges(body.input.times, 'startDate', 'endDate');
  if (!times) return badRequest('times must be a non-empty list of {startDate, endDate} with endDate after startDate');
  const last = state.trainings.at(-1);
  const training: Training = {
    trainingKey: state.account.keys.next('training'),
    trainingId: String(Number(last?.trainingId ?? '300000000') + state.random.int(1, 999)),
    name,
    description: typeof body.input.description === 'string' ? body.input.description : '',
    timeZone: typeof body.input.timeZone === 'string' ? body.input.timeZone : 'UTC',
    times,
    organizerKeys: [org],
    registrants: [],
    sessions: [],
  };
  state.trainings.push(training);
  // The real API answers with the key as a bare JSON string.
  return gotoJson(201, training.trainingKey);
}

/** GoToTraining: trainings, registrants, start, and the reports API. */
export function registerTrainingRoutes(router: Router<TrainingRouteContext>): void {
  router
    .add('GET', '/organizers/:org/trainings', (_req, { org }, { state }) =>
      hasOrganizer(state, org)
        ? gotoJson(200, state.trainings.filter((t) => t.organizerKeys.includes(org!) && !completed(t, state.clock.nowMs())).map((t) => trainingJson(t, state.account)))
        : notFound('Organizer'),
    )
    .add('POST', '/organizers/:org/trainings', (req, { org }, { state }) => (hasOrganizer(state, org) ? createTraining(req, state, org!) : notFound('Organizer')))
    .add('GET', '/organizers/:org/trainings/:tk', (_req, { org, tk }, { state }) => {
      const training = trainingOf(state, org, tk);
      return training ? gotoJson(200, trainingJson(training, state.account)) : notFound('Training');
    })
    .add('DELETE', '/organizers/:org/trainings/:tk', (_req, { org, tk }, { state }) => {
      const training = trainingOf(state, org, tk);
      if (!training) return notFound('Training');
      state.trainings.splice(state.trainings.indexOf(training), 1);
      return noContent();
    })
    .add('GET', '/trainings/:tk/start', (_req, { tk }, { state }) => {
      const training = state.trainings.find((t) => t.trainingKey === tk);
      return training ? gotoJson(200, { hostURL: `https://global.gototraining.com/start/${training.trainingKey}` }) : notFound('Training');
    })
    .add('GET', '/organizers/:org/trainings/:tk/startUrl', (_req, { org, tk }, { state }) => {
      const training = trainingOf(state, org, tk);
      // The answer is the URL as a bare JSON string; the organizer signs in when it opens.
      return training ? gotoJson(200, trainingStartUrl(training)) : notFound('Training');
    })
    .add('GET', '/organizers/:org/trainings/:tk/registrants', (_req, { org, tk }, { state }) => {
      const training = trainingOf(state, org, tk);
      return training ? gotoJson(200, training.registrants.map((r) => registrantJson(training, r))) : notFound('Training');
    })
    .add('POST', '/organizers/:org/trainings/:tk/registrants', (req, { org, tk }, { state }) => {
      const training = trainingOf(state, org, tk);
      if (!training) return notFound('Training');
      const body = objectBody(req);
      if ('reply' in body) return body.reply;
      const email = emailField(body.input, 'email');
      const givenName = text(body.input, 'givenName', 128);
      const surname = text(body.input, 'surname', 128);
      if (!email || !givenName || !surname) return badRequest('email, givenName and surname are required');
      const existing = training.registrants.find((r) => r.person.email.toLowerCase() === email);
      // GoToTraining names the existing registration in its 409 (as an int64 number).
      if (existing) return gotoError(409, 'DuplicateRegistrant', 'Registration failed, email address already in use.', { registrantKey: num(existing.registrantKey) });
      const registrant = {
        registrantKey: state.account.keys.next('registrant'),
        person: { firstName: givenName, lastName: surname, email },
        status: 'APPROVED' as const,
        registrationMs: state.clock.nowMs(),
      };
      training.registrants.push(registrant);
      const json = registrantJson(training, registrant);
      return gotoJson(201, { joinUrl: trainingJoinUrl(training, registrant), confirmationUrl: json.confirmationUrl, registrantKey: json.registrantKey });
    })
    .add('GET', '/organizers/:org/trainings/:tk/registrants/:rk', (_req, { org, tk, rk }, { state }) => {
      const training = trainingOf(state, org, tk);
      const registrant = training?.registrants.find((r) => r.registrantKey === rk);
      return training && registrant ? gotoJson(200, registrantJson(training, registrant)) : notFound('Registrant');
    })
    .add('DELETE', '/organizers/:org/trainings/:tk/registrants/:rk', (_req, { org, tk, rk }, { state }) => {
      const training = trainingOf(state, org, tk);
      const index = training?.registrants.findIndex((r) => r.registrantKey === rk) ?? -1;
      if (!training || index < 0) return notFound('Registrant');
      training.registrants.splice(index, 1);
      return noContent();
    })
    .add('POST', '/reports/organizers/:org/sessions', (req, { org }, { state }) => {
      if (!hasOrganizer(state, org)) return notFound('Organizer');
      const body = objectBody(req);
      if ('reply' in body) return body.reply;
      const from = readTime(body.input.startDate);
      const to = readTime(body.input.endDate);
      if (from === undefined || to === undefined) return badRequest('startDate and endDate are required, in ISO-8601 UTC format');
      const rows = state.trainings
        .filter((t) => t.organizerKeys.includes(org!))
        .flatMap((t) => t.sessions.filter((s) => s.startMs >= from && s.startMs <= to).map((s) => ({ t, s })))
        .sort((a, b) => a.s.startMs - b.s.startMs);
      return gotoJson(200, rows.map(({ t, s }) => reportSessionJson(t, s, state.account)));
    })
    .add('GET', '/reports/organizers/:org/trainings/:tk', (_req, { org, tk }, { state }) => {
      const training = trainingOf(state, org, tk);
      return training ? gotoJson(200, training.sessions.map((s) => reportSessionJson(training, s, state.account))) : notFound('Training');
    })
    .add('GET', '/reports/organizers/:org/sessions/:sk/attendees', (_req, { org, sk }, { state }) => {
      const training = state.trainings.find((t) => t.organizerKeys.includes(org ?? '') && t.sessions.some((s) => s.sessionKey === sk));
      const session = training?.sessions.find((s) => s.sessionKey === sk);
      if (!training || !session) return notFound('Session');
      // Registrants who did not attend come last, with timeInSession 0 (as the reports API lists them).
      const attended = new Set(session.attendees.map((a) => a.person.email));
      const absent = training.registrants.filter((r) => r.status === 'APPROVED' && !attended.has(r.person.email));
      return gotoJson(200, [...session.attendees.map(reportAttendeeJson), ...absent.map(absenteeJson)]);
    });
}
