import { z } from 'zod';
import type { Transport } from '../transport/index.js';
import { decode, fetchDecoded, isoParam, key, segment, send, type GoToCallOptions } from './decode.js';
import type { DateWindow } from './meeting-client.js';
import type { GoToSession } from './oauth.js';
import { registerOnce, type Registration } from './registration.js';
import {
  reportAttendeeSchema,
  reportSessionSchema,
  trainingRegistrantSchema,
  trainingSchema,
  type G2TRegistrant,
  type G2TRegistrantInput,
  type G2TReportAttendee,
  type G2TReportSession,
  type G2TTraining,
  type G2TTrainingInput,
} from './training-types.js';

/** GoToTraining (`/G2T/rest`): trainings, registrants and the reports API. */
export interface GoToTrainingClient {
  readonly transport: Transport;
  /** The GoTo token endpoint's transport (shared by every GoTo product), for its breaker. */
  readonly tokenTransport: Transport;
  listTrainings(organizerKey: string, options?: GoToCallOptions): Promise<G2TTraining[]>;
  getTraining(organizerKey: string, trainingKey: string, options?: GoToCallOptions): Promise<G2TTraining | null>;
  createTraining(organizerKey: string, input: G2TTrainingInput, options?: GoToCallOptions): Promise<string>;
  /** The host URL (null: no such training). */
  startTraining(trainingKey: string, options?: GoToCallOptions): Promise<string | null>;
  /** The organizer's start link (`GET …/trainings/{trainingKey}/startUrl`: the organizer signs in when it opens); null: no such training. */
  startUrl(organizerKey: string, trainingKey: string, options?: GoToCallOptions): Promise<string | null>;
  listRegistrants(organizerKey: string, trainingKey: string, options?: GoToCallOptions): Promise<G2TRegistrant[]>;
  getRegistrant(organizerKey: string, trainingKey: string, registrantKey: string, options?: GoToCallOptions): Promise<G2TRegistrant | null>;
  /** A new registration, or (GoTo's 409) the one this email already has. */
  register(organizerKey: string, trainingKey: string, input: G2TRegistrantInput, options?: GoToCallOptions): Promise<Registration<G2TRegistrant>>;
  cancelRegistration(organizerKey: string, trainingKey: string, registrantKey: string, options?: GoToCallOptions): Promise<boolean>;
  /** Held sessions of one training (reports API). */
  sessionsOfTraining(organizerKey: string, trainingKey: string, options?: GoToCallOptions): Promise<G2TReportSession[]>;
  /** Held sessions of an organizer's trainings within a window (reports API). */
  sessionsByDate(organizerKey: string, window: DateWindow, options?: GoToCallOptions): Promise<G2TReportSession[]>;
  sessionAttendees(organizerKey: string, sessionKey: string, options?: GoToCallOptions): Promise<G2TReportAttendee[]>;
}

export function createGoToTrainingClient(session: GoToSession): GoToTrainingClient {
  const transport = session.productTransport('gototraining', '/G2T/rest');
  const trainingPath = (organizerKey: string, trainingKey: string) => `/organizers/${segment(organizerKey)}/trainings/${segment(trainingKey)}`;
  const getList = async <S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal) =>
    (await fetchDecoded(transport, { method: 'GET', path, acceptStatus: [404], signal }, z.array(schema))) ?? [];

  const client: GoToTrainingClient = {
    transport,
    tokenTransport: session.tokenTransport,
    listTrainings: (organizerKey, { signal } = {}) => getList(`/organizers/${segment(organizerKey)}/trainings`, trainingSchema, signal),
    getTraining: (organizerKey, trainingKey, { signal } = {}) =>
      fetchDecoded(transport, { method: 'GET', path: trainingPath(organizerKey, trainingKey), acceptStatus: [404], signal }, trainingSchema),
    async createTraining(organizerKey, input, { signal } = {}) {
      const call = {
        method: 'POST' as const,
        path: `/organizers/${segment(organizerKey)}/trainings`,
        signal,
        json: {
          name: input.name,
          description: input.description ?? '',
          timeZone: input.timeZone ?? 'UTC',
          times: input.times.map((t) => ({ startDate: isoParam(t.startTime), endDate: isoParam(t.endTime) })),
          registrationSettings: { disableWebRegistration: false, disableConfirmationEmail: false },
        },
      };
      const { body } = await send(transport, call);
      // The answer is the new key as a bare JSON string.
      return decode(transport, key, body, call);
    },
    async startTraining(trainingKey, { signal } = {}) {
      const started = await fetchDecoded(transport, { method: 'GET', path: `/trainings/${segment(trainingKey)}/start`, acceptStatus: [404], signal }, z.looseObject({ hostURL: z.string() }));
      return started?.hostURL ?? null;
    },
    async startUrl(organizerKey, trainingKey, { signal } = {}) {
      // The answer is the URL as a bare JSON string.
      return fetchDecoded(transport, { method: 'GET', path: `${trainingPath(organizerKey, trainingKey)}/startUrl`, acceptStatus: [404], signal }, z.string().min(1));
    },
    listRegistrants: (organizerKey, trainingKey, { signal } = {}) => getList(`${trainingPath(organizerKey, trainingKey)}/registrants`, trainingRegistrantSchema, signal),
    getRegistrant: (organizerKey, trainingKey, registrantKey, { signal } = {}) =>
      fetchDecoded(transport, { method: 'GET', path: `${trainingPath(organizerKey, trainingKey)}/registrants/${segment(registrantKey)}`, acceptStatus: [404], signal }, trainingRegistrantSchema),
    register(organizerKey, trainingKey, input, { signal } = {}) {
      const call = { method: 'POST' as const, path: `${trainingPath(organizerKey, trainingKey)}/registrants`, signal, json: { email: input.email, givenName: input.firstName, surname: input.lastName } };
      return registerOnce(
        transport,
        call,
        async (body) => {
          const created = decode(transport, z.looseObject({ registrantKey: key, joinUrl: z.string().nullable().optional() }), body, call);
          const registrant = await client.getRegistrant(organizerKey, trainingKey, created.registrantKey, { signal });
          return registrant ?? { registrantKey: created.registrantKey, ...input, email: input.email.toLowerCase(), status: 'APPROVED', registrationDate: null, joinUrl: created.joinUrl ?? null };
        },
        {
          // GoToTraining's 409 names the existing registration (`registrantKey`).
          byKey: (registrantKey) => client.getRegistrant(organizerKey, trainingKey, registrantKey, { signal }),
          byEmail: async () => (await client.listRegistrants(organizerKey, trainingKey, { signal })).find((r) => r.email === input.email.toLowerCase()),
        },
      );
    },
    async cancelRegistration(organizerKey, trainingKey, registrantKey, { signal } = {}) {
      const path = `${trainingPath(organizerKey, trainingKey)}/registrants/${segment(registrantKey)}`;
      return (await send(transport, { method: 'DELETE', path, acceptStatus: [404], signal })).status !== 404;
    },
    sessionsOfTraining: (organizerKey, trainingKey, { signal } = {}) =>
      getList(`/reports/organizers/${segment(organizerKey)}/trainings/${segment(trainingKey)}`, reportSessionSchema, signal),
    async sessionsByDate(organizerKey, window, { signal } = {}) {
      // A report query: POST, but it only reads, so it may be repeated.
      const call = { method: 'POST' as const, path: `/reports/organizers/${segment(organizerKey)}/sessions`, json: { startDate: isoParam(window.from), endDate: isoParam(window.to) }, idempotent: true, acceptStatus: [404], signal };
      return (await fetchDecoded(transport, call, z.array(reportSessionSchema))) ?? [];
    },
    sessionAttendees: (organizerKey, sessionKey, { signal } = {}) =>
      getList(`/reports/organizers/${segment(organizerKey)}/sessions/${segment(sessionKey)}/attendees`, reportAttendeeSchema, signal),
  };
  return client;
}
