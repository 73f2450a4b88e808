/**
 * One HTTP load measurement for `npm run bench`: a forked load generator
 * (bench/http-load-client.ts) holds `concurrency` requests in flight against one URL for a
 * warm-up, then for the measured `seconds`.
 *
 * Between the two it stops, lets every request in flight finish and waits for `beforeMeasure`
 * (the operations section clears the simulator's journal there), so what the window counts
 * (requests, latencies, upstream calls) is exactly what its own requests caused.
 */
import { forkBench } from './child.js';
import { figure } from './report.js';

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** The request body (a GraphQL request as JSON); ignored for GET. */
  body: string;
  /** The request method; default POST. */
  method?: 'GET' | 'POST';
  /** What counts as a good answer: a GraphQL answer with data (default), or any 200 (`status`). */
  expect?: 'graphql' | 'status';
}

export interface LoadOptions {
  /** Requests in flight at every moment (closed loop: each worker sends its next as soon as its last is answered). */
  concurrency: number;
  warmUpSeconds: number;
  seconds: number;
}

export interface LoadResult {
  /** Requests answered in the measured window, failed ones included. */
  completed: number;
  /** Answers that were not a 200 with data and no error (see http-load-client.ts). */
  errors: number;
  /** The first few distinct error descriptions. */
  errorSamples: string[];
  /** From the window's start until its last request was answered. */
  seconds: number;
  /** Per request, from writing it to having read and parsed the whole answer (ms). */
  latency: { p50: number; p99: number; max: number; mean: number };
}

/** Parent → child. */
export interface LoadRun extends LoadTarget, LoadOptions {
  type: 'run';
}

export async function measureHttp(target: LoadTarget, options: LoadOptions, beforeMeasure: () => unknown = () => undefined): Promise<LoadResult> {
  const load = forkBench(new URL('./http-load-client.ts', import.meta.url));
  try {
    load.send({ type: 'run', ...target, ...options } satisfies LoadRun);
    await load.next('warm');
    await beforeMeasure();
    load.send({ type: 'measure' });
    return await load.next<LoadResult>('result');
  } finally {
    load.child.kill();
    await load.exited;
  }
}

/** Table columns for a load result, and its cells (see {@link loadCells}). */
export const LOAD_COLUMNS = ['queries/s', 'p50 ms', 'p99 ms', 'max ms', 'errors / answers'];

export function loadCells(result: LoadResult): string[] {
  const { latency } = result;
  return [figure(result.completed / result.seconds), figure(latency.p50, 1), figure(latency.p99, 1), figure(latency.max, 1), `${result.errors} / ${result.completed}`];
}

/** The notes a result with errors needs: how many, and what they said. */
export function errorNotes(label: string, result: LoadResult): string[] {
  if (result.errors === 0) return [];
  return [`**${label}: ${result.errors} of ${result.completed} answers were errors** (the figures include them): ${result.errorSamples.join('; ')}`];
}
