/** Section "Ceiling": the same load against a bare graphql-yoga server answering `{ hello }`, in its own process. */
import { CEILING_QUERY } from '../ceiling-server.js';
import { forkBench } from '../child.js';
import { errorNotes, LOAD_COLUMNS, loadCells, measureHttp, type LoadOptions } from '../http-load.js';
import { processTreeCpuMs } from '../process-cpu.js';
import { figure, type SectionResult } from '../report.js';

/** The ceiling's label among the measured figures. */
export const CEILING = 'ceiling';

export async function benchCeiling(options: LoadOptions): Promise<SectionResult> {
  const server = forkBench(new URL('../ceiling-child.ts', import.meta.url), { env: { NODE_ENV: 'production' } });
  try {
    const { graphqlUrl } = await server.next<{ graphqlUrl: string }>('listening');
    const pid = server.child.pid!;
    let cpuBefore = NaN;
    const result = await measureHttp(
      { url: graphqlUrl, headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query: CEILING_QUERY }) },
      options,
      () => (cpuBefore = processTreeCpuMs(pid)),
    );
    const cpuMsPerOperation = (processTreeCpuMs(pid) - cpuBefore) / Math.max(1, result.completed);
    return {
      title: 'Ceiling: bare graphql-yoga',
      method:
        'createYoga with a one-field static schema on node:http in its own process with NODE_ENV=production (no auth, limits, context, vendors or logging), the same load generator: ' +
        `${options.concurrency} in flight, ${options.warmUpSeconds} s warm-up, ${options.seconds} s measured. What this machine serves over this HTTP stack at best.`,
      table: { columns: ['operation', ...LOAD_COLUMNS, 'CPU ms/op'], rows: [[CEILING_QUERY, ...loadCells(result), figure(cpuMsPerOperation, 2)]] },
      notes: errorNotes(CEILING_QUERY, result),
      measured: { [CEILING]: { queriesPerSecond: result.completed / result.seconds, p50Ms: result.latency.p50, cpuMsPerOperation } },
    };
  } finally {
    server.child.disconnect();
    await server.exited;
  }
}
