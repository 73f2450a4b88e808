import { z } from 'zod';
import type { Transport } from '../transport/index.js';
import { decode, fetchDecoded, isoParam, segment, send, type GoToCallOptions } from './decode.js';
import type { DateWindow } from './meeting-client.js';
import type { GoToSession } from './oauth.js';
import { registerOnce, type Registration } from './registration.js';
import {
  webinarAttendeeSchema,
  createdRegistrantSchema,
  registrantSchema,
  sessionSchema,
  pageSchema,
  webinarSchema,
  type G2WAttendee,
  type G2WRegistrant,
  type G2WRegistrantInput,
  type G2WSession,
  type G2WWebinar,
  type G2WWebinarInput,
} from './webinar-types.js';

/** GoToWebinar v2 (`/G2W/rest/v2`). Webinar paths sit under their organizer, as in the API. */
export interface GoToWebinarClient {
  readonly transport: Transport;
  /** The GoTo token endpoint's transport (shared by every GoTo product), for its breaker. */
  readonly tokenTransport: Transport;
  /** Every webinar of the signed-in account with a time in the window, all pages read (200 a page). */
  listAccountWebinars(window: DateWindow, options?: GoToCallOptions): Promise<G2WWebinar[]>;
  getWebinar(organizerKey: string, webinarKey: string, options?: GoToCallOptions): Promise<G2WWebinar | null>;
  createWebinar(organizerKey: string, input: G2WWebinarInput, options?: GoToCallOptions): Promise<string>;
  listSessions(organizerKey: string, webinarKey: string, options?: GoToCallOptions): Promise<G2WSession[]>;
  listRegistrants(organizerKey: string, webinarKey: string, options?: GoToCallOptions): Promise<G2WRegistrant[]>;
  getRegistrant(organizerKey: string, webinarKey: string, registrantKey: string, options?: GoToCallOptions): Promise<G2WRegistrant | null>;
  /** A new registration, or (GoTo's 409) the one this email already has. */
  register(organizerKey: string, webinarKey: string, input: G2WRegistrantInput, options?: GoToCallOptions): Promise<Registration<G2WRegistrant>>;
  /** False when there was no such registration. */
  cancelRegistration(organizerKey: string, webinarKey: string, registrantKey: string, options?: GoToCallOptions): Promise<boolean>;
  /** Attendance of every held session of the webinar. */
  listAttendees(organizerKey: string, webinarKey: string, options?: GoToCallOptions): Promise<G2WAttendee[]>;
  /** The organizer's start link (`GET /webinars/{webinarKey}/startUrl`; the organizer signs in when it opens); null: no such webinar. */
  startUrl(webinarKey: string, options?: GoToCallOptions): Promise<string | null>;
}

const PAGE_SIZE = 200;
/** Bound on pages read for one listing (40,000 webinars), so a looping vendor cannot hold a request forever. */
const MAX_PAGES = 200;

export function createGoToWebinarClient(session: GoToSession): GoToWebinarClient {
  const transport = session.productTransport('gotowebinar', '/G2W/rest/v2');
  const webinarPath = (organizerKey: string, webinarKey: string) => `/organizers/${segment(organizerKey)}/webinars/${segment(webinarKey)}`;
  /** Every item of a v2 paged listing (200 a page), a 404 being an empty one. */
  async function allPages<S extends z.ZodType>(path: string, query: Record<string, string>, name: string, item: S, signal?: AbortSignal): Promise<z.output<S>[]> {
    const items: z.output<S>[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const decoded = await fetchDecoded(transport, { method: 'GET', path, query: { ...query, page, size: PAGE_SIZE }, acceptStatus: [404], signal }, pageSchema(name, item));
      if (!decoded) break;
      items.push(...((decoded._embedded?.[name] ?? []) as z.output<S>[]));
      if (page + 1 >= decoded.page.totalPages) break;
    }
    return items;
  }
  const getList = async <S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal) =>
    (await fetchDecoded(transport, { method: 'GET', path, acceptStatus: [404], signal }, z.array(schema))) ?? [];

  const client: GoToWebinarClient = {
    transport,
    tokenTransport: session.tokenTransport,
    async listAccountWebinars(window, { signal } = {}) {
      const { accountKey } = await session.token({ signal });
      const query = { fromTime: isoParam(window.from), toTime: isoParam(window.to) };
      return allPages(`/accounts/${segment(accountKey)}/webinars`, query, 'webinars', webinarSchema, signal);
    },
    getWebinar: (organizerKey, webinarKey, { signal } = {}) =>
      fetchDecoded(transport, { method: 'GET', path: webinarPath(organizerKey, webinarKey), acceptStatus: [404], signal }, webinarSchema),
    async createWebinar(organizerKey, input, { signal } = {}) {
      const call = {
        method: 'POST' as const,
        path: `/organizers/${segment(organizerKey)}/webinars`,
        signal,
        json: {
          subject: input.subject,
          description: input.description,
          times: input.times.map((t) => ({ startTime: isoParam(t.startTime), endTime: isoParam(t.endTime) })),
          timeZone: input.timeZone ?? 'UTC',
          type: input.type,
        },
      };
      const { body } = await send(transport, call);
      return decode(transport, z.looseObject({ webinarKey: z.union([z.string(), z.number()]).transform(String) }), body, call).webinarKey;
    },
    listSessions: (organizerKey, webinarKey, { signal } = {}) =>
      allPages(`${webinarPath(organizerKey, webinarKey)}/sessions`, {}, 'sessionInfoResources', sessionSchema, signal),
    listRegistrants: (organizerKey, webinarKey, { signal } = {}) => getList(`${webinarPath(organizerKey, webinarKey)}/registrants`, registrantSchema, signal),
    getRegistrant: (organizerKey, webinarKey, registrantKey, { signal } = {}) =>
      fetchDecoded(transport, { method: 'GET', path: `${webinarPath(organizerKey, webinarKey)}/registrants/${segment(registrantKey)}`, acceptStatus: [404], signal }, registrantSchema),
    register(organizerKey, webinarKey, input, { signal } = {}) {
      const call = { method: 'POST' as const, path: `${webinarPath(organizerKey, webinarKey)}/registrants`, json: input, signal };
      return registerOnce(
        transport,
        call,
        async (body) => {
          const created = decode(transport, createdRegistrantSchema, body, call);
          const registrant = await client.getRegistrant(organizerKey, webinarKey, created.registrantKey, { signal });
          return registrant ?? { registrantKey: created.registrantKey, ...input, email: input.email.toLowerCase(), status: 'APPROVED', registrationDate: null, joinUrl: created.joinUrl ?? null };
        },
        {
          byKey: (registrantKey) => client.getRegistrant(organizerKey, webinarKey, registrantKey, { signal }),
          byEmail: async () => (await client.listRegistrants(organizerKey, webinarKey, { signal })).find((r) => r.email === input.email.toLowerCase()),
        },
      );
    },
    async cancelRegistration(organizerKey, webinarKey, registrantKey, { signal } = {}) {
      const path = `${webinarPath(organizerKey, webinarKey)}/registrants/${segment(registrantKey)}`;
      return (await send(transport, { method: 'DELETE', path, acceptStatus: [404], signal })).status !== 404;
    },
    listAttendees: (organizerKey, webinarKey, { signal } = {}) =>
      allPages(`${webinarPath(organizerKey, webinarKey)}/attendees`, {}, 'attendeeParticipationResponses', webinarAttendeeSchema, signal),
    async startUrl(webinarKey, { signal } = {}) {
      const call = { method: 'GET' as const, path: `/webinars/${segment(webinarKey)}/startUrl`, acceptStatus: [404], signal };
      return (await fetchDecoded(transport, call, z.looseObject({ startUrl: z.string().min(1) })))?.startUrl ?? null;
    },
  };
  return client;
}
