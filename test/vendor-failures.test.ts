import { format } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AgentByEmailDocument,
  BenchTicketDocument,
  GoToScheduleDocument,
  GoToTrainingsDocument,
  ScreenPopDocument,
  SupportSessionsDocument,
  TicketCallsDocument,
  TicketDocument,
  VendorFailureAuditDocument,
  type AgentByEmailQuery,
  type BenchTicketQuery,
  type GoToScheduleQuery,
  type ScreenPopQuery,
  type SupportSessionsQuery,
  type TicketCallsQuery,
  type VendorFailureAuditQuery,
} from '../clients/graphql/generated/graphql.js';
import { ameyoCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/*
 * The fault suite of the quality bar "one vendor down, slow or rate-limited degrades only its fields":
 * every vendor (each GoTo product, and each token endpoint) × every fault kind the simulator offers ×
 * the cross-vendor operations of clients/graphql/operations/. Each operation answers within
 * REQUEST_DEADLINE_MS + 1 s, with the unaffected vendors' data exactly as they gave it without the fault,
 * nothing for the affected vendor but its own data or a typed error (or `unavailableVendors` entry)
 * naming it, and no credential (configured, or a token the gateway sent upstream) in the answer or the
 * logs. After each case the faults are cleared and the gateway is healthy: `/ready` 200 with every
 * breaker closed, and an operation reading the vendor that failed answers in full.
 *
 * Time is the gateway's own: REQUEST_DEADLINE_MS is what bounds a slow vendor (each call's own timeout
 * and deadline are far above it), and the simulator's latency faults are far above that again, so no
 * case waits on anything but the gateway's deadline. The tokens are voided with a simulator reset (its
 * clock and data back to the seed), not by waiting for them to expire.
 *
 * Speed: a case runs its operations at once, and the cases run on two lanes (a gateway and its simulator
 * each), one case at a time per lane, started in beforeAll; each test checks its case's recorded answers.
 * A case that waits for the deadline mostly idles, so the other lane's cases run meanwhile.
 */

const SEED = 42;
/** REQUEST_DEADLINE_MS. Small, so the cases that wait for it stay quick; well above a healthy operation here (~0.02–0.3 s). */
const BUDGET_MS = 1500;
/** UPSTREAM_TIMEOUT_MS and UPSTREAM_DEADLINE_MS: one call's own bounds, far above the request's. */
const CALL_DEADLINE_MS = 5000;
/**
 * Every operation answers within this. The bound cannot flake on a busy machine as a tight one would:
 * what it catches is a budget that does not bind, and then the answer comes at a call's own deadline
 * (UPSTREAM_DEADLINE_MS, 5 s) or the fault's latency (20 s and more), seconds past the bound, not milliseconds.
 */
const ANSWER_WITHIN_MS = BUDGET_MS + 1000;
const RANGE = { from: '2025-09-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
// Contact.events reads every meeting's attendees in its range: a short one keeps each case quick.
const EVENTS_RANGE = { from: '2025-12-01T00:00:00Z', to: '2026-01-05T00:00:00Z' };
/** The hours around the simulator's start (its running and waiting sessions): a short listing, not the 30-day default. */
const SESSIONS_WINDOW = { from: '2026-01-05T06:00:00Z', to: '2026-01-05T12:00:00Z' };
/**
 * A ticket of seed 42 with sessions at both GoToAssist and Bomgar (their external key), an assignee, and a
 * requester with a phone number (who rings in the setup): what an agent opens in BenchTicket and ScreenPop.
 * The first test fails if the seed no longer gives it all that.
 */
const TICKET_ID = '19856122753666';
const AGENT_EMAIL = 'agent@switchboard.test';
/** A URL, or `user:password@` userinfo: neither belongs in a message a caller sees. */
const URL_LIKE = /https?:\/\/|[\w-]+:[^\s@/]+@/;

type Vendor = 'zendesk' | 'gotomeeting' | 'gotowebinar' | 'gototraining' | 'gotoassist' | 'bomgar' | 'ameyo';
const VENDOR_IDS: Vendor[] = ['zendesk', 'gotomeeting', 'gotowebinar', 'gototraining', 'gotoassist', 'bomgar', 'ameyo'];
const VENDOR_ENUM: Record<Vendor, string> = {
  zendesk: 'ZENDESK',
  gotomeeting: 'GOTO_MEETING',
  gotowebinar: 'GOTO_WEBINAR',
  gototraining: 'GOTO_TRAINING',
  gotoassist: 'GOTO_ASSIST',
  bomgar: 'BOMGAR',
  ameyo: 'AMEYO',
};
/** A vendor some of whose reads need another's: GoToTraining's account-wide listings read GoToMeeting's organizers. */
const NEEDS: Partial<Record<Vendor, Vendor>> = { gototraining: 'gotomeeting' };
type OperationName = 'VendorFailureAudit' | 'BenchTicket' | 'ScreenPop' | 'TicketCalls' | 'SupportSessions' | 'AgentByEmail' | 'GoToSchedule';

/**
 * What a fault hits (simulator vendor and path glob), which of our vendors go down, the `extensions.vendor`
 * their errors may name, and the operation that shows the gateway healthy after (the cheapest that reads them).
 */
const TARGETS = [
  { name: 'zendesk', sim: 'zendesk', path: '*', down: ['zendesk'], named: ['zendesk'], health: 'TicketCalls' },
  { name: 'gotomeeting', sim: 'goto', path: '/G2M/*', down: ['gotomeeting'], named: ['gotomeeting'], health: 'GoToSchedule' },
  { name: 'gotowebinar', sim: 'goto', path: '/G2W/*', down: ['gotowebinar'], named: ['gotowebinar'], health: 'GoToSchedule' },
  { name: 'gototraining', sim: 'goto', path: '/G2T/*', down: ['gototraining'], named: ['gototraining'], health: 'GoToSchedule' },
  { name: 'gotoassist', sim: 'goto', path: '/G2A/*', down: ['gotoassist'], named: ['gotoassist'], health: 'AgentByEmail' },
  { name: 'bomgar', sim: 'bomgar', path: '*', down: ['bomgar'], named: ['bomgar'], health: 'AgentByEmail' },
  { name: 'ameyo', sim: 'ameyo', path: '*', down: ['ameyo'], named: ['ameyo'], health: 'AgentByEmail' },
  // The token endpoints: a simulator reset first voids the held tokens, so every call must sign in again.
  // GoTo's sign-in is shared by its four products.
  {
    name: 'goto token endpoint',
    sim: 'goto',
    path: '/oauth/*',
    down: ['gotomeeting', 'gotowebinar', 'gototraining', 'gotoassist'],
    named: ['goto'],
    health: 'GoToSchedule',
    voidTokens: true,
  },
  { name: 'bomgar token endpoint', sim: 'bomgar', path: '/oauth2/token', down: ['bomgar'], named: ['bomgar'], health: 'AgentByEmail', voidTokens: true },
] satisfies { name: string; sim: string; path: string; down: Vendor[]; named: string[]; health: OperationName; voidTokens?: boolean }[];
type Target = (typeof TARGETS)[number];

/**
 * The simulator's fault kinds, and the codes each may surface as. `flaky`: the fault hits only some requests,
 * so the affected vendor may answer (with its own data) or fail (typed), request by request. `spendsBudget`:
 * the affected vendor holds the operation until its deadline, so a read of another vendor that waits on the
 * affected one's answer (a ScreenPop's sessions wait for Zendesk's ticket) starts with nothing left, and fails
 * UPSTREAM_TIMEOUT under that vendor's name at once; the parts say which data may go with it.
 */
const FAULTS: { kind: string; spec: Record<string, unknown>; codes: string[]; flaky?: boolean; spendsBudget?: boolean }[] = [
  { kind: '500', spec: { kind: 'status', status: 500 }, codes: ['UPSTREAM_UNAVAILABLE'] },
  // A Retry-After beyond the transport's 30 s cap fails at once instead of waiting.
  { kind: '503 with Retry-After', spec: { kind: 'status', status: 503, retryAfter: 60 }, codes: ['UPSTREAM_UNAVAILABLE'] },
  { kind: '429 with a long Retry-After', spec: { kind: 'status', status: 429, retryAfter: 60 }, codes: ['UPSTREAM_RATE_LIMITED'] },
  // A wait that fits the budget: taken, and the repeat is refused again, so RATE_LIMITED; a read that starts
  // after it (behind it in the same operation) finds the budget spent: TIMEOUT.
  { kind: '429 with a short Retry-After', spec: { kind: 'status', status: 429, retryAfter: 1 }, codes: ['UPSTREAM_RATE_LIMITED', 'UPSTREAM_TIMEOUT'], spendsBudget: true },
  { kind: 'redirect', spec: { kind: 'status', status: 302, body: '<html>Moved</html>' }, codes: ['UPSTREAM_UNAVAILABLE'] },
  { kind: '401', spec: { kind: 'status', status: 401 }, codes: ['UPSTREAM_REJECTED'] },
  { kind: 'latency past the deadline', spec: { kind: 'latency', latencyMs: 20_000 }, codes: ['UPSTREAM_TIMEOUT'], spendsBudget: true },
  { kind: 'hang', spec: { kind: 'latency', latencyMs: 600_000 }, codes: ['UPSTREAM_TIMEOUT'], spendsBudget: true },
  { kind: 'connection drop', spec: { kind: 'reset' }, codes: ['UPSTREAM_UNAVAILABLE'] },
  { kind: 'malformed body', spec: { kind: 'malformed' }, codes: ['UPSTREAM_UNAVAILABLE'] },
  // Valid JSON of the wrong shape (an API change, a proxy's answer): the client's decoding must fail typed.
  { kind: 'unexpected JSON', spec: { kind: 'status', status: 200, body: '{"unexpected":[1]}' }, codes: ['UPSTREAM_UNAVAILABLE'] },
  { kind: 'HTML page', spec: { kind: 'status', status: 200, body: '<html><body>Down for maintenance</body></html>' }, codes: ['UPSTREAM_UNAVAILABLE'] },
  // Half the requests (the simulator's seeded PRNG decides which), retried once by the transport.
  { kind: 'flaky 50%', spec: { kind: 'status', status: 500, rate: 0.5 }, codes: ['UPSTREAM_UNAVAILABLE'], flaky: true },
];

/** Sorted, so a part compares by content whichever order concurrent reads filled it in. */
const sorted = (values: (string | null | undefined)[]): string[] => values.filter((value): value is string => value != null).sort();

/**
 * A part of an operation's answer and the vendors it depends on. With none of them failing it equals the
 * answer without faults; with one failing it holds nothing that answer did not (never invented), and when it
 * lost something, an error or `unavailableVendors` entry names one of its `vendors` or `under`.
 */
interface Part<T> {
  name: string;
  /** Whose data it is. */
  vendors: Vendor[];
  /** Vendors whose field it hangs under: one failing takes the part with it (its error covers the part). */
  under?: Vendor[];
  /** Vendors it is read after: one holding the operation to its deadline may leave it none (a timeout under its own vendors' names). */
  after?: Vendor[];
  /** Why the operation cannot name what the part lost (it does not select the `unavailableVendors` that would). */
  unnamed?: string;
  of: (data: T) => string[];
}
interface OperationSpec<T, V> {
  name: OperationName;
  document: TypedDocumentNode<T, V>;
  variables: (lane: Lane) => V;
  /** The vendors it reads: a case whose vendors it does not read leaves it out; a failing one must be named. */
  reads: Vendor[];
  parts: Part<T>[];
}
interface Answer {
  status: number;
  body: ExecutionResult<unknown>;
  elapsedMs: number;
}
interface Operation {
  name: OperationName;
  reads: Vendor[];
  parts: Part<unknown>[];
  run(lane: Lane): Promise<Answer>;
}
/** A gateway and its simulator, with what the operations need there and their answers without faults. */
interface Lane {
  gw: TestGateway;
  trainerId: string;
  /** The requester of TICKET_ID rang about it: the call the gateway stored. */
  callId: string;
  baseline: Map<OperationName, Answer>;
}

let lanes: Lane[] = [];
const secrets: string[] = [];
const logged: string[] = [];
/** Credentials sent over HTTP (GoTo and Bomgar access tokens, the Ameyo session, the callers' API keys), seen on the way out. */
const sent = new Set<string>();

function operation<T, V>(spec: OperationSpec<T, V>): Operation {
  return {
    name: spec.name,
    reads: spec.reads,
    parts: spec.parts as Part<unknown>[],
    async run(lane) {
      const started = performance.now();
      const { status, body } = await lane.gw.run(spec.document, spec.variables(lane));
      return { status, body: body as ExecutionResult<unknown>, elapsedMs: performance.now() - started };
    },
  };
}

type Audit = VendorFailureAuditQuery;
type AuditField = 'tickets' | 'organizerGroups' | 'webinars' | 'trainings';
interface Listing {
  unavailableVendors: { vendor: string; code: string; message: string }[];
  nodes?: unknown[];
}
/** The audit's root fields of one vendor: null with a typed error at their path when it fails. */
const AUDIT_FIELDS: { field: AuditField; vendor: Vendor }[] = [
  { field: 'tickets', vendor: 'zendesk' },
  { field: 'organizerGroups', vendor: 'gotomeeting' },
  { field: 'webinars', vendor: 'gotowebinar' },
  { field: 'trainings', vendor: 'gototraining' },
];
/**
 * The audit's listings across vendors (at the root, and under the ticket's requester): a failing vendor is named in unavailableVendors.
 * `needs`: another vendor a part depends on (GoToTraining lists trainings per organizer, and the organizers come from GoToMeeting).
 * `under`: the vendor whose field the listing hangs under (none is there when that vendor fails).
 */
const AUDIT_LISTINGS: { name: string; vendors: Vendor[]; needs?: Partial<Record<Vendor, Vendor>>; under?: Vendor; of: (data: Audit) => Listing[] }[] = [
  { name: 'assistQueues', vendors: ['gotoassist'], of: (d) => [d.assistQueues!] },
  { name: 'bomgarTeams', vendors: ['bomgar'], of: (d) => [d.bomgarTeams!] },
  { name: 'agents', vendors: ['gotoassist', 'bomgar', 'ameyo'], of: (d) => [d.agents!] },
  {
    name: 'Contact.events',
    vendors: ['gotomeeting', 'gotowebinar', 'gototraining'],
    needs: { gototraining: 'gotomeeting' },
    under: 'zendesk',
    of: (d) => d.tickets?.edges.map((e) => e.node.requester!.events!) ?? [],
  },
];

/**
 * The operations of clients/graphql/operations/ that read more than one vendor. Left out: LiveBoardNow and
 * the live subscriptions (they read the live engine's board, not the vendors, during a request), the
 * DashboardToday and Agents listings (SupportSessions and the audit's `agents` read the same), and the
 * reports (they read the store).
 */
const OPERATIONS: Operation[] = [
  // One field per vendor: Zendesk (with the requester's GoTo events), the three GoTo products, GoToAssist's
  // queues, Bomgar's teams, and the agents of GoToAssist, Bomgar and Ameyo.
  operation({
    name: 'VendorFailureAudit',
    document: VendorFailureAuditDocument,
    variables: (lane) => ({ range: RANGE, eventsRange: EVENTS_RANGE, trainerId: lane.trainerId }),
    reads: ['zendesk', 'gotomeeting', 'gotowebinar', 'gototraining', 'gotoassist', 'bomgar', 'ameyo'],
    parts: [
      { name: 'tickets', vendors: ['zendesk'], of: (d) => sorted(d.tickets?.edges.map((e) => `${e.node.id} ${e.node.subject}`) ?? []) },
      {
        name: 'requester events',
        vendors: ['gotomeeting', 'gotowebinar', 'gototraining'],
        under: ['zendesk'],
        of: (d) => sorted(d.tickets?.edges.flatMap((e) => e.node.requester?.events?.events.map((event) => event.kind) ?? []) ?? []),
      },
      { name: 'organizerGroups', vendors: ['gotomeeting'], of: (d) => sorted(d.organizerGroups?.map((g) => `${g.vendorId} ${g.name}`) ?? []) },
      { name: 'webinars', vendors: ['gotowebinar'], of: (d) => sorted(d.webinars?.edges.map((e) => e.node.id) ?? []) },
      { name: 'trainings', vendors: ['gototraining'], of: (d) => sorted(d.trainings?.map((t) => t.id) ?? []) },
      { name: 'assistQueues', vendors: ['gotoassist'], of: (d) => sorted(d.assistQueues?.nodes.map((q) => q.id) ?? []) },
      { name: 'bomgarTeams', vendors: ['bomgar'], of: (d) => sorted(d.bomgarTeams?.nodes.map((t) => t.id) ?? []) },
      { name: 'agents', vendors: ['gotoassist', 'bomgar', 'ameyo'], of: (d) => sorted(d.agents?.nodes.map((a) => `${a.id} ${a.name}`) ?? []) },
    ],
  }),
  // An agent opening a ticket: Zendesk's ticket, its GoToAssist and Bomgar sessions with their agents, its calls (the store's) with
  // Ameyo's agent and Zendesk's contact.
  operation({
    name: 'BenchTicket',
    document: BenchTicketDocument,
    variables: () => ({ id: TICKET_ID }),
    reads: ['zendesk', 'gotoassist', 'bomgar', 'ameyo'],
    parts: [
      { name: 'ticket', vendors: ['zendesk'], of: (d) => sorted(d.ticket ? [d.ticket.subject, d.ticket.requester?.name, d.ticket.assignee?.name] : []) },
      { name: 'GoToAssist sessions', vendors: ['gotoassist'], under: ['zendesk'], of: (d) => sessionsOf(d.ticket?.supportSessions?.edges, 'GOTO_ASSIST') },
      { name: 'Bomgar sessions', vendors: ['bomgar'], under: ['zendesk'], of: (d) => sessionsOf(d.ticket?.supportSessions?.edges, 'BOMGAR') },
      {
        // People across the remote-support vendors and Ameyo, found once the sessions are listed.
        name: 'session agents',
        vendors: ['gotoassist', 'bomgar', 'ameyo'],
        under: ['zendesk'],
        of: (d) => sorted(d.ticket?.supportSessions?.edges.map((e) => e.node.agent && `${e.node.vendorId} ${e.node.agent.name}`) ?? []),
      },
      { name: 'calls', vendors: ['zendesk'], of: (d) => sorted(d.ticket?.calls.flatMap((c) => (c.contact ? [`${c.id} ${c.contact.name}`] : [])) ?? []) },
      { name: 'call agents', vendors: ['ameyo'], under: ['zendesk'], of: (d) => sorted(d.ticket?.calls.map((c) => c.agent?.name) ?? []) },
    ],
  }),
  // A call on an agent's screen: the call (the store's), the caller's Zendesk ticket, contact and history, open sessions at
  // GoToAssist and Bomgar, and the preferred agent (the ticket's assignee, if Ameyo says they can take it).
  operation({
    name: 'ScreenPop',
    document: ScreenPopDocument,
    variables: (lane) => ({ callId: lane.callId }),
    reads: ['zendesk', 'gotoassist', 'bomgar', 'ameyo'],
    parts: [
      { name: 'call', vendors: [], of: (d) => sorted(d.screenPop ? [d.screenPop.call.vendorId, d.screenPop.call.phone] : []) },
      { name: 'ticket', vendors: ['zendesk'], of: (d) => sorted(d.screenPop?.ticket ? [d.screenPop.ticket.vendorId, d.screenPop.ticket.subject] : []) },
      { name: 'contact', vendors: ['zendesk'], of: (d) => sorted(d.screenPop?.contact ? [d.screenPop.contact.vendorId, d.screenPop.contact.name] : []) },
      { name: 'recentTickets', vendors: ['zendesk'], of: (d) => sorted(d.screenPop?.recentTickets?.map((t) => t.vendorId) ?? []) },
      {
        name: 'preferredAgent',
        vendors: ['zendesk', 'ameyo'],
        after: ['gotoassist', 'bomgar'],
        of: (d) => sorted(d.screenPop?.preferredAgent ? [d.screenPop.preferredAgent.name, d.screenPop.preferredAgent.email] : []),
      },
      // Who is preferred comes from Zendesk (the caller's tickets' assignees) and Ameyo (who can take a call).
      ...identityParts<ScreenPopQuery>((d) => d.screenPop?.preferredAgent?.identities, {
        under: ['zendesk', 'ameyo'],
        unnamed: 'ScreenPopFields does not select preferredAgent.unavailableVendors',
      }),
    ],
  }),
  operation({
    name: 'TicketCalls',
    document: TicketCallsDocument,
    variables: () => ({ id: TICKET_ID }),
    reads: ['zendesk', 'ameyo'],
    parts: [
      { name: 'calls', vendors: ['zendesk'], of: (d) => sorted(d.ticket?.calls.flatMap((c) => (c.contact && c.ticket ? [`${c.vendorId} ${c.phone} ${c.ticket.subject} ${c.contact.name}`] : [])) ?? []) },
      { name: 'call agents', vendors: ['ameyo'], under: ['zendesk'], of: (d) => sorted(d.ticket?.calls.map((c) => c.agent && `${c.agent.name} ${c.agent.email}`) ?? []) },
    ],
  }),
  // Sessions across the remote-support vendors, with their agents (people across GoToAssist, Bomgar and Ameyo).
  operation({
    name: 'SupportSessions',
    document: SupportSessionsDocument,
    variables: () => ({ filter: SESSIONS_WINDOW, first: 100 }),
    reads: ['gotoassist', 'bomgar'],
    parts: [
      // Each vendor's full records are read once every vendor has listed its sessions.
      { name: 'GoToAssist sessions', vendors: ['gotoassist'], after: ['bomgar'], of: (d) => sessionsOf(d.supportSessions?.edges, 'GOTO_ASSIST') },
      { name: 'Bomgar sessions', vendors: ['bomgar'], after: ['gotoassist'], of: (d) => sessionsOf(d.supportSessions?.edges, 'BOMGAR') },
      {
        name: 'session agents',
        vendors: ['gotoassist', 'bomgar', 'ameyo'],
        of: (d) => sorted(d.supportSessions?.edges.map((e) => e.node.agent && `${e.node.vendorId} ${e.node.agent.name}`) ?? []),
      },
    ],
  }),
  // One person across GoToAssist, Bomgar and Ameyo: identities, running sessions, teams.
  operation({
    name: 'AgentByEmail',
    document: AgentByEmailDocument,
    variables: () => ({ email: AGENT_EMAIL }),
    reads: ['gotoassist', 'bomgar', 'ameyo'],
    parts: [
      { name: 'person', vendors: ['gotoassist', 'bomgar', 'ameyo'], of: (d) => sorted(d.agentByEmail ? [d.agentByEmail.name, d.agentByEmail.email] : []) },
      ...identityParts<AgentByEmailQuery>((d) => d.agentByEmail?.identities, {}),
      // Read once the person is found (from every vendor that knows agents).
      { name: 'activeSessions', vendors: ['gotoassist', 'bomgar'], after: ['ameyo'], of: (d) => sorted(d.agentByEmail?.activeSessions?.map((s) => s.id) ?? []) },
      { name: 'teams', vendors: ['bomgar'], after: ['gotoassist', 'ameyo'], of: (d) => sorted(d.agentByEmail?.teams?.map((t) => t.id) ?? []) },
    ],
  }),
  // The three GoTo products at once (GoToTraining's account-wide listing reads GoToMeeting's organizers).
  operation({
    name: 'GoToSchedule',
    document: GoToScheduleDocument,
    variables: () => ({ range: RANGE }),
    reads: ['gotomeeting', 'gotowebinar', 'gototraining'],
    parts: [
      { name: 'meetings', vendors: ['gotomeeting'], of: (d) => sorted(d.meetings?.edges.map((e) => e.node.id) ?? []) },
      { name: 'webinars', vendors: ['gotowebinar'], of: (d) => sorted(d.webinars?.edges.map((e) => e.node.id) ?? []) },
      { name: 'trainings', vendors: ['gototraining', 'gotomeeting'], of: (d) => sorted(d.trainings?.map((t) => t.id) ?? []) },
    ],
  }),
];
const byName = (name: OperationName): Operation => OPERATIONS.find((op) => op.name === name)!;

/** A listing's sessions of one vendor. */
function sessionsOf(edges: { node: { vendor: string; vendorId: string } }[] | undefined, vendor: string): string[] {
  return sorted(edges?.filter((e) => e.node.vendor === vendor).map((e) => e.node.vendorId) ?? []);
}

/** One part per identity vendor of a person: each comes from its own vendor (`under`: what the person is found through). */
function identityParts<T>(of: (data: T) => { vendor: string; vendorId: string }[] | null | undefined, where: Pick<Part<T>, 'under' | 'unnamed'>): Part<T>[] {
  return (['gotoassist', 'bomgar', 'ameyo'] as const).map((vendor) => ({
    name: `${vendor} identity`,
    vendors: [vendor],
    ...where,
    of: (data: T) => sorted(of(data)?.filter((identity) => identity.vendor === VENDOR_ENUM[vendor]).map((identity) => identity.vendorId) ?? []),
  }));
}

const CASES = TARGETS.flatMap((target) =>
  FAULTS.map((fault) => ({
    ...fault,
    target,
    name: target.name,
    // An operation that reads none of the failing vendors has nothing to degrade.
    operations: OPERATIONS.filter((op) => op.reads.some((vendor) => (target.down as Vendor[]).includes(vendor))),
    // A sign-in (retried by its own transport) may outlast the operation's budget, whatever failed it.
    codes: 'voidTokens' in target ? [...new Set([...fault.codes, 'UPSTREAM_TIMEOUT'])] : fault.codes,
    answerWithinMs: ANSWER_WITHIN_MS,
  })),
);
type Case = (typeof CASES)[number];

/** What a case saw: each operation's answer under the fault, then readiness and the target's health operation once it was cleared. */
interface Outcome {
  answers: Answer[];
  ready: { status: number; body: { vendors: { vendor: string; state: string; token?: string }[] } };
  health: Answer;
}

/**
 * The cases, shared between the lanes in declaration order by their rough cost (a case that waits for the
 * deadline costs it, the others a few hundred ms; a reset adds to that), so both lanes move through the list
 * at about the same pace and each test finds its case done or nearly.
 */
const LANE_OF = (() => {
  const busy: [number, number] = [0, 0];
  return CASES.map((c) => {
    const cost = (c.spendsBudget ? BUDGET_MS : 400) + ('voidTokens' in c.target ? 300 : 0);
    const lane = busy[0] <= busy[1] ? 0 : 1;
    busy[lane] += cost;
    return lane;
  });
})();
/** Each case's outcome, as its lane gets to it (started once the lanes are up). */
const outcomes: Promise<Outcome>[] = [];

/** A gateway with its own simulator, the call TICKET_ID's requester makes, and every operation's answer without faults. */
async function startLane(): Promise<Lane> {
  const gw = await startGateway({
    seed: SEED,
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'debug',
      REQUEST_DEADLINE_MS: String(BUDGET_MS),
      // A call's own timeout and deadline far above the request's: the request's deadline is what binds.
      UPSTREAM_TIMEOUT_MS: String(CALL_DEADLINE_MS),
      UPSTREAM_DEADLINE_MS: String(CALL_DEADLINE_MS),
      UPSTREAM_RETRIES: '1',
      // The breaker would turn every later fault into "breaker open": keep it out of this audit.
      BREAKER_FAILURES: '100000',
    },
    logDestination: { write: (line: string) => void logged.push(line) },
  });
  const { vendors, ameyo, zendeskSsoSecret } = gw.app.config;
  const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');
  secrets.push(
    vendors.goto!.clientSecret,
    vendors.goto!.refreshToken,
    basic(vendors.goto!.clientId, vendors.goto!.clientSecret),
    vendors.bomgar!.clientSecret!,
    basic(vendors.bomgar!.clientId!, vendors.bomgar!.clientSecret!),
    vendors.ameyo!.password,
    ameyo.webhookSecret!,
    vendors.zendesk!.token,
    basic(`${vendors.zendesk!.email}/token`, vendors.zendesk!.token),
    zendeskSsoSecret!,
  );
  const trainings = await gw.run(GoToTrainingsDocument, {});
  // The ticket's requester rings about it and the agent takes the call: the gateway stores it (a simulator reset leaves it there).
  const ticket = (await gw.run(TicketDocument, { id: TICKET_ID })).body.data!.ticket!;
  const calls = ameyoCalls(gw);
  const call = await calls.ring({ phone: ticket.requester!.phone!.replace(/\D/g, ''), ivrTicketId: TICKET_ID, userId: 'agent' });
  await calls.hangup(call.crtObjectId);
  const lane: Lane = { gw, trainerId: trainings.body.data!.trainings![0]!.organizers![0]!.id, callId: call.crtObjectId, baseline: new Map() };
  // The first reads fill the store's session index and warm the code paths; the baseline is read once they are done.
  await Promise.all(OPERATIONS.map((op) => op.run(lane)));
  for (const op of OPERATIONS) lane.baseline.set(op.name, await op.run(lane));
  return lane;
}

/** One case on its lane: the fault, the operations at once, then the fault cleared (whatever happened) and the gateway's health read. */
async function runCase(lane: Lane, { target, spec, operations }: Case): Promise<Outcome> {
  let answers: Answer[];
  try {
    if ('voidTokens' in target) await lane.gw.sim.reset(SEED);
    await lane.gw.sim.fault({ vendor: target.sim, path: target.path, ...spec });
    answers = await Promise.all(operations.map((op) => op.run(lane)));
  } finally {
    await lane.gw.sim.clearFaults();
  }
  const ready = await fetch(`${lane.gw.url}/ready`);
  let health = await byName(target.health).run(lane);
  // The operations stop waiting for a sign-in at their budget, but the exchange itself runs on to its own
  // UPSTREAM_DEADLINE_MS, and reads until then wait for it: the next sign-in, after it, is the recovery.
  for (let tries = 0; 'voidTokens' in target && JSON.stringify(health.body).includes('UPSTREAM_') && tries < Math.ceil(CALL_DEADLINE_MS / BUDGET_MS) + 1; tries++) {
    health = await byName(target.health).run(lane);
  }
  return { answers, ready: { status: ready.status, body: (await ready.json()) as Outcome['ready']['body'] }, health };
}

beforeAll(async () => {
  // Production logging, at debug (the most it ever writes), captured from the logger's destination and the console.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(format(...args)));
  }
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>)) {
      if (/authorization|session/i.test(name) && !/^basic /i.test(value)) sent.add(value.replace(/^bearer\s+/i, ''));
    }
    return realFetch(input, init);
  });
  lanes = await Promise.all([startLane(), startLane()]);
  // Each lane runs its cases one after another, from now on; the tests below wait for theirs.
  const queues = lanes.map(() => Promise.resolve<unknown>(undefined));
  CASES.forEach((c, index) => {
    const lane = LANE_OF[index]!;
    const outcome = queues[lane]!.then(() => runCase(lanes[lane]!, c));
    queues[lane] = outcome.catch(() => undefined);
    // Handled here too: a case that throws fails its own test, not the run.
    outcome.catch(() => undefined);
    outcomes.push(outcome);
  });
});

afterAll(async () => {
  // Every case is done (each test waited for its own) unless a test timed out: let the lanes finish first.
  await Promise.allSettled(outcomes);
  await Promise.all(lanes.map((lane) => lane.gw.close()));
  vi.restoreAllMocks();
});

describe('one failing vendor degrades only its own fields', () => {
  it('reads every vendor when none fails', () => {
    for (const lane of lanes) {
      for (const op of OPERATIONS) {
        const { status, body, elapsedMs } = lane.baseline.get(op.name)!;
        expect(status, op.name).toBe(200);
        expect(body.errors, op.name).toBeUndefined();
        expect(unavailableIn(body.data), op.name).toEqual([]);
        expect(elapsedMs, op.name).toBeLessThan(ANSWER_WITHIN_MS);
        // Every part has data, so a case that loses it shows.
        for (const part of op.parts) expect(part.of(body.data), `${op.name}: ${part.name}`).not.toEqual([]);
      }
      const audit = lane.baseline.get('VendorFailureAudit')!.body.data as Audit;
      for (const listing of AUDIT_LISTINGS) for (const { unavailableVendors } of listing.of(audit)) expect(unavailableVendors, listing.name).toEqual([]);
    }
  });

  it.each(CASES.map((c, index) => ({ ...c, index })))(
    '$name: $kind',
    async ({ index, target, codes, flaky, spendsBudget, operations, answerWithinMs }) => {
      const lane = lanes[LANE_OF[index]!]!;
      const { answers, ready, health } = await outcomes[index]!;
      for (const [at, op] of operations.entries()) {
        const answer = answers[at]!;
        expectDegraded(lane, op, answer, target, { codes, flaky, spendsBudget, answerWithinMs });
        if (op.name === 'VendorFailureAudit' && !flaky) expectAuditDegraded(answer.body.data as Audit, answer.body.errors ?? [], target, codes);
        expectNoSecret(JSON.stringify(answer.body));
      }
      expectHealthyAfter(lane, target, ready, health);
    },
    60_000,
  );

  it('logs no secret over the whole run', () => {
    // The capture is wired (each failing vendor is logged at warn) and saw the vendors' own credentials go out.
    expect(logged.join('\n')).toContain('gotowebinar');
    expect([...sent].some((token) => token.startsWith('sim-goto-'))).toBe(true);
    expectNoSecret(logged.join('\n'));
  });
});

/**
 * One operation's answer under a fault: in time, 200, every part of an unaffected vendor as without the fault,
 * nothing invented for an affected one, and every error or unavailable vendor typed and naming a failing vendor.
 * Unless the fault is flaky, every failing vendor the operation reads is named.
 */
function expectDegraded(lane: Lane, op: Operation, answer: Answer, target: Target, fault: Pick<Case, 'codes' | 'flaky' | 'spendsBudget' | 'answerWithinMs'>): void {
  const { status, body, elapsedMs } = answer;
  const down = new Set<Vendor>(target.down);
  const signals = [...(body.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code, e.extensions?.vendor]), ...unavailableIn(body.data).map((u) => [u.vendor, u.code])];
  const context = `${op.name} ${JSON.stringify(signals)}`;
  expect(status, context).toBe(200);
  expect(elapsedMs, `${op.name} answered in ${Math.round(elapsedMs)} ms`).toBeLessThan(fault.answerWithinMs);
  // The failing vendors, and those that need one of them for some reads (named with its error).
  const needing = Object.entries(NEEDS).flatMap(([vendor, needed]) => (down.has(needed) ? [vendor as Vendor] : []));
  const failing = new Set<Vendor>([...target.down, ...needing]);

  // Every error and unavailable vendor is typed, names a failing vendor (or, starved by a vendor that held the
  // operation to its deadline, times out under another's name), and shows no URL.
  const named = new Set<Vendor>();
  const expectTyped = (vendor: Vendor, code: unknown) => {
    named.add(vendor);
    if (failing.has(vendor)) {
      expect(code, context).toBeOneOf(fault.codes);
      return;
    }
    expect(fault.spendsBudget, `${context} names ${vendor}, which did not fail`).toBe(true);
    expect(code, context).toBe('UPSTREAM_TIMEOUT');
  };
  for (const error of body.errors ?? []) {
    const name = String(error.extensions?.vendor);
    expect(error.message).not.toMatch(URL_LIKE);
    // A token endpoint's errors name the sign-in the failing vendors share (`goto`).
    if (!(name in VENDOR_ENUM) && (target.named as string[]).includes(name)) {
      expect(error.extensions?.code, context).toBeOneOf(fault.codes);
      for (const vendor of target.down) named.add(vendor);
      continue;
    }
    expect(VENDOR_IDS, `${context}: extensions.vendor`).toContain(name);
    expectTyped(name as Vendor, error.extensions?.code);
  }
  for (const entry of unavailableIn(body.data)) {
    expect(VENDOR_IDS.map((vendor) => VENDOR_ENUM[vendor]), `${context}: unavailableVendors`).toContain(entry.vendor);
    expectTyped(VENDOR_IDS.find((vendor) => VENDOR_ENUM[vendor] === entry.vendor)!, entry.code);
    if (entry.message !== undefined) expect(entry.message).not.toMatch(URL_LIKE);
  }

  const healthy = lane.baseline.get(op.name)!.body.data;
  const failed = (vendors: Vendor[] | undefined) => (vendors ?? []).some((vendor) => failing.has(vendor));
  for (const part of op.parts) {
    const found = part.of(body.data);
    const expected = part.of(healthy);
    if (!failed(part.vendors) && !failed(part.under) && !(fault.spendsBudget && failed(part.after))) {
      expect(found, `${context}: ${part.name}`).toEqual(expected);
      continue;
    }
    expect(expected, `${context}: ${part.name} holds only what the vendors gave`).toEqual(expect.arrayContaining(found));
    if (found.length < expected.length && !part.unnamed) {
      expect([...part.vendors, ...(part.under ?? [])].some((vendor) => named.has(vendor)), `${context}: ${part.name} lost data without naming why`).toBe(true);
    }
  }
  // Unless the fault is flaky, every failing vendor the operation reads is named.
  if (fault.flaky) return;
  const unnamed = op.reads.filter((read) => down.has(read) && !named.has(read));
  // A shared sign-in that outlasts the budget stops the operation's first product call; a read that waited on
  // that call (trainings list their organizers from GoToMeeting) times out under that product's name.
  if ('voidTokens' in target && fault.spendsBudget) expect(named.size, `${context} names a product of the sign-in`).toBeGreaterThan(0);
  else for (const vendor of unnamed) expect(named.has(vendor), `${context} names ${vendor}`).toBe(true);
}

/** Every `unavailableVendors` entry anywhere in an answer. */
function unavailableIn(data: unknown): { vendor: string; code: string; message?: string }[] {
  if (Array.isArray(data)) return data.flatMap(unavailableIn);
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => (key === 'unavailableVendors' ? (value as { vendor: string; code: string }[]) : unavailableIn(value)));
}

/** The audit's own, stricter, reading: each failing vendor's field is null with the error at its path, each listing names exactly the failing vendors. */
function expectAuditDegraded(data: Audit, errors: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[], target: Target, codes: string[]): void {
  const down = new Set<Vendor>(target.down);
  for (const { field, vendor } of AUDIT_FIELDS) {
    if (!down.has(vendor)) continue;
    expect(data[field], field).toBeNull();
    const error = errors.find((e) => e.path?.[0] === field);
    // A sign-in that outlasts the budget times out under the product whose call waited for it.
    expect(error?.extensions, field).toMatchObject({ code: expect.toBeOneOf(codes), vendor: expect.toBeOneOf([...target.named, ...target.down]) });
  }
  for (const listing of AUDIT_LISTINGS) {
    const needed = listing.needs ?? {};
    const failing = listing.vendors.filter((vendor) => down.has(vendor) || down.has(needed[vendor]!));
    const found = listing.of(data);
    if (listing.under && down.has(listing.under)) {
      expect(found, listing.name).toEqual([]);
      continue;
    }
    expect(found.length, listing.name).toBeGreaterThan(0);
    for (const { unavailableVendors, nodes } of found) {
      expect(unavailableVendors.map((entry) => entry.vendor).sort(), listing.name).toEqual(failing.map((vendor) => VENDOR_ENUM[vendor]).sort());
      if (nodes && failing.length < listing.vendors.length) expect(nodes.length, `${listing.name} has data`).toBeGreaterThan(0);
    }
  }
  // Every error is on a failing vendor's field.
  const nullFields = AUDIT_FIELDS.filter((f) => down.has(f.vendor)).map((f) => f.field);
  for (const error of errors) expect(nullFields).toContain(error.path?.[0]);
}

/** Faults cleared: `/ready` is 200 with every breaker (token endpoints' included) closed, and the failed vendor answers in full again. */
function expectHealthyAfter(lane: Lane, target: Target, ready: Outcome['ready'], health: Answer): void {
  expect(ready.status).toBe(200);
  for (const reading of ready.body.vendors) expect(reading, reading.vendor).toMatchObject({ state: 'closed', ...(reading.token && { token: 'closed' }) });
  const op = byName(target.health);
  expect(health.status).toBe(200);
  expect(health.body.errors, `${op.name} after the fault`).toBeUndefined();
  expect(unavailableIn(health.body.data), `${op.name} after the fault`).toEqual([]);
  const healthy = lane.baseline.get(op.name)!.body.data;
  for (const part of op.parts) expect(part.of(health.body.data), `${op.name} after the fault: ${part.name}`).toEqual(part.of(healthy));
}

function expectNoSecret(text: string): void {
  for (const secret of [...secrets, ...sent]) expect(text.includes(secret), `a credential (${secret.slice(0, 3)}…) leaked`).toBe(false);
}
