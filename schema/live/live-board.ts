import { decodeGlobalID } from '@pothos/plugin-relay';
import type { LiveBoard } from '../../domain/live.js';
import { POLLED_VENDORS, type LiveQueue, type VendorStatus, type WebinarActivity } from '../../domain/live.js';
import { InputError } from '../../domain/errors.js';
import { watchAgentStatus, type AgentStatusEvent } from '../../resolvers/live/agent-status.js';
import { LIVE_BOARD_EVENT_KINDS, watchLiveBoard, type LiveBoardEvent } from '../../resolvers/live/board.js';
import { eachEvent, peopleFromBoard } from '../../resolvers/live/event-context.js';
import { watchQueues, type QueueEvent } from '../../resolvers/live/queues.js';
import { watchSessions, type SessionEvent } from '../../resolvers/live/sessions.js';
import type { SupportQueue } from '../../domain/support.js';
import { longestWaitAt } from '../../domain/queue-wait.js';
import { activeAlerts } from '../../resolvers/live/alerts.js';
import { withAcknowledgements } from '../../resolvers/live/acknowledge-alert.js';
import { MANAGER, VIEWER } from '../core/access.js';
import { AlertRef } from './alert.js';
import { KpisRef, SERVICE_LEVEL_ARG } from './kpis.js';
import { kpisToday } from '../../resolvers/live/kpis.js';
import { AgentIdentityRef, AgentStatusEnum } from '../agents/agent.js';
import { builder } from '../core/builder.js';
import { vendorKeyArg } from '../core/ids.js';
import { agentKeyArg, supportRecordArg } from '../support/support-ids.js';
import { AgentRef, QueueRef, SupportSessionRef } from '../support/support-refs.js';
import { SupportSessionStatusEnum } from '../support/support-session.js';
import { VendorEnum } from '../core/vendor.js';

/**
 * Live status for dashboards: the board (agents, queues, active sessions, vendor reachability)
 * and its subscriptions. Events carry the same types the queries return. Role: viewer, like the
 * queries behind them.
 */

type VendorValue = typeof VendorEnum.$inferType;

/** A board queue as the Queue type reads it (an Ameyo campaign queue has vendor `ameyo`). */
const asQueue = (queue: LiveQueue) => queue as unknown as SupportQueue;

const LiveVendorStatusRef = builder.objectRef<VendorStatus>('LiveVendorStatus').implement({
  description: 'Whether the live engine reaches a polled vendor. While it does not, the board keeps that vendor\'s last known records.',
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (status) => status.vendor as VendorValue }),
    reachable: t.exposeBoolean('reachable', { nullable: false }),
    since: t.field({ type: 'DateTime', nullable: false, description: 'When it became reachable or unreachable.', resolve: (status) => status.since }),
    code: t.exposeString('code', { description: 'While unreachable: UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, UPSTREAM_RATE_LIMITED or UPSTREAM_REJECTED.' }),
    message: t.exposeString('message'),
  }),
});

const LiveBoardRef = builder.objectRef<LiveBoard>('LiveBoard').implement({
  description: 'Everything a live dashboard shows, as the gateway last saw it.',
  authScopes: VIEWER,
  fields: (t) => ({
    agents: t.field({ type: [AgentRef], nullable: false, description: 'People across vendors, by name.', resolve: (board) => board.agents }),
    queues: t.field({ type: [QueueRef], nullable: false, description: 'Remote-support queues and Ameyo campaign queues.', resolve: (board) => board.queues.map(asQueue) }),
    sessions: t.field({ type: [SupportSessionRef], nullable: false, description: 'Sessions waiting or active now, oldest first.', resolve: (board) => board.sessions }),
    vendors: t.field({ type: [LiveVendorStatusRef], nullable: false, description: 'Each polled vendor, once polled.', resolve: (board) => board.vendors }),
    at: t.field({ type: 'DateTime', nullable: false, description: 'When the board last changed.', resolve: (board) => board.at }),
    alerts: t.field({
      type: [AlertRef],
      // Alerts are for managers, here as in `alerts` and `activeAlerts`: a viewer asking gets FORBIDDEN (and null).
      authScopes: MANAGER,
      description: 'The alerts firing now, as activeAlerts (manager). A dashboard opened late starts from these, then follows `alerts`.',
      resolve: (_board, _args, ctx) => withAcknowledgements(ctx, activeAlerts(ctx)),
    }),
    kpis: t.field({
      type: KpisRef,
      nullable: false,
      description: "Today's key figures (from UTC midnight to now), from the store: as fresh as its last sync (see syncedAt). As kpis(range).",
      args: { serviceLevelSeconds: t.arg.int({ description: SERVICE_LEVEL_ARG }) },
      resolve: (_board, { serviceLevelSeconds }, ctx) => kpisToday(ctx, serviceLevelSeconds),
    }),
  }),
});

const WebinarActivityKindEnum = builder.enumType('WebinarActivityKind', {
  values: { REGISTRANT_ADDED: { value: 'registrant.added' }, REGISTRANT_JOINED: { value: 'registrant.joined' }, WEBINAR_CREATED: { value: 'webinar.created' }, WEBINAR_CHANGED: { value: 'webinar.changed' } } as const,
});

const WebinarActivityRef = builder.objectRef<WebinarActivity>('WebinarActivity').implement({
  description: 'Something GoToWebinar pushed: a registration, a registrant joining, a webinar created or changed.',
  authScopes: VIEWER,
  fields: (t) => ({
    event: t.field({ type: WebinarActivityKindEnum, nullable: false, resolve: (activity) => activity.event }),
    webinarKey: t.exposeString('webinarKey', { nullable: false }),
    webinarTitle: t.exposeString('webinarTitle'),
    registrantKey: t.exposeString('registrantKey'),
    name: t.exposeString('name', { description: "The registrant's name." }),
    email: t.exposeString('email', { description: "The registrant's email." }),
    at: t.field({ type: 'DateTime', nullable: false, resolve: (activity) => activity.at }),
  }),
});

const LiveBoardEventKindEnum = builder.enumType('LiveBoardEventKind', { values: LIVE_BOARD_EVENT_KINDS });

const LiveBoardEventRef = builder.objectRef<LiveBoardEvent>('LiveBoardEvent').implement({
  description:
    'One liveBoard event. BOARD carries the whole board (the first event, and again when this subscriber fell behind: replace ' +
    'everything); the others carry one record as it is now: AGENT (the person, merged across vendors), QUEUE, SESSION, VENDOR ' +
    '(reachability), WEBINAR (GoToWebinar activity). `removed`: the agent or queue left the board, or the session stopped ' +
    'waiting or running (it ended or was abandoned).',
  authScopes: VIEWER,
  fields: (t) => ({
    kind: t.field({ type: LiveBoardEventKindEnum, nullable: false, resolve: (event) => event.kind }),
    board: t.field({ type: LiveBoardRef, resolve: (event) => event.board }),
    agent: t.field({ type: AgentRef, resolve: (event) => event.agent }),
    queue: t.field({ type: QueueRef, resolve: (event) => event.queue && asQueue(event.queue) }),
    session: t.field({ type: SupportSessionRef, resolve: (event) => event.session }),
    vendor: t.field({ type: LiveVendorStatusRef, resolve: (event) => event.vendor }),
    webinar: t.field({ type: WebinarActivityRef, resolve: (event) => event.webinar }),
    removed: t.exposeBoolean('removed', { nullable: false }),
    at: t.field({ type: 'DateTime', nullable: false, resolve: (event) => event.at }),
  }),
});

const AgentStatusChangeRef = builder.objectRef<AgentStatusEvent>('AgentStatusChange').implement({
  description: "One vendor account of an agent changed status (a new account: previousStatus null; one that left the vendor's roster: OFFLINE).",
  authScopes: VIEWER,
  fields: (t) => ({
    agent: t.field({ type: AgentRef, nullable: false, description: 'The person as they are now, across vendors.', resolve: (event) => event.agent }),
    identity: t.field({ type: AgentIdentityRef, nullable: false, description: 'The account whose status changed.', resolve: (event) => event.identity }),
    status: t.field({ type: AgentStatusEnum, nullable: false, description: "The account's new status.", resolve: (event) => event.identity.status }),
    previousStatus: t.field({ type: AgentStatusEnum, resolve: (event) => event.previousStatus }),
    at: t.field({ type: 'DateTime', nullable: false, resolve: (event) => event.at }),
  }),
});

const QueueChangeRef = builder.objectRef<QueueEvent>('QueueChange').implement({
  description: "A queue's figures changed (or it appeared, or left the board: removed).",
  authScopes: VIEWER,
  fields: (t) => ({
    queue: t.field({ type: QueueRef, nullable: false, resolve: (event) => asQueue(event.queue) }),
    previousWaitingCount: t.int({ resolve: (event) => event.previous?.waitingCount ?? null }),
    previousLongestWaitSeconds: t.int({
      description: 'The longest wait just before this change.',
      resolve: (event) => (event.previous ? longestWaitAt(event.previous, Date.parse(event.at)) : null),
    }),
    removed: t.exposeBoolean('removed', { nullable: false }),
    at: t.field({ type: 'DateTime', nullable: false, resolve: (event) => event.at }),
  }),
});

const SessionChangeRef = builder.objectRef<SessionEvent>('SessionChange').implement({
  description: 'A session changed: it started waiting, an agent took it, it moved, it ended, or it was rated.',
  authScopes: VIEWER,
  fields: (t) => ({
    session: t.field({ type: SupportSessionRef, nullable: false, resolve: (event) => event.session }),
    previousStatus: t.field({ type: SupportSessionStatusEnum, description: 'Null when the gateway had not seen the session running.', resolve: (event) => event.previousStatus }),
    ended: t.exposeBoolean('ended', { nullable: false, description: 'It no longer waits or runs.' }),
    at: t.field({ type: 'DateTime', nullable: false, resolve: (event) => event.at }),
  }),
});

const AgentStatusFilterInput = builder.inputType('AgentStatusFilter', {
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, description: "Only accounts at this vendor." }),
    teamId: t.id({ description: 'A SupportTeam id: only accounts in it.' }),
    agentId: t.id({ description: 'An Agent id: only this person.' }),
  }),
});

const QueueFilterInput = builder.inputType('QueueFilter', {
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum }),
    queueId: t.id({ description: 'A Queue id: only this queue.' }),
    teamId: t.id({ description: "A SupportTeam id: only its team's queue." }),
  }),
});

/** A Queue id (remote-support queues and Ameyo campaign queues alike). */
function queueArg(value: string, field: string): { vendor: string; vendorId: string } {
  try {
    const decoded = decodeGlobalID(value);
    const colon = decoded.id.indexOf(':');
    const vendor = decoded.id.slice(0, colon);
    const vendorId = decoded.id.slice(colon + 1);
    if (decoded.typename === 'Queue' && (POLLED_VENDORS as readonly string[]).includes(vendor) && /^[\w:.-]{1,64}$/.test(vendorId)) return { vendor, vendorId };
  } catch {
    // not a global id
  }
  throw new InputError([{ field, message: 'must be a Queue id' }]);
}

builder.queryField('liveBoard', (t) =>
  t.field({
    type: LiveBoardRef,
    authScopes: VIEWER,
    nullable: false,
    description: 'The live board as this gateway holds it now (no vendor call): what liveBoard sends first.',
    resolve: (_root, _args, ctx) => {
      peopleFromBoard(ctx);
      return ctx.live.board();
    },
  }),
);

builder.subscriptionFields((t) => ({
  liveBoard: t.field({
    type: LiveBoardEventRef,
    authScopes: VIEWER,
    nullable: false,
    description: 'Everything a dashboard needs from one subscription: first the whole board (kind BOARD), then each change.',
    subscribe: (_root, _args, ctx) => watchLiveBoard(ctx),
    resolve: eachEvent,
  }),
  agentStatusChanged: t.field({
    type: AgentStatusChangeRef,
    authScopes: VIEWER,
    nullable: false,
    description: "Agents' status changes, per vendor account, from now on.",
    args: { filter: t.arg({ type: AgentStatusFilterInput }) },
    subscribe: (_root, { filter }, ctx) =>
      watchAgentStatus(ctx, {
        vendor: filter?.vendor ?? null,
        team: filter?.teamId ? supportRecordArg(String(filter.teamId), 'SupportTeam', 'filter.teamId') : null,
        agentKey: filter?.agentId ? agentKeyArg(String(filter.agentId), 'filter.agentId') : null,
      }),
    resolve: eachEvent,
  }),
  queueChanged: t.field({
    type: QueueChangeRef,
    authScopes: VIEWER,
    nullable: false,
    description: 'Changes of queues (customers waiting, the longest wait), from now on.',
    args: { filter: t.arg({ type: QueueFilterInput }) },
    subscribe: (_root, { filter }, ctx) =>
      watchQueues(ctx, {
        vendor: filter?.vendor ?? null,
        queue: filter?.queueId ? queueArg(String(filter.queueId), 'filter.queueId') : null,
        team: filter?.teamId ? supportRecordArg(String(filter.teamId), 'SupportTeam', 'filter.teamId') : null,
      }),
    resolve: eachEvent,
  }),
  sessionChanged: t.field({
    type: SessionChangeRef,
    authScopes: VIEWER,
    nullable: false,
    description: 'Changes of one session (`id`), or of every session of a ticket (`ticketId`): give exactly one.',
    args: { id: t.arg.id({ description: 'A SupportSession id.' }), ticketId: t.arg.id({ description: 'A Ticket id or Zendesk ticket number.' }) },
    subscribe: (_root, { id, ticketId }, ctx) => {
      if (Boolean(id) === Boolean(ticketId)) throw new InputError([{ field: id ? 'ticketId' : 'id', message: 'give exactly one of id and ticketId' }]);
      return watchSessions(
        ctx,
        id ? { session: supportRecordArg(String(id), 'SupportSession', 'id') } : { ticketId: vendorKeyArg(String(ticketId), 'Ticket', 'zendesk', 'ticketId') },
      );
    },
    resolve: eachEvent,
  }),
}));
