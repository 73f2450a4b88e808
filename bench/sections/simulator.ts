/**
 * Section "Simulator": the simulator's own throughput on a simple vendor GET (Zendesk's
 * `/api/v2/users/me.json` with an API token, the journal on), beside a bare node:http server that
 * answers the same bytes, both in their own process with NODE_ENV=production under the same load
 * generator. The ratio is what the simulator's request path (routing, journal, faults, stubs, the
 * vendor's auth and serialisation) costs; issue 20 aims for ≥ 0.8×.
 */
import { forkBench, type BenchChild } from '../child.js';
import { errorNotes, LOAD_COLUMNS, loadCells, measureHttp, type LoadOptions, type LoadResult } from '../http-load.js';
import { processTreeCpuMs } from '../process-cpu.js';
import { figure, type SectionResult } from '../report.js';
import { SIMULATOR_ACCOUNTS } from '../../simulator/credentials.js';

const PATH = '/zendesk/api/v2/users/me.json';
const { email, apiToken } = SIMULATOR_ACCOUNTS.zendesk;
const HEADERS = { authorization: `Basic ${Buffer.from(`${email}/token:${apiToken}`).toString('base64')}`, accept: 'application/json' };

async function start(env: Record<string, string>): Promise<{ child: BenchChild; url: string }> {
  const child = forkBench(new URL('../simulator-throughput-child.ts', import.meta.url), { env: { NODE_ENV: 'production', ...env } });
  const { url } = await child.next<{ url: string }>('listening');
  return { child, url };
}

async function stop(child: BenchChild): Promise<void> {
  child.child.disconnect();
  await child.exited;
}

/** Rounds measured in turn (simulator, bare, simulator, …) so a load swing on a shared machine hits both alike. */
const ROUNDS = 3;

interface Measured {
  result: LoadResult;
  cpuMsPerRequest: number;
}

async function measure(url: string, pid: number, options: LoadOptions): Promise<Measured> {
  let cpuBefore = NaN;
  const result = await measureHttp({ url, headers: HEADERS, body: '', method: 'GET', expect: 'status' }, options, () => (cpuBefore = processTreeCpuMs(pid)));
  return { result, cpuMsPerRequest: (processTreeCpuMs(pid) - cpuBefore) / Math.max(1, result.completed) };
}

const perSecond = ({ result }: Measured): number => result.completed / result.seconds;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The round with the median throughput, for its latency figures. */
const medianRound = (rounds: Measured[]): Measured => [...rounds].sort((a, b) => perSecond(a) - perSecond(b))[Math.floor(rounds.length / 2)]!;

export async function benchSimulator(options: LoadOptions): Promise<SectionResult> {
  const simulator = await start({ SERVER: 'simulator' });
  let bare: Awaited<ReturnType<typeof start>> | undefined;
  const sim: Measured[] = [];
  const node: Measured[] = [];
  try {
    const sample = await fetch(simulator.url + PATH, { headers: HEADERS });
    if (sample.status !== 200) throw new Error(`the simulator answered ${sample.status} to GET ${PATH}`);
    bare = await start({ SERVER: 'bare', BARE_BODY: await sample.text(), BARE_TYPE: sample.headers.get('content-type') ?? '' });
    for (let round = 0; round < ROUNDS; round++) {
      sim.push(await measure(simulator.url + PATH, simulator.child.child.pid!, options));
      node.push(await measure(bare.url + PATH, bare.child.child.pid!, options));
    }
  } finally {
    await stop(simulator.child);
    if (bare) await stop(bare.child);
  }
  const ratio = median(sim.map((round, i) => perSecond(round) / perSecond(node[i]!)));
  const cpuRatio = median(node.map((round, i) => round.cpuMsPerRequest / sim[i]!.cpuMsPerRequest));
  const row = (name: string, rounds: Measured[]): string[] => {
    const middle = medianRound(rounds);
    return [name, figure(median(rounds.map(perSecond))), ...loadCells(middle.result).slice(1), figure(median(rounds.map((r) => r.cpuMsPerRequest)), 3)];
  };
  return {
    title: 'Simulator: a vendor GET beside bare node:http',
    method:
      `GET ${PATH} (Basic API token) on \`switchboard simulator --no-rate-limits\` (journal on, default limit and body capture) and on a bare node:http server answering the same bytes, ` +
      `each in its own process with NODE_ENV=production, the same load generator: ${options.concurrency} in flight, ${options.warmUpSeconds} s warm-up, ${options.seconds} s measured, ` +
      `${ROUNDS} rounds taken in turn; medians (latencies from the median round).`,
    table: { columns: ['server', 'requests/s', ...LOAD_COLUMNS.slice(1), 'CPU ms/request'], rows: [row('simulator', sim), row('bare node:http', node)] },
    notes: [
      `simulator ÷ bare: **${figure(ratio, 2)}×** requests/s (median of the paired rounds: ${sim.map((round, i) => figure(perSecond(round) / perSecond(node[i]!), 2)).join(', ')}; aim ≥ 0.8×); ` +
        `by CPU per request ${figure(cpuRatio, 2)}× (what the ratio would be with a core to spare)`,
      ...sim.flatMap((round) => errorNotes('simulator', round.result)),
      ...node.flatMap((round) => errorNotes('bare node:http', round.result)),
    ],
  };
}
