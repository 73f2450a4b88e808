/**
 * Section "Operations over HTTP": the gateway as users run it (`switchboard serve`, NODE_ENV=production,
 * its own process) over the simulator in another process, each measured operation offered at a fixed
 * concurrency by a forked load generator; the gateway process's CPU read before and after each
 * window, and the upstream calls each operation costs counted in the simulator's journal.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCaptured } from '../child.js';
import { servedGatewayEnv, startGatewayProcess, SWITCHBOARD_BIN, type GatewayProcess } from '../gateway-process.js';
import { measureGateway } from '../gateway-measurement.js';
import { errorNotes, LOAD_COLUMNS, loadCells, type LoadOptions } from '../http-load.js';
import { prepareOperations } from '../measured-operations.js';
import { staleBuildNote } from '../build-freshness.js';
import { figure, type SectionResult } from '../report.js';
import { startSimulatorProcess } from '../simulator-process.js';

/**
 * The ticket view again once `switchboard sync` has put the remote-support sessions in the store, as
 * a gateway that syncs (SYNC_INTERVAL_MS) has them: what has settled is read from the store.
 */
export const SETTLED_TICKET = 'BenchTicketSynced';

/** The gateway's live polling: once at start (the board painted), then not again for longer than any bench runs. */
const POLL_ONCE_INTERVAL_MS = String(3_600_000);

/** The vendors whose sessions `switchboard sync` puts in the store for {@link SETTLED_TICKET}. */
const SESSION_VENDORS = ['bomgar', 'goto'];

/** `names`: the operations to measure (their GraphQL names); all when empty. */
export async function benchOperations(options: LoadOptions, names: string[] = []): Promise<SectionResult> {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-'));
  const simulator = await startSimulatorProcess();
  // A SQLite file, as `serve` keeps by default, so that `switchboard sync` in another process writes the same store.
  const gatewayEnv = { DATABASE_URL: `sqlite:${join(dir, 'store.sqlite')}`, LOG_LEVEL: 'warn', LIVE_POLL_INTERVAL_MS: POLL_ONCE_INTERVAL_MS };
  let gateway: GatewayProcess | undefined;
  const rows: string[][] = [];
  const measuredFigures: NonNullable<SectionResult['measured']> = {};
  const notes: string[] = [staleBuildNote()].filter((note) => note !== undefined);
  try {
    gateway = await startGatewayProcess(simulator.url, gatewayEnv);
    const served = gateway;
    const prepared = await prepareOperations(served, simulator.url);
    const known = [...prepared.map((operation) => operation.name), SETTLED_TICKET];
    const unknown = names.filter((name) => !known.includes(name));
    if (unknown.length > 0) throw new Error(`--operations takes ${known.join(', ')} (got ${unknown.join(', ')})`);
    const operations = prepared.filter((operation) => names.length === 0 || names.includes(operation.name));
    const ticket = prepared.find((operation) => operation.name === 'BenchTicket')!;
    if (names.length === 0 || names.includes(SETTLED_TICKET)) {
      operations.push({
        ...ticket,
        label: SETTLED_TICKET,
        what: `${ticket.what}, once the sessions are synced`,
        before: () => syncSessions(simulator.url, served, gatewayEnv),
      });
    }
    for (const operation of operations) {
      await operation.before?.();
      const measured = await measureGateway(served.pid, simulator, {
        url: served.graphqlUrl,
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${served.keys[operation.role]}` },
        body: operation.body,
      }, options);
      const label = operation.label ?? operation.name;
      if (measured.calls.full) notes.push(`${label}: the journal overflowed; its upstream calls are a floor.`);
      const perOperation = (count: number) => figure(count / Math.max(1, measured.result.completed), 2);
      rows.push([
        `${label}: ${operation.what}`,
        ...loadCells(measured.result),
        figure(measured.cpuMsPerOperation, 1),
        perOperation(measured.calls.total),
        Object.entries(measured.calls.byVendor)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([vendor, count]) => `${vendor} ${perOperation(count)}`)
          .join(', ') || 'none',
      ]);
      notes.push(...errorNotes(label, measured.result));
      measuredFigures[label] = {
        queriesPerSecond: measured.result.completed / measured.result.seconds,
        p50Ms: measured.result.latency.p50,
        cpuMsPerOperation: measured.cpuMsPerOperation,
        upstreamCallsPerOperation: measured.calls.total / Math.max(1, measured.result.completed),
      };
    }
  } finally {
    await gateway?.close();
    await simulator.close();
    await rm(dir, { recursive: true, force: true });
  }
  return {
    title: 'Operations over HTTP',
    method:
      'The gateway as users run it: `switchboard serve` (bin/switchboard.js) in its own process with NODE_ENV=production, LOG_LEVEL=warn, a SQLite file store, no rate limit, ' +
      'its live board polled once at start and not again, no background sync; the simulator (seed 42, its rate limits off) in another process. ' +
      `A forked load generator holds ${options.concurrency} requests in flight over keep-alive connections for ${options.warmUpSeconds} s of warm-up, then ${options.seconds} s measured. ` +
      'Queries/s = answers / window; latency from sending a request to having parsed its answer; an error is any answer but a 200 with data, no errors and no unavailable vendor; ' +
      'CPU ms/op = the gateway process’s user + system CPU over the window (/proc) / answers; upstream calls/op = vendor requests in the simulator’s journal during the window / answers. ' +
      `${SETTLED_TICKET} is BenchTicket after \`switchboard sync --vendor ${SESSION_VENDORS.join('` and `--vendor ')}\` into that store (what a gateway with SYNC_INTERVAL_MS holds).`,
    table: { columns: ['operation', ...LOAD_COLUMNS, 'CPU ms/op', 'upstream calls/op', 'by vendor'], rows },
    notes,
    measured: measuredFigures,
  };
}

/**
 * `switchboard sync --vendor <v>` of each remote-support vendor into the gateway's store, in processes of
 * their own on the same simulator and database, as an operator runs it beside `serve`.
 */
async function syncSessions(simulatorUrl: string, gateway: GatewayProcess, env: Record<string, string>): Promise<void> {
  for (const vendor of SESSION_VENDORS) {
    const { code } = await runCaptured(process.execPath, [SWITCHBOARD_BIN, 'sync', '--vendor', vendor], {
      env: { ...servedGatewayEnv(simulatorUrl, gateway.keys, randomBytes(24).toString('base64url')), ...env },
    });
    if (code !== 0) throw new Error(`switchboard sync --vendor ${vendor} exited with ${code}`);
  }
}
