/** Section "Ceiling": the same load against a bare graphql-yoga server answering `{ hello }`. */
import { CEILING_QUERY, startCeilingServer } from '../ceiling-server.js';
import { errorNotes, LOAD_COLUMNS, loadCells, measureHttp, type LoadOptions } from '../http-load.js';
import type { SectionResult } from '../report.js';

export async function benchCeiling(options: LoadOptions): Promise<SectionResult> {
  const server = await startCeilingServer();
  try {
    const result = await measureHttp(
      { url: server.graphqlUrl, headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query: CEILING_QUERY }) },
      options,
    );
    return {
      title: 'Ceiling: bare graphql-yoga',
      method:
        `createYoga with a one-field static schema on node:http in this process (no auth, limits, context, vendors or logging), the same load generator: ` +
        `${options.concurrency} in flight, ${options.warmUpSeconds} s warm-up, ${options.seconds} s measured. What this machine serves over this HTTP stack at best.`,
      table: { columns: ['operation', ...LOAD_COLUMNS], rows: [[CEILING_QUERY, ...loadCells(result)]] },
      notes: errorNotes(CEILING_QUERY, result),
    };
  } finally {
    await server.close();
  }
}
