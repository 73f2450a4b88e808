/**
 * The operations `npm run bench` measures over HTTP, and what the gateway and the simulator need
 * before they mean anything: the live board painted (the gateway's first poll of every live vendor),
 * and a ticket that has support sessions in both remote-support vendors and calls, so the ticket
 * view does every join it does in use. Everything goes through the gateway's HTTP API: it runs in
 * a process of its own.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { AgentsDocument, BenchTicketDocument, GoToMeetingsDocument, LiveBoardNowDocument } from '../clients/graphql/generated/graphql.js';
import { POLLED_VENDORS } from '../domain/live.js';
import type { Role } from '../domain/roles.js';
import type { GatewayProcess } from './gateway-process.js';

/** What the operations need of the gateway: where it answers and its keys. */
export type MeasuredGateway = Pick<GatewayProcess, 'graphqlUrl' | 'keys'>;

export interface MeasuredOperation {
  /** The operation's name, as sent. */
  name: string;
  /** What it stands for, in the results. */
  what: string;
  role: Role;
  /** The GraphQL request body, as JSON. */
  body: string;
  /** Its name in the results when it is measured a second way (default `name`). */
  label?: string;
  /** What to do before measuring it (the gateway in another state). */
  before?: () => Promise<void>;
}

/** Past meetings of the simulator's seed (its clock starts 2026-01-05T09:00Z). */
const MEETING_HISTORY = { from: '2025-10-01T00:00:00Z', to: '2026-01-05T09:00:00Z' };
/** Calls rung about the measured ticket. */
const CALLS_ON_TICKET = 3;

function operation<V>(what: string, role: Role, document: TypedDocumentNode<unknown, V>, variables: V): MeasuredOperation {
  const query = print(document);
  const name = /^\s*query\s+(\w+)/m.exec(query)?.[1] ?? 'anonymous';
  return { name, what, role, body: JSON.stringify({ query, operationName: name, variables }) };
}

/** Waits for the board to be painted, picks and rings the ticket, and returns the operations, each checked to answer without errors. */
export async function prepareOperations(gateway: MeasuredGateway, simulatorUrl: string): Promise<MeasuredOperation[]> {
  await boardPainted(gateway);
  const ticketId = await ticketWithSessions(gateway);
  await ringCalls(simulatorUrl, ticketId);
  const operations = [
    operation('a ticket with its requester, support sessions, agents’ live status and calls', 'agent', BenchTicketDocument, { id: ticketId }),
    operation('the agent board (the live board as it stands)', 'viewer', LiveBoardNowDocument, {}),
    // The gateway's own cost per request (auth, limits, context, logging, metrics) beside the ceiling's.
    { name: 'Typename', what: 'the smallest operation, `{ __typename }`: the cost of a request itself', role: 'viewer' as const, body: JSON.stringify({ query: 'query Typename { __typename }', operationName: 'Typename' }) },
    operation('agents with their live status, read from every vendor', 'viewer', AgentsDocument, {}),
    operation('a page of 100 historical meetings with organizers', 'viewer', GoToMeetingsDocument, { when: 'PAST', range: MEETING_HISTORY, first: 100 }),
  ];
  for (const measured of operations) {
    const data = await request<Record<string, unknown>>(gateway, measured.role, measured.body);
    if (measured.name === 'BenchTicket') {
      const ticket = data['ticket'] as { supportSessions: { edges: unknown[] }; calls: unknown[] };
      if (ticket.supportSessions.edges.length === 0 || ticket.calls.length === 0) throw new Error(`ticket ${ticketId} has no sessions or no calls: ${JSON.stringify(ticket)}`);
    }
  }
  return operations;
}

/** How long the gateway's first poll of every live vendor may take. */
const PAINT_TIMEOUT_MS = 60_000;

/**
 * Resolves once the live board lists every polled vendor as reachable: the gateway polls each at
 * start (the bench's long LIVE_POLL_INTERVAL_MS keeps it from polling again while it measures).
 */
async function boardPainted(gateway: MeasuredGateway): Promise<void> {
  const body = JSON.stringify({ query: 'query BenchBoardPainted { liveBoard { vendors { vendor reachable } } }' });
  const deadline = performance.now() + PAINT_TIMEOUT_MS;
  for (;;) {
    const { liveBoard } = await request<{ liveBoard: { vendors: { vendor: string; reachable: boolean }[] } }>(gateway, 'viewer', body);
    const reachable = liveBoard.vendors.filter((vendor) => vendor.reachable).length;
    if (reachable >= POLLED_VENDORS.length) return;
    if (performance.now() > deadline) throw new Error(`the live board was not painted after ${PAINT_TIMEOUT_MS / 1000} s: ${JSON.stringify(liveBoard.vendors)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs one request as a role; throws with the answer unless it has data and no errors. */
async function request<T>(gateway: MeasuredGateway, role: Role, body: string): Promise<T> {
  const answer = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.keys[role]}` },
    body,
  });
  const result = (await answer.json()) as { data?: T; errors?: unknown[] };
  if (answer.status !== 200 || !result.data || result.errors?.length) throw new Error(`${body.slice(0, 80)}… answered ${answer.status}: ${JSON.stringify(result).slice(0, 500)}`);
  return result.data;
}

/** Of the first 50 tickets, one with sessions in the most remote-support vendors, then the most sessions. */
async function ticketWithSessions(gateway: MeasuredGateway): Promise<string> {
  const query = 'query BenchSetupTickets { tickets(first: 50) { edges { node { vendorId supportSessions(first: 10) { edges { node { vendor } } } } } } }';
  const data = await request<{ tickets: { edges: { node: { vendorId: string; supportSessions: { edges: { node: { vendor: string } }[] } } }[] } }>(
    gateway,
    'agent',
    JSON.stringify({ query }),
  );
  const ranked = data.tickets.edges
    .map(({ node }) => ({ id: node.vendorId, sessions: node.supportSessions.edges.length, vendors: new Set(node.supportSessions.edges.map((edge) => edge.node.vendor)).size }))
    .sort((a, b) => b.vendors - a.vendors || b.sessions - a.sessions);
  if (!ranked[0] || ranked[0].sessions === 0) throw new Error('no ticket of the seed has support sessions');
  return ranked[0].id;
}

/** Callers ring about the ticket (typed in the IVR) and hang up: the simulated Ameyo pushes each call to the gateway, which stores it. */
async function ringCalls(simulatorUrl: string, ticketId: string): Promise<void> {
  const control = async (path: string, body: unknown) => {
    const answer = await fetch(`${simulatorUrl}/ameyo/simulator${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (!answer.ok) throw new Error(`the simulated Ameyo answered ${answer.status}: ${await answer.text()}`);
    return (await answer.json()) as { crtObjectId: string; pushes: { kind: string; status: number }[] };
  };
  for (let i = 0; i < CALLS_ON_TICKET; i++) {
    const call = await control('/calls', { phone: `1415555019${i}`, ivrTicketId: ticketId });
    if (call.pushes.some((push) => push.status !== 200)) throw new Error(`the gateway refused a call push: ${JSON.stringify(call.pushes)}`);
    await control(`/calls/${call.crtObjectId}/hangup`, {});
  }
}
