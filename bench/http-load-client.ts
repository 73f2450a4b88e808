/**
 * The load generator of bench/http-load.ts, forked as its own process so its CPU is not the
 * server's. `concurrency` workers each send the same POST over keep-alive connections (node:http,
 * one socket per worker), the next as soon as the last is answered, until the phase's time is up.
 *
 * An answer counts as an error unless it is a 200 whose JSON has `data`, no `errors`, and names no
 * `unavailableVendors` (a vendor that failed is a partial answer, not a measurement); with
 * `expect: 'status'` (the simulator section's plain GETs), unless it is a 200.
 *
 * Parent → child: { type: 'run', url, headers, body, concurrency, warmUpSeconds, seconds }, then { type: 'measure' } after 'warm'.
 * Child → parent: { type: 'warm' } (warm-up over, nothing in flight), { type: 'result', ...LoadResult }.
 */
import { Agent, request } from 'node:http';
import { ascending, percentile } from './percentile.js';
import type { LoadResult, LoadRun } from './http-load.js';

interface Tally {
  latencies: number[];
  errors: number;
  errorSamples: Set<string>;
}

/** One request: resolves with an error description, or null for a good answer. */
function send(run: LoadRun, agent: Agent): Promise<string | null> {
  return new Promise((resolve) => {
    const method = run.method ?? 'POST';
    const headers = method === 'GET' ? run.headers : { ...run.headers, 'content-length': Buffer.byteLength(run.body) };
    const outgoing = request(run.url, { method, agent, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', (error) => resolve(`response: ${error.message}`));
      answer.on('end', () => {
        const status = answer.statusCode ?? 0;
        if (run.expect === 'status') resolve(status === 200 ? null : `HTTP ${status}`);
        else resolve(check(status, Buffer.concat(chunks).toString()));
      });
    });
    outgoing.on('error', (error) => resolve(`request: ${error.message}`));
    outgoing.end(method === 'GET' ? undefined : run.body);
  });
}

function check(status: number, text: string): string | null {
  let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return `HTTP ${status}, not JSON: ${text.slice(0, 120)}`;
  }
  const error = body.errors?.[0];
  if (error) return `HTTP ${status}: ${error.extensions?.code ?? 'ERROR'} ${error.message ?? ''}`.trim();
  if (status !== 200) return `HTTP ${status}`;
  if (body.data === undefined || body.data === null) return `HTTP ${status} without data`;
  // The gateway's own JSON has no spaces: a non-empty list starts `[{`.
  const unavailable = /"unavailableVendors":\[\{[^\]]*?"vendor":"(\w+)"/.exec(text);
  if (unavailable) return `a vendor was unavailable: ${unavailable[1]}`;
  return null;
}

/** `concurrency` closed-loop workers until `seconds` have passed; resolves once every request has been answered. */
async function phase(run: LoadRun, agent: Agent, seconds: number, tally: Tally): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const error = await send(run, agent);
      tally.latencies.push(performance.now() - started);
      if (error) {
        tally.errors += 1;
        if (tally.errorSamples.size < 5) tally.errorSamples.add(error);
      }
    }
  };
  await Promise.all(Array.from({ length: run.concurrency }, worker));
}

async function main(run: LoadRun): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: run.concurrency });
  await phase(run, agent, run.warmUpSeconds, { latencies: [], errors: 0, errorSamples: new Set() });
  const measure = new Promise((resolve) => process.once('message', resolve));
  process.send?.({ type: 'warm' });
  await measure;
  const tally: Tally = { latencies: [], errors: 0, errorSamples: new Set() };
  const started = performance.now();
  await phase(run, agent, run.seconds, tally);
  const seconds = (performance.now() - started) / 1000;
  const sorted = ascending(tally.latencies);
  const result: LoadResult = {
    completed: sorted.length,
    errors: tally.errors,
    errorSamples: [...tally.errorSamples],
    seconds,
    latency: {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? NaN,
      mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    },
  };
  process.send?.({ type: 'result', ...result });
  agent.destroy();
}

process.once('message', (message: LoadRun) => void main(message));
process.on('disconnect', () => process.exit(0));
