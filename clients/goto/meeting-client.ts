import { z } from 'zod';
import type { Transport } from '../transport/index.js';
import { decode, fetchDecoded, isoParam, key, segment, send, type GoToCallOptions } from './decode.js';
import {
  attendeeSchema,
  createdMeetingSchema,
  groupSchema,
  historySchema,
  meetingSchema,
  organizerSchema,
  upcomingSchema,
  type G2MAttendee,
  type G2MCreatedMeeting,
  type G2MHistoricalMeeting,
  type G2MMeeting,
  type G2MMeetingInput,
  type G2MUpcomingMeeting,
  type GoToGroup,
  type GoToOrganizer,
  type GoToOrganizerInput,
  type MeetingScope,
} from './meeting-types.js';
import type { GoToSession } from './oauth.js';

export interface DateWindow {
  from: Date;
  to: Date;
}

/** GoToMeeting (`/G2M/rest`): the organizer API and the administrator/reporting API. */
export interface GoToMeetingClient {
  readonly transport: Transport;
  /** The GoTo token endpoint's transport (shared by every GoTo product), for its breaker. */
  readonly tokenTransport: Transport;
  listOrganizers(filter?: { email?: string }, options?: GoToCallOptions): Promise<GoToOrganizer[]>;
  getOrganizer(organizerKey: string, options?: GoToCallOptions): Promise<GoToOrganizer | null>;
  /** 409 (the email is taken) throws UPSTREAM_REJECTED with status 409. */
  createOrganizer(input: GoToOrganizerInput, options?: GoToCallOptions): Promise<{ organizerKey: string; email: string }>;
  /** False when there was no such organizer. */
  deleteOrganizer(organizerKey: string, options?: GoToCallOptions): Promise<boolean>;
  /**
   * Suspends (GoTo removes every product) or reactivates (by granting `product`, default G2M, as
   * GoTo requires since `status: "active"` was deprecated). False when there was no such organizer.
   */
  setOrganizerStatus(organizerKey: string, status: 'active' | 'suspended', options?: GoToCallOptions & { product?: GoToOrganizerInput['productType'] }): Promise<boolean>;
  listGroups(options?: GoToCallOptions): Promise<GoToGroup[]>;
  listGroupOrganizers(groupKey: string, options?: GoToCallOptions): Promise<GoToOrganizer[]>;
  /** Held meeting instances started within the window (an unknown organizer or group gives []). */
  historicalMeetings(scope: MeetingScope, window: DateWindow, options?: GoToCallOptions): Promise<G2MHistoricalMeeting[]>;
  upcomingMeetings(scope: MeetingScope, options?: GoToCallOptions): Promise<G2MUpcomingMeeting[]>;
  /** Attendees of the scope's meetings held within the window (organizer or group). */
  attendees(scope: Exclude<MeetingScope, 'self'>, window: DateWindow, options?: GoToCallOptions): Promise<G2MAttendee[]>;
  /** Attendees of every held instance of a meeting (or of one instance, by its meetingInstanceKey). */
  meetingAttendees(meetingIdOrInstanceKey: string, options?: GoToCallOptions): Promise<G2MAttendee[]>;
  getMeeting(meetingId: string, options?: GoToCallOptions): Promise<G2MMeeting | null>;
  /**
   * Schedules a meeting for the token's organizer, or with `organizerKey` for that organizer of the
   * account (`POST /organizers/{organizerKey}/meetings`, modeled: see simulator/goto/README.md).
   */
  createMeeting(input: G2MMeetingInput, options?: GoToCallOptions & { organizerKey?: string }): Promise<G2MCreatedMeeting>;
  /** False when there was no such meeting. */
  updateMeeting(meetingId: string, input: G2MMeetingInput, options?: GoToCallOptions): Promise<boolean>;
  deleteMeeting(meetingId: string, options?: GoToCallOptions): Promise<boolean>;
  /** The organizer's host URL (null: no such meeting). */
  startMeeting(meetingId: string, options?: GoToCallOptions): Promise<string | null>;
  /** Ends a running meeting (modeled endpoint, see simulator/goto/README.md); false when there was no such meeting. */
  endMeeting(meetingId: string, options?: GoToCallOptions): Promise<boolean>;
}

/** GoTo answers lists and single records alike as arrays. */
const list = <S extends z.ZodType>(schema: S) => z.array(schema);
const one = <S extends z.ZodType>(schema: S) => z.array(schema).min(1).transform((items) => items[0] as z.output<S>);

function scopePath(scope: MeetingScope): string {
  if (scope === 'self') return '';
  return 'organizerKey' in scope ? `/organizers/${segment(scope.organizerKey)}` : `/groups/${segment(scope.groupKey)}`;
}

/** The lower-case body keys `POST`/`PUT /meetings` take. */
function meetingBody(input: G2MMeetingInput): Record<string, unknown> {
  return {
    subject: input.subject,
    starttime: input.startTime && isoParam(input.startTime),
    endtime: input.endTime && isoParam(input.endTime),
    passwordrequired: input.passwordRequired,
    conferencecallinfo: input.conferenceCallInfo,
    timezonekey: input.timezoneKey ?? (input.startTime ? '' : undefined),
    meetingtype: input.meetingType,
  };
}

export function createGoToMeetingClient(session: GoToSession): GoToMeetingClient {
  const transport = session.productTransport('gotomeeting', '/G2M/rest');
  const window = (w: DateWindow) => ({ startDate: isoParam(w.from), endDate: isoParam(w.to) });
  const getList = async <S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal, query?: Record<string, string>) =>
    (await fetchDecoded(transport, { method: 'GET', path, query, acceptStatus: [404], signal }, list(schema))) ?? [];
  /** A write that answers 204; false on 404. */
  const write = async (method: 'PUT' | 'DELETE' | 'POST', path: string, json: unknown, signal?: AbortSignal) =>
    (await send(transport, { method, path, json, acceptStatus: [404], signal })).status !== 404;

  return {
    transport,
    tokenTransport: session.tokenTransport,
    listOrganizers: (filter, { signal } = {}) => getList('/organizers', organizerSchema, signal, filter?.email ? { email: filter.email } : undefined),
    async getOrganizer(organizerKey, { signal } = {}) {
      return fetchDecoded(transport, { method: 'GET', path: `/organizers/${segment(organizerKey)}`, acceptStatus: [404], signal }, one(organizerSchema));
    },
    async createOrganizer(input, { signal } = {}) {
      const path = input.groupKey ? `/groups/${segment(input.groupKey)}/organizers` : '/organizers';
      const call = { method: 'POST' as const, path, signal, json: { organizerEmail: input.email, firstName: input.firstName, lastName: input.lastName, productType: input.productType } };
      const { body } = await send(transport, call);
      const created = decode(transport, one(z.looseObject({ key, email: z.string() })), body, call);
      return { organizerKey: created.key, email: created.email };
    },
    deleteOrganizer: (organizerKey, { signal } = {}) => write('DELETE', `/organizers/${segment(organizerKey)}`, undefined, signal),
    setOrganizerStatus: (organizerKey, status, { signal, product } = {}) =>
      write('PUT', `/organizers/${segment(organizerKey)}`, status === 'suspended' ? { status } : { productType: product ?? 'G2M' }, signal),
    listGroups: ({ signal } = {}) => getList('/groups', groupSchema, signal),
    listGroupOrganizers: (groupKey, { signal } = {}) => getList(`/groups/${segment(groupKey)}/organizers`, organizerSchema, signal),
    historicalMeetings: (scope, w, { signal } = {}) => getList(`${scopePath(scope)}/historicalMeetings`, historySchema, signal, window(w)),
    upcomingMeetings: (scope, { signal } = {}) => getList(`${scopePath(scope)}/upcomingMeetings`, upcomingSchema, signal),
    attendees: (scope, w, { signal } = {}) => getList(`${scopePath(scope)}/attendees`, attendeeSchema, signal, window(w)),
    meetingAttendees: (id, { signal } = {}) => getList(`/meetings/${segment(id)}/attendees`, attendeeSchema, signal),
    async getMeeting(meetingId, { signal } = {}) {
      return fetchDecoded(transport, { method: 'GET', path: `/meetings/${segment(meetingId)}`, acceptStatus: [404], signal }, one(meetingSchema));
    },
    async createMeeting(input, { signal, organizerKey } = {}) {
      const path = organizerKey ? `/organizers/${segment(organizerKey)}/meetings` : '/meetings';
      const call = { method: 'POST' as const, path, json: meetingBody(input), signal };
      const { body } = await send(transport, call);
      return decode(transport, one(createdMeetingSchema), body, call);
    },
    updateMeeting: (meetingId, input, { signal } = {}) => write('PUT', `/meetings/${segment(meetingId)}`, meetingBody(input), signal),
    deleteMeeting: (meetingId, { signal } = {}) => write('DELETE', `/meetings/${segment(meetingId)}`, undefined, signal),
    async startMeeting(meetingId, { signal } = {}) {
      const started = await fetchDecoded(transport, { method: 'GET', path: `/meetings/${segment(meetingId)}/start`, acceptStatus: [404], signal }, z.looseObject({ hostURL: z.string() }));
      return started?.hostURL ?? null;
    },
    endMeeting: (meetingId, { signal } = {}) => write('POST', `/meetings/${segment(meetingId)}/end`, undefined, signal),
  };
}
