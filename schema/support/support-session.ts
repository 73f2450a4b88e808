import { z } from 'zod';
import { pageThrough } from '../../domain/paging.js';
import { PARTICIPANT_KINDS, SESSION_EVENT_KINDS, SESSION_RESOLUTIONS, SESSION_STATUSES, type Participant, type SupportSession, type SupportSessionEvent, type SupportVendor } from '../../domain/support.js';
import { linkedTicket } from '../../resolvers/support/links.js';
import { listSupportSessions, sessionAgent, sessionEvents, sessionFeedback, supportSessionsById, type SessionConnection } from '../../resolvers/support/sessions.js';
import { queuesById, teamsById } from '../../resolvers/support/teams.js';
import { ticketById } from '../../resolvers/tickets/tickets.js';
import { VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { vendorKey, vendorKeyArg } from '../core/ids.js';
import { agentKeyArg, loadSupportNodes, supportRecordArg } from './support-ids.js';
import { AgentRef, QueueRef, SupportSessionRef, SupportTeamRef } from './support-refs.js';
import { TicketRef } from '../tickets/ticket-ref.js';
import { sourceFields } from '../core/history-source.js';
import { UnavailableVendorRef } from '../core/unavailable-vendor.js';
import { VendorEnum } from '../core/vendor.js';

export const SupportSessionStatusEnum = builder.enumType('SupportSessionStatus', { values: SESSION_STATUSES });
export const SessionResolutionEnum = builder.enumType('SessionResolution', { values: SESSION_RESOLUTIONS });
const SessionEventKindEnum = builder.enumType('SupportSessionEventKind', { values: SESSION_EVENT_KINDS });
const ParticipantKindEnum = builder.enumType('ParticipantKind', { values: PARTICIPANT_KINDS });

const ParticipantRef = builder.objectRef<Participant>('SessionParticipant').implement({
  description: 'Who did something in a session: the customer, an agent, or the system.',
  authScopes: VIEWER,
  fields: (t) => ({
    kind: t.field({ type: ParticipantKindEnum, nullable: false, resolve: (p) => p.kind }),
    name: t.exposeString('name', { nullable: false }),
  }),
});

const SessionEventRef = builder.objectRef<SupportSessionEvent>('SupportSessionEvent').implement({
  description: 'One thing that happened in a session: a chat message, a file transfer, a note, a transfer, the start or end, someone joining or leaving, or another vendor event (kind OTHER, named by vendorType).',
  authScopes: VIEWER,
  fields: (t) => ({
    kind: t.field({ type: SessionEventKindEnum, nullable: false, resolve: (e) => e.kind }),
    vendorType: t.exposeString('vendorType', { nullable: false, description: "The vendor's own name for the event, e.g. `File Upload`." }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    by: t.field({ type: ParticipantRef, resolve: (e) => e.by }),
    to: t.field({ type: ParticipantRef, resolve: (e) => e.to }),
    body: t.exposeString('body', { description: 'The message, the note, or the event data.' }),
    fileName: t.exposeString('fileName'),
    fileSize: t.exposeInt('fileSize', { description: 'Bytes.' }),
  }),
});

const SupportCustomerRef = builder.objectRef<SupportSession['customer']>('SupportCustomer').implement({
  description: 'The customer as the remote-support vendor recorded them.',
  authScopes: VIEWER,
  fields: (t) => ({
    name: t.exposeString('name'),
    company: t.exposeString('company', { description: 'Bomgar only (the front-end survey); GoToAssist keeps no company.' }),
    email: t.exposeString('email', { description: "GoToAssist only; Bomgar's session report carries no customer email." }),
  }),
});

/** The listing's connection: edges plus the vendors it could not read. */
export const SupportSessionConnectionRef = builder.connectionObject({
  type: SupportSessionRef,
  name: 'SupportSessionConnection',
  fields: (t) => ({
    unavailableVendors: t.field({
      type: [UnavailableVendorRef],
      nullable: false,
      description: 'Vendors that could not answer: their sessions are missing from this page.',
      resolve: (connection) => (connection as unknown as SessionConnection).unavailableVendors,
    }),
    ...sourceFields(t),
  }),
});

builder.node(SupportSessionRef, {
  description: 'A remote-support session (GoToAssist or Bomgar / BeyondTrust).',
  id: { resolve: (session) => vendorKey(session.vendor, session.vendorId) },
  loadMany: (ids, ctx) => loadSupportNodes(ids, (vendor, keys) => supportSessionsById(ctx, vendor, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (s) => s.vendor }),
    vendorId: t.exposeString('vendorId', { nullable: false, description: 'The session id at the vendor (Bomgar lsid, GoToAssist sessionId).' }),
    status: t.field({ type: SupportSessionStatusEnum, nullable: false, resolve: (s) => s.status }),
    startedAt: t.field({ type: 'DateTime', resolve: (s) => s.startedAt }),
    endedAt: t.field({ type: 'DateTime', resolve: (s) => s.endedAt }),
    durationSeconds: t.exposeInt('durationSeconds', { description: 'Seconds from start to end. While a session runs: the time so far for Bomgar (its report says), null for GoToAssist.' }),
    portal: t.exposeString('portal', { description: 'The public site (Bomgar) or entry portal (GoToAssist) the customer came through.' }),
    customer: t.field({ type: SupportCustomerRef, nullable: false, resolve: (s) => s.customer }),
    agent: t.field({ type: AgentRef, description: 'Who handled (or handles) the session.', resolve: (s, _args, ctx) => sessionAgent(ctx, s) }),
    team: t.field({
      type: SupportTeamRef,
      resolve: async (s, _args, ctx) => (s.teamId ? ((await teamsById(ctx, s.vendor, [s.teamId]))[0] ?? null) : null),
    }),
    queue: t.field({
      type: QueueRef,
      resolve: async (s, _args, ctx) => (s.queueId ? ((await queuesById(ctx, s.vendor, [s.queueId]))[0] ?? null) : null),
    }),
    resolution: t.field({ type: SessionResolutionEnum, resolve: async (s, _args, ctx) => (await sessionFeedback(ctx, s)).resolution }),
    rating: t.int({ description: "The customer's rating, 1 to 5.", resolve: async (s, _args, ctx) => (await sessionFeedback(ctx, s)).rating }),
    feedback: t.string({ description: "The customer's comment.", resolve: async (s, _args, ctx) => (await sessionFeedback(ctx, s)).comment }),
    events: t.connection({
      type: SessionEventRef,
      description: 'Chat messages, file transfers, notes, transfers, joins and leaves, start and end; oldest first.',
      resolve: async (s, args, ctx) => {
        const events = await sessionEvents(ctx, s);
        return pageThrough(async (token) => {
          const offset = token ? Number(token) : 0;
          return { items: events.slice(offset, offset + 100), next: offset + 100 < events.length ? String(offset + 100) : null };
        }, args, { defaultFirst: 50, maxFirst: 100 });
      },
    }),
    recordingUrl: t.exposeString('recordingUrl', { description: 'Where the recording or replay is viewed (at the vendor, behind its sign-in).' }),
    externalKey: t.exposeString('externalKey', { description: 'The ticket key stored at the vendor (Bomgar external key, GoToAssist partnerObject).' }),
    ticket: t.field({
      type: TicketRef,
      description: "The helpdesk ticket: through the vendor's external key or partner object, or the gateway's own link.",
      resolve: async (s, _args, ctx) => {
        const key = s.externalKey && /^[1-9]\d{0,19}$/.test(s.externalKey) ? s.externalKey : await linkedTicket(ctx, s.vendor, s.vendorId);
        return key ? ticketById(ctx, key) : null;
      },
    }),
  }),
});

const SessionFilterInput = builder.inputType('SupportSessionFilter', {
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum }),
    agentId: t.id({ description: 'An Agent id: sessions any of their vendor accounts handled.' }),
    teamId: t.id({ description: 'A SupportTeam id: sessions its members handled.' }),
    status: t.field({ type: SupportSessionStatusEnum }),
    from: t.field({ type: 'DateTime', description: 'Sessions that started at or after; default 400 days before `to`.' }),
    to: t.field({ type: 'DateTime', description: 'Sessions that started before; default now.' }),
    ticketId: t.id({ description: 'A Ticket id or Zendesk ticket number.' }),
    ratingAtMost: t.int({ description: 'Rated sessions with at most this many stars (1 to 5).', validate: z.number().int().min(1, 'must be at least 1').max(5, 'must be at most 5') }),
  }),
});

builder.queryFields((t) => ({
  supportSession: t.field({
    type: SupportSessionRef,
    authScopes: VIEWER,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const { vendor, vendorId } = supportRecordArg(String(id), 'SupportSession', 'id');
      return (await supportSessionsById(ctx, vendor, [vendorId]))[0] ?? null;
    },
  }),
  supportSessions: t.connection(
    {
      type: SupportSessionRef,
      authScopes: VIEWER,
      description: 'Remote-support sessions across vendors, newest first. A vendor that fails is named in unavailableVendors; the others still list. Read from the store when it covers the window for every vendor listed (source, syncedAt).',
      args: { filter: t.arg({ type: SessionFilterInput }) },
      resolve: (_root, { filter, ...page }, ctx) =>
        listSupportSessions(
          ctx,
          {
            vendor: filter?.vendor as SupportVendor | null | undefined,
            status: filter?.status,
            from: filter?.from,
            to: filter?.to,
            ratingAtMost: filter?.ratingAtMost,
            agentKey: filter?.agentId ? agentKeyArg(String(filter.agentId), 'filter.agentId') : null,
            team: filter?.teamId ? supportRecordArg(String(filter.teamId), 'SupportTeam', 'filter.teamId') : null,
            ticketId: filter?.ticketId ? vendorKeyArg(String(filter.ticketId), 'Ticket', 'zendesk', 'filter.ticketId') : null,
          },
          page,
        ),
    },
    SupportSessionConnectionRef,
  ),
}));

builder.objectFields(TicketRef, (t) => ({
  supportSessions: t.connection(
    {
      type: SupportSessionRef,
      description: 'Remote-support sessions opened for this ticket (GoToAssist, Bomgar), newest first.',
      resolve: (ticket, page, ctx) => listSupportSessions(ctx, { ticketId: ticket.vendorId }, page),
    },
    SupportSessionConnectionRef,
  ),
}));
