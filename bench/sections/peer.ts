/**
 * Section "Peer: Hive Gateway" (`npm run bench -- --peer`): Switchboard and the generic peer a user
 * would pick instead (Hive Gateway over a GraphQL Mesh composition of the simulator's Zendesk,
 * bench/peer-gateway.ts), each in its own process with NODE_ENV=production, over the same simulator
 * process, answering the same Zendesk-only operation, in alternating rounds (A/B, then B/A) so that a
 * machine whose speed drifts weighs on both alike. Per gateway: queries/s, latency, its process's CPU
 * per operation and the upstream calls per operation; and Switchboard ÷ peer per round, paired.
 */
import { isDeepStrictEqual } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureGateway, type GatewayMeasurement } from '../gateway-measurement.js';
import { startGatewayProcess, type GatewayProcess } from '../gateway-process.js';
import { errorNotes, type LoadOptions, type LoadTarget } from '../http-load.js';
import { composePeerSupergraph, ensurePeerInstalled, startPeerGateway, type PeerGateway } from '../peer-gateway.js';
import { ascending, percentile } from '../percentile.js';
import { staleBuildNote } from '../build-freshness.js';
import { figure, type SectionResult } from '../report.js';
import { startSimulatorProcess } from '../simulator-process.js';

export interface PeerOptions extends LoadOptions {
  /** Rounds; each measures both gateways once, in alternating order. */
  rounds: number;
}

const SWITCHBOARD_QUERY = 'query ZendeskTickets { tickets(first: 25) { edges { node { subject requester { name email } } } } }';
/** The same on the peer's schema: Zendesk's own shape (a ticket list, its requester joined by Mesh). */
const PEER_QUERY = 'query ZendeskTickets { tickets(first: 25) { tickets { subject requester { name email } } } }';

const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

interface Contender {
  name: string;
  pid: number;
  target: LoadTarget;
  rounds: GatewayMeasurement[];
}

type Row = { subject: string; requester: { name: string; email: string | null } | null };

/** The answer's tickets as the two schemas share them; throws unless it has data and no errors. */
async function tickets(target: LoadTarget, pick: (data: never) => Row[]): Promise<Row[]> {
  const answer = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const body = (await answer.json()) as { data?: never; errors?: unknown[] };
  if (answer.status !== 200 || !body.data || body.errors?.length) throw new Error(`${target.url} answered ${answer.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return pick(body.data);
}

const median = (values: number[]) => percentile(ascending(values), 50);
const times = (value: number) => `${figure(value, 2)}×`;
/** `median× (min–max)` of per-round values. */
function spread(values: number[]): string {
  const sorted = ascending(values);
  return `${times(percentile(sorted, 50))} (${figure(sorted[0]!, 2)}–${figure(sorted.at(-1)!, 2)})`;
}

export async function benchPeer(options: PeerOptions): Promise<SectionResult> {
  await ensurePeerInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-peer-'));
  const simulator = await startSimulatorProcess();
  let switchboard: GatewayProcess | undefined;
  let peer: PeerGateway | undefined;
  const notes: string[] = [staleBuildNote()].filter((note) => note !== undefined);
  try {
    switchboard = await startGatewayProcess(simulator.url, {
      DATABASE_URL: `sqlite:${join(dir, 'store.sqlite')}`,
      LOG_LEVEL: 'warn',
      // Polled once at start, not while measuring: the operation reads Zendesk only.
      LIVE_POLL_INTERVAL_MS: String(3_600_000),
    });
    peer = await startPeerGateway(await composePeerSupergraph(simulator.url, dir), dir);
    const contenders: Contender[] = [
      {
        name: 'Switchboard',
        pid: switchboard.pid,
        target: { url: switchboard.graphqlUrl, headers: { ...HEADERS, authorization: `Bearer ${switchboard.keys.agent}` }, body: JSON.stringify({ query: SWITCHBOARD_QUERY }) },
        rounds: [],
      },
      { name: 'Hive Gateway (GraphQL Mesh)', pid: peer.pid, target: { url: peer.graphqlUrl, headers: HEADERS, body: JSON.stringify({ query: PEER_QUERY }) }, rounds: [] },
    ];
    const [ours, theirs] = contenders as [Contender, Contender];

    // Equivalent operations: the same tickets, in the same order, with the same requesters.
    const ourTickets = await tickets(ours.target, (data: { tickets: { edges: { node: Row }[] } }) => data.tickets.edges.map(({ node }) => node));
    const theirTickets = await tickets(theirs.target, (data: { tickets: { tickets: Row[] } }) => data.tickets.tickets);
    if (!isDeepStrictEqual(ourTickets, theirTickets)) {
      notes.push(`**The two answers differ** (the comparison is not like for like): Switchboard ${JSON.stringify(ourTickets.slice(0, 2))}…, Hive Gateway ${JSON.stringify(theirTickets.slice(0, 2))}…`);
    }

    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? contenders : [...contenders].reverse();
      for (const contender of order) {
        console.error(`[bench] peer round ${round + 1}/${options.rounds}: ${contender.name}`);
        contender.rounds.push(await measureGateway(contender.pid, simulator, contender.target, options));
      }
    }

    const rows = contenders.map(({ name, rounds }) => {
      const answers = rounds.reduce((sum, { result }) => sum + result.completed, 0);
      const errors = rounds.reduce((sum, { result }) => sum + result.errors, 0);
      const calls = rounds.reduce((sum, { calls }) => sum + calls.total, 0);
      return [
        name,
        figure(median(rounds.map(({ result }) => result.completed / result.seconds))),
        figure(median(rounds.map(({ result }) => result.latency.p50)), 1),
        figure(median(rounds.map(({ result }) => result.latency.p99)), 1),
        `${errors} / ${answers}`,
        figure(median(rounds.map(({ cpuMsPerOperation }) => cpuMsPerOperation)), 1),
        figure(calls / Math.max(1, answers), 2),
      ];
    });
    // Paired: each round's Switchboard figure over the peer's in the same round.
    const paired = (figureOf: (measurement: GatewayMeasurement) => number) => ours.rounds.map((measurement, round) => figureOf(measurement) / figureOf(theirs.rounds[round]!));
    const qps = paired(({ result }) => result.completed / result.seconds);
    const cpu = paired(({ cpuMsPerOperation }) => cpuMsPerOperation);
    rows.push([
      'Switchboard ÷ Hive Gateway, paired per round: median (range)',
      spread(qps),
      spread(paired(({ result }) => result.latency.p50)),
      spread(paired(({ result }) => result.latency.p99)),
      '',
      spread(cpu),
      '',
    ]);
    for (const { name, rounds } of contenders) {
      for (const [round, { result, calls }] of rounds.entries()) {
        notes.push(...errorNotes(`${name}, round ${round + 1}`, result));
        if (calls.full) notes.push(`${name}, round ${round + 1}: the journal overflowed; its upstream calls are a floor.`);
      }
    }
    notes.push(`per round, Switchboard ÷ Hive Gateway queries/s: ${qps.map((ratio) => figure(ratio, 2)).join(', ')}; CPU ms/op: ${cpu.map((ratio) => figure(ratio, 2)).join(', ')}`);
    notes.push(`target: Switchboard ≥ 2× Hive Gateway's queries/s — ${median(qps) >= 2 ? 'met' : `missed (${times(median(qps))})`}`);
    notes.push(`target: Switchboard ≤ ½ Hive Gateway's CPU per operation — ${median(cpu) <= 0.5 ? 'met' : `missed (${times(median(cpu))})`}`);
    return {
      title: 'Peer: Hive Gateway',
      method:
        `The Zendesk-only operation \`${SWITCHBOARD_QUERY}\` on Switchboard (\`switchboard serve\` as in "Operations over HTTP", agent key) and \`${PEER_QUERY}\` on ` +
        'Hive Gateway serving the supergraph GraphQL Mesh composes from the simulator’s Zendesk (bench/peer: tickets.json with `per_page` = first, requesters batched through users/show_many), ' +
        'each in its own process with NODE_ENV=production, over one simulator process (seed 42, rate limits off); checked to answer the same tickets and requesters. ' +
        `${options.rounds} rounds, each measuring both (A/B, then B/A): ${options.concurrency} in flight, ${options.warmUpSeconds} s warm-up, ${options.seconds} s measured. ` +
        'Per gateway the median over rounds; CPU ms/op = its process’s user + system CPU over the window (/proc) / answers; upstream calls/op = the simulator’s journal over all rounds / answers. ' +
        'The last row: each round’s Switchboard figure ÷ the peer’s in the same round, median and range (below 1 for queries/s, or above 1 for latency and CPU, means Switchboard is behind).',
      table: { columns: ['gateway', 'queries/s', 'p50 ms', 'p99 ms', 'errors / answers', 'CPU ms/op', 'upstream calls/op'], rows },
      notes,
    };
  } finally {
    await peer?.close();
    await switchboard?.close();
    await simulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}
