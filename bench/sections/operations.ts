/**
 * Section "Operations over HTTP": the simulator and a production-configured gateway in this
 * process, each measured operation offered at a fixed concurrency by a forked load generator, and
 * the upstream calls each one costs counted in the simulator's journal.
 */
import { startSimulator } from '../../simulator/server.js';
import { syncPlan } from '../../store/sync/registry.js';
import { runSync } from '../../store/sync/run.js';
import { startBenchGateway } from '../gateway.js';
import { errorNotes, LOAD_COLUMNS, loadCells, measureHttp, type LoadOptions } from '../http-load.js';
import { prepareOperations } from '../measured-operations.js';
import { figure, type SectionResult } from '../report.js';

/**
 * The ticket view again once `switchboard sync` has put the remote-support sessions in the store, as
 * a gateway that syncs (SYNC_INTERVAL_MS) has them: what has settled is read from the store.
 */
export const SETTLED_TICKET = 'BenchTicketSynced';

/** Enough journal entries for any window on any machine (an entry is a few hundred bytes, kept only as calls happen). */
const JOURNAL_LIMIT = 5_000_000;

/** `names`: the operations to measure (their GraphQL names); all when empty. */
export async function benchOperations(options: LoadOptions, names: string[] = []): Promise<SectionResult> {
  // Zendesk's account budget (700 calls a minute) would measure the simulated account, not the gateway.
  const simulator = await startSimulator({ port: 0, host: '127.0.0.1', seed: 42, journalLimit: JOURNAL_LIMIT, rateLimits: false });
  const gateway = await startBenchGateway(simulator.url, { NODE_ENV: 'production', LOG_LEVEL: 'warn', LIVE_POLL_INTERVAL_MS: '0' });
  const rows: string[][] = [];
  const notes: string[] = [];
  try {
    const prepared = await prepareOperations(gateway, simulator.url);
    const known = [...prepared.map((operation) => operation.name), SETTLED_TICKET];
    const unknown = names.filter((name) => !known.includes(name));
    if (unknown.length > 0) throw new Error(`--operations takes ${known.join(', ')} (got ${unknown.join(', ')})`);
    const operations = prepared.filter((operation) => names.length === 0 || names.includes(operation.name));
    const ticket = prepared.find((operation) => operation.name === 'BenchTicket')!;
    if (names.length === 0 || names.includes(SETTLED_TICKET)) {
      operations.push({ ...ticket, label: SETTLED_TICKET, what: `${ticket.what}, once the sessions are synced`, before: () => syncSessions(gateway) });
    }
    for (const operation of operations) {
      await operation.before?.();
      const result = await measureHttp(
        {
          url: gateway.graphqlUrl,
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${gateway.keys[operation.role]}` },
          body: operation.body,
        },
        options,
        () => simulator.simulator.journal.clear(),
      );
      const calls = simulator.simulator.journal.entries();
      if (calls.length >= JOURNAL_LIMIT) notes.push(`${operation.name}: the journal overflowed; its upstream calls are a floor.`);
      const byVendor = new Map<string, number>();
      for (const call of calls) byVendor.set(call.vendor, (byVendor.get(call.vendor) ?? 0) + 1);
      const perOperation = (count: number) => figure(count / Math.max(1, result.completed), 2);
      rows.push([
        `${operation.label ?? operation.name}: ${operation.what}`,
        ...loadCells(result),
        perOperation(calls.length),
        [...byVendor].sort(([a], [b]) => a.localeCompare(b)).map(([vendor, count]) => `${vendor} ${perOperation(count)}`).join(', ') || 'none',
      ]);
      notes.push(...errorNotes(operation.label ?? operation.name, result));
    }
  } finally {
    await gateway.close();
    await simulator.close();
  }
  return {
    title: 'Operations over HTTP',
    method:
      `The simulator (seed 42, its rate limits off) and the gateway (NODE_ENV=production, LOG_LEVEL=warn, SQLite in memory, no rate limit, live board painted once, no background polling or sync) in one process; ` +
      `a forked load generator holds ${options.concurrency} requests in flight over keep-alive connections for ${options.warmUpSeconds} s of warm-up, then ${options.seconds} s measured. ` +
      'Queries/s = answers / window; latency from sending a request to having parsed its answer; an error is any answer but a 200 with data, no errors and no unavailable vendor; ' +
      'upstream calls/op = vendor requests in the simulator’s journal during the window / answers. ' +
      `${SETTLED_TICKET} is BenchTicket after one \`switchboard sync\` of the Bomgar and GoToAssist sessions into that store (what a gateway with SYNC_INTERVAL_MS holds).`,
    table: { columns: ['operation', ...LOAD_COLUMNS, 'upstream calls/op', 'by vendor'], rows },
    notes,
  };
}

/** One `switchboard sync` of the remote-support sessions (Bomgar, GoToAssist) into the gateway's store. */
async function syncSessions(gateway: Awaited<ReturnType<typeof startBenchGateway>>): Promise<void> {
  const plan = syncPlan(gateway.app.vendors, ['bomgar', 'goto']);
  for (const [vendor, syncs] of plan) plan.set(vendor, syncs?.filter((sync) => sync.resource === 'sessions') ?? null);
  const outcome = await runSync({ em: gateway.app.store.fork(), plan });
  const failed = outcome.flatMap((vendor) => [vendor.error, ...vendor.resources.map((resource) => resource.error)]).filter(Boolean);
  if (failed.length > 0) throw new Error(`the sessions sync failed: ${failed.map((error) => error!.message).join('; ')}`);
}

