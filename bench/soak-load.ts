/**
 * The load side of bench/soak.ts, forked as its own process so the gateway's memory figures
 * hold only the gateway. It sends a mix of queries and mutations at a steady rate over HTTP,
 * keeps graphql-ws subscriptions churning (opened, held a few seconds, closed), and rings
 * Ameyo calls in the simulator (each pushed to the gateway's webhook and published to
 * `incomingCall` subscribers).
 *
 * Parent → child: { type: 'start', gatewayUrl, simulatorUrl, keys, rate, subscriptions }, { type: 'report' }, { type: 'stop' }.
 * Child → parent: { type: 'report', requests, failed, partial, skipped, latencies (ms), wsOpened, wsEvents, wsErrors, calls } (since the last report).
 */
import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  AgentsDocument,
  AgentStatusChangedDocument,
  ContactsByPhoneDocument,
  CreateContactDocument,
  GoToWebinarsDocument,
  IncomingCallDocument,
  LiveBoardDocument,
  SupportSessionsDocument,
  SupportTeamsDocument,
  TicketsDocument,
} from '../clients/graphql/generated/graphql.js';

interface Start {
  type: 'start';
  gatewayUrl: string;
  simulatorUrl: string;
  keys: { admin: string; agent: string; manager: string };
  /** HTTP operations per second. */
  rate: number;
  /** graphql-ws subscriptions kept open at any time (each lives 3-8 s, then is replaced). */
  subscriptions: number;
}

interface Operation {
  document: DocumentNode;
  variables: () => Record<string, unknown>;
  role: 'admin' | 'agent' | 'manager';
  /** Share of the mix. */
  weight: number;
}

let sequence = 0;
const RANGE = { from: '2025-09-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
/** The mix: mostly reads across every vendor, some writes. */
const MIX: Operation[] = [
  { document: TicketsDocument, variables: () => ({ first: 5 }), role: 'agent', weight: 4 },
  { document: SupportTeamsDocument, variables: () => ({}), role: 'agent', weight: 2 },
  { document: AgentsDocument, variables: () => ({}), role: 'agent', weight: 2 },
  { document: GoToWebinarsDocument, variables: () => ({ range: RANGE, first: 3 }), role: 'agent', weight: 2 },
  { document: SupportSessionsDocument, variables: () => ({ first: 5 }), role: 'agent', weight: 1 },
  { document: ContactsByPhoneDocument, variables: () => ({ phone: '+1 415 555 0197' }), role: 'agent', weight: 2 },
  {
    document: CreateContactDocument,
    variables: () => ({ input: { name: `Soak Contact ${++sequence}`, email: `soak-${process.pid}-${sequence}@example.com` } }),
    role: 'agent',
    weight: 1,
  },
];
const SUBSCRIPTIONS: { document: DocumentNode; variables?: Record<string, unknown>; role: 'agent' | 'manager' }[] = [
  { document: IncomingCallDocument, role: 'agent' },
  { document: LiveBoardDocument, role: 'manager' },
  { document: AgentStatusChangedDocument, variables: { filter: {} }, role: 'manager' },
];

const totalWeight = MIX.reduce((sum, operation) => sum + operation.weight, 0);
const counts = { requests: 0, failed: 0, partial: 0, skipped: 0, wsOpened: 0, wsEvents: 0, wsErrors: 0, calls: 0 };
/** Requests allowed in flight at once: past it a tick is skipped (counted), so an overloaded gateway is not buried. */
const MAX_IN_FLIGHT = 32;
let inFlight = 0;
let latencies: number[] = [];
let running = true;
const timers: NodeJS.Timeout[] = [];
const clients = new Set<Client>();

function pick(): Operation {
  let roll = Math.random() * totalWeight;
  for (const operation of MIX) {
    roll -= operation.weight;
    if (roll < 0) return operation;
  }
  return MIX[0]!;
}

async function send(start: Start, operation: Operation): Promise<void> {
  if (inFlight >= MAX_IN_FLIGHT) {
    counts.skipped += 1;
    return;
  }
  inFlight += 1;
  const started = performance.now();
  try {
    const response = await fetch(`${start.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${start.keys[operation.role]}` },
      body: JSON.stringify({ query: print(operation.document), variables: operation.variables() }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    counts.requests += 1;
    if (response.status !== 200 || !body.data) counts.failed += 1;
    else if (body.errors?.length) counts.partial += 1;
  } catch {
    counts.requests += 1;
    counts.failed += 1;
  } finally {
    inFlight -= 1;
  }
  latencies.push(performance.now() - started);
}

/** One subscription on its own socket, closed after 3-8 s and replaced while running. */
function churn(start: Start, slot: number): void {
  if (!running) return;
  const spec = SUBSCRIPTIONS[slot % SUBSCRIPTIONS.length]!;
  const client = createClient({
    url: `${start.gatewayUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${start.keys[spec.role]}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  clients.add(client);
  counts.wsOpened += 1;
  client.subscribe(
    { query: print(spec.document), variables: spec.variables },
    { next: () => void (counts.wsEvents += 1), error: () => void (counts.wsErrors += 1), complete: () => undefined },
  );
  const timer = setTimeout(() => {
    clients.delete(client);
    void Promise.resolve(client.dispose()).catch(() => undefined);
    churn(start, slot + 1);
  }, 3000 + Math.random() * 5000);
  timers.push(timer);
}

function run(start: Start): void {
  // Paced, not closed-loop: a slow gateway gets the same offered load, as real clients give it.
  const everyMs = 1000 / start.rate;
  timers.push(setInterval(() => void send(start, pick()), everyMs));
  for (let slot = 0; slot < start.subscriptions; slot++) churn(start, slot);
  // A call rings every 2 s: the simulated Ameyo pushes it to the gateway, which stores it and pops the screen.
  timers.push(
    setInterval(() => {
      counts.calls += 1;
      void fetch(`${start.simulatorUrl}/ameyo/simulator/calls`, { method: 'POST', body: JSON.stringify({ phone: '14155550197' }) }).catch(() => undefined);
    }, 2000),
  );
}

// graphql-ws rejects some internal promises with the socket's CloseEvent when a socket closes mid-handshake
// (the gateway under load, or shutting down): count them, do not die of them.
process.on('unhandledRejection', () => void (counts.wsErrors += 1));

process.on('message', (message: Start | { type: 'report' | 'stop' }) => {
  if (message.type === 'start') run(message);
  if (message.type === 'report') {
    process.send?.({ type: 'report', ...counts, latencies });
    for (const name of Object.keys(counts) as (keyof typeof counts)[]) counts[name] = 0;
    latencies = [];
  }
  if (message.type === 'stop') {
    running = false;
    timers.forEach(clearTimeout);
    void Promise.all([...clients].map((client) => client.dispose())).then(() => process.exit(0));
  }
});
