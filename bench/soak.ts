/**
 * Soak: does the gateway's memory stay flat under minutes of mixed load with vendors failing?
 *
 *   npm run bench:soak -- [--minutes 3] [--rate 10] [--subscriptions 15] [--fault-seconds 20]
 *
 * Three processes: this one runs the gateway (buildApp + listen, SQLite in memory, live pollers
 * every 2 s, sync off); a child runs the simulator (`switchboard simulator`), so the data the
 * load writes there does not count against the gateway; another child (bench/soak-load.ts)
 * offers the load: `--rate` HTTP operations a second (reads across every vendor, contact
 * creations; at most 32 in flight, ticks past that are skipped and counted), `--subscriptions` graphql-ws subscriptions churning (each held 3-8 s), an Ameyo
 * call pushed to the gateway every 2 s.
 *
 * Faults rotate every `--fault-seconds`: each simulator fault kind (500, 429, latency past the
 * timeout, connection reset, malformed body) on one vendor after another, hitting 30-100 % of
 * its requests, with a quiet period between rounds, so breakers open and close and every error
 * path runs.
 *
 * Every 10 s /metrics is scraped (as Prometheus would), then the gateway process collects garbage (it runs with --expose-gc) and samples V8's
 * used heap and the RSS. The table shows those with the interval's load; the slope is a least
 * squares fit of the samples after the first minute's warm-up (caches, JIT, pools filling),
 * in MB per minute, and of the last half alone (a backlog built while the machine was busy drains
 * in the first half and would hide a slow leak). A leak shows as a steady positive heap slope.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { forkBench } from './child.js';
import { startBenchGateway } from './gateway.js';
import { ascending, percentile } from './percentile.js';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '3' },
    rate: { type: 'string', default: '10' },
    subscriptions: { type: 'string', default: '15' },
    'fault-seconds': { type: 'string', default: '20' },
  },
});
const minutes = positive('minutes');
const rate = positive('rate');
const subscriptions = positive('subscriptions');
const faultSeconds = positive('fault-seconds');
const SAMPLE_MS = 10_000;
const WARM_UP_MS = 60_000;

function positive(name: keyof typeof args): number {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('Run with --expose-gc (npm run bench:soak does).');
  process.exit(2);
}

/** The fault rotation: kind × vendor, then a quiet slot. */
const KINDS = [
  { label: '500', spec: { kind: 'status', status: 500 } },
  { label: '429', spec: { kind: 'status', status: 429, retryAfter: 1 } },
  { label: 'latency 3s', spec: { kind: 'latency', latencyMs: 3000 } },
  { label: 'reset', spec: { kind: 'reset' } },
  { label: 'malformed', spec: { kind: 'malformed' } },
];
const VENDORS = ['zendesk', 'goto', 'bomgar', 'ameyo'];
const ROTATION: ({ label: string; spec: Record<string, unknown> } | null)[] = KINDS.flatMap((kind, index) => [
  { label: `${VENDORS[index % VENDORS.length]} ${kind.label}`, spec: { ...kind.spec, vendor: VENDORS[index % VENDORS.length], rate: 0.3 + 0.7 * ((index % 3) / 2) } },
  null,
]);

/** Starts `switchboard simulator` on a free port; resolves with its URL. */
function startSimulatorProcess(): Promise<{ url: string; child: ChildProcess }> {
  const cli = fileURLToPath(new URL('../server/cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'simulator', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve({ url: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`the simulator exited (${code}) before listening: ${output}`)));
  });
}

/** Least squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

async function main(): Promise<void> {
  const simulator = await startSimulatorProcess();
  const gateway = await startBenchGateway(
    simulator.url,
    {
      NODE_ENV: 'development',
      LOG_LEVEL: 'error',
      LIVE_POLL_INTERVAL_MS: '2000',
      LIVE_POLL_MAX_BACKOFF_MS: '10000',
      UPSTREAM_TIMEOUT_MS: '1500',
      UPSTREAM_RETRIES: '1',
      UPSTREAM_DEADLINE_MS: '4000',
      BREAKER_FAILURES: '5',
      BREAKER_COOLDOWN_MS: '3000',
    },
    'soak',
  );
  const { app, http, keys } = gateway;

  const load = forkBench(new URL('./soak-load.ts', import.meta.url));
  const report = () => {
    load.send({ type: 'report' });
    return load.next<{ requests: number; failed: number; partial: number; skipped: number; wsErrors: number; latencies: number[]; wsOpened: number; wsEvents: number; calls: number }>('report');
  };

  const fault = async (spec: Record<string, unknown> | undefined) => {
    await fetch(`${simulator.url}/_sim/faults`, { method: 'DELETE' });
    if (spec) await fetch(`${simulator.url}/_sim/faults`, { method: 'POST', body: JSON.stringify(spec) });
  };
  let slot = 0;
  let currentFault = 'none';
  const rotate = async () => {
    const next = ROTATION[slot++ % ROTATION.length]!;
    currentFault = next?.label ?? 'none';
    await fault(next?.spec);
  };

  const sample = async () => {
    gc!();
    await new Promise((resolve) => setImmediate(resolve));
    gc!();
    const usage = process.memoryUsage();
    return { heap: usage.heapUsed, rss: usage.rss };
  };

  const started = performance.now();
  const baseline = await sample();
  console.log(
    `Soak: ${minutes} min, ${rate} ops/s, ${subscriptions} churning subscriptions, faults rotating every ${faultSeconds} s. ` +
      `Baseline heap ${mb(baseline.heap).toFixed(1)} MB, RSS ${mb(baseline.rss).toFixed(1)} MB.\n`,
  );
  console.log(' t (s) | heap MB | RSS MB | ops  | failed | partial | skipped | p50 ms | p95 ms | ws opened | ws events | ws errors | live subs | fault');
  console.log('-------+---------+--------+------+--------+---------+---------+--------+--------+-----------+-----------+-----------+-----------+------------------');

  load.send({ type: 'start', gatewayUrl: http.url, simulatorUrl: simulator.url, keys, rate, subscriptions });
  const rotation = setInterval(() => void rotate(), faultSeconds * 1000);
  const samples: { t: number; heap: number; rss: number }[] = [];
  const totals = { requests: 0, failed: 0, partial: 0, skipped: 0, wsOpened: 0, wsEvents: 0, wsErrors: 0 };
  while (performance.now() - started < minutes * 60_000) {
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    const interval = await report();
    // As Prometheus would, so the collectors (breakers, subscribers, sync lag, process) run too.
    await (await fetch(`${http.url}/metrics`, { headers: { authorization: `Bearer ${keys.admin}` } })).text();
    const memory = await sample();
    const t = (performance.now() - started) / 1000;
    samples.push({ t, ...memory });
    for (const name of Object.keys(totals) as (keyof typeof totals)[]) totals[name] += interval[name];
    console.log(
      [
        t.toFixed(0).padStart(6),
        mb(memory.heap).toFixed(1).padStart(7),
        mb(memory.rss).toFixed(1).padStart(6),
        String(interval.requests).padStart(4),
        String(interval.failed).padStart(6),
        String(interval.partial).padStart(7),
        String(interval.skipped).padStart(7),
        percentile(ascending(interval.latencies), 50).toFixed(0).padStart(6),
        percentile(ascending(interval.latencies), 95).toFixed(0).padStart(6),
        String(interval.wsOpened).padStart(9),
        String(interval.wsEvents).padStart(9),
        String(interval.wsErrors).padStart(9),
        String(app.live.subscribers()).padStart(9),
        currentFault,
      ].join(' | '),
    );
  }
  clearInterval(rotation);
  load.send({ type: 'stop' });
  await load.exited;
  await fault(undefined);

  const steady = samples.filter((entry) => entry.t * 1000 >= WARM_UP_MS);
  const lastHalf = samples.filter((entry) => entry.t >= samples.at(-1)!.t / 2);
  const perMinute = (key: 'heap' | 'rss', points = steady) => slope(points.map((entry) => ({ x: entry.t / 60, y: mb(entry[key]) })));
  const last = samples.at(-1)!;
  console.log(
    `\nTotals: ${totals.requests} operations (${totals.failed} failed outright, ${totals.partial} with partial data; ${totals.skipped} ticks skipped at the in-flight cap), ` +
      `${totals.wsOpened} subscriptions opened, ${totals.wsEvents} subscription events.`,
  );
  console.log(
    `Heap ${mb(baseline.heap).toFixed(1)} → ${mb(last.heap).toFixed(1)} MB; RSS ${mb(baseline.rss).toFixed(1)} → ${mb(last.rss).toFixed(1)} MB.`,
  );
  console.log(
    `Slope after the ${WARM_UP_MS / 1000} s warm-up (${steady.length} samples): heap ${perMinute('heap').toFixed(2)} MB/min, RSS ${perMinute('rss').toFixed(2)} MB/min; ` +
      `over the last half (${lastHalf.length} samples): heap ${perMinute('heap', lastHalf).toFixed(2)} MB/min, RSS ${perMinute('rss', lastHalf).toFixed(2)} MB/min.`,
  );

  // The gateway shuts down as on SIGTERM.
  await gateway.close();
  simulator.child.kill('SIGTERM');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
