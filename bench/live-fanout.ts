/**
 * Live-status fan-out benchmark: how many graphql-ws subscribers one gateway instance carries,
 * how fast a status change reaches them, and what each costs in memory.
 *
 *   npm run bench:live -- [--subscribers 10000] [--changes 30] [--rate 1] [--clients 2] [--subscription board|agent]
 *                         [--concurrency 200] [--redis redis://127.0.0.1:6379] [--profile server.cpuprofile] [--verbose]
 *
 * This process runs the simulator and one gateway (buildApp + listen, Bomgar only, no automatic
 * polling). It forks `--clients` subscriber processes (bench/live-fanout-client.ts; two by default:
 * 10,000 dashboards are 10,000 browsers, and one process reading every socket in turn would add its
 * own queue to the latency measured), which open
 * `--subscribers` WebSockets in all, each with one subscription: `liveBoard` as the dashboard
 * subscribes it (`board`, the default: the whole board first, then every change), or
 * `agentStatusChanged(filter: {vendor: BOMGAR})` (`agent`). Latency counts each subscriber's event
 * for the flipped rep (AGENT on the board); the board's other events (the whole board first, a
 * queue or session that changed meanwhile) travel too but are not counted: "messages per
 * subscriber per change" says how many there were.
 *
 * What "a change" is: a Bomgar rep's presence flips in the simulator (`POST /_sim/events`,
 * available ⇄ away, cycling through the reps), then the gateway polls Bomgar at once
 * (`app.live.pollNow`), diffs, and publishes one batch through its pub/sub (in memory, or
 * Redis with `--redis`) to every subscriber. `--rate` changes per second, `--changes` of them.
 *
 * Latency is change-to-client: from the batch's `at` (stamped by the gateway when it publishes
 * the change it found) to the moment the subscriber process parsed the event — pub/sub, board,
 * per-subscriber GraphQL execution, the socket and the client's JSON parse. The poll itself
 * (one HTTP round trip to the simulator) is not included. Both processes read the same clock.
 * Memory per subscriber is the server process's growth (RSS and V8 heap, after a GC when run
 * with --expose-gc, as the npm script does) from before connecting to all subscribed, over N.
 *
 * Each side holds one file descriptor per socket: the soft limit (`ulimit -n`) must exceed the
 * subscriber count plus a few hundred. The script checks and stops with instructions if not;
 * raise it in the shell first (`ulimit -n 65536`, up to the hard limit `ulimit -Hn`).
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { print } from 'graphql';
import { Redis } from 'ioredis';
import { LiveBoardDocument } from '../clients/graphql/generated/graphql.js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { simulatedVendorEnv } from '../simulator/credentials.js';
import { listen } from '../server/listen.js';
import { startSimulator } from '../simulator/server.js';
import { forkBench, type BenchChild } from './child.js';
import { ascending, percentile } from './percentile.js';

const { values: args } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    changes: { type: 'string', default: '30' },
    rate: { type: 'string', default: '1' },
    clients: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '200' },
    redis: { type: 'string' },
    profile: { type: 'string' },
    subscription: { type: 'string', default: 'board' },
    verbose: { type: 'boolean', default: false },
  },
});
const subscribers = positive('subscribers');
const changes = positive('changes');
const rate = positive('rate');
const clientCount = Math.min(positive('clients'), subscribers);
const concurrency = positive('concurrency');

/** What each subscriber subscribes to: the dashboard's own liveBoard document, or one narrow delta subscription. */
const QUERIES: Record<string, string> = {
  board: print(LiveBoardDocument),
  agent: 'subscription { agentStatusChanged(filter: {vendor: BOMGAR}) { identity { vendorId } status at } }',
};
const QUERY = QUERIES[args.subscription!];
if (!QUERY) throw new Error(`--subscription must be one of ${Object.keys(QUERIES).join(', ')}`);

function positive(name: keyof typeof args): number {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

function checkFileLimit() {
  const soft = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
  const needed = Math.ceil(subscribers / clientCount) + 512;
  if (Number.isFinite(soft) && soft < subscribers + 512) {
    console.error(
      `The open-file limit (ulimit -n = ${soft}) is too low for ${subscribers} subscribers: the gateway needs about ${subscribers + 512}, ` +
        `each client process about ${needed}.\nRaise it in this shell first, e.g. \`ulimit -n 65536\` (at most \`ulimit -Hn\`), then run again.`,
    );
    process.exit(2);
  }
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
async function measureMemory() {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await settle();
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed, collected: Boolean(gc) };
}

/** Deletes what the run left in Redis (the vendors' snapshots) under its own prefix. */
async function forgetKeys(url: string, prefix: string) {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}

async function main() {
  const debug = (what: string) => args.verbose && console.error(`[bench] ${what}`);
  checkFileLimit();
  const simulator = await startSimulator({ port: 0, host: '127.0.0.1', seed: 42 });
  const redisPrefix = `bench:${randomBytes(4).toString('hex')}:`;
  const key = `bench_viewer_${randomBytes(12).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: ':memory:',
    SWITCHBOARD_API_KEYS: `viewer:${key}`,
    SWITCHBOARD_VENDORS: 'bomgar',
    ...simulatedVendorEnv(simulator.url),
    LIVE_POLL_INTERVAL_MS: '0',
    // Every subscriber here shares one key: the per-caller rate limit would refuse all but the first burst.
    RATE_LIMIT_PER_MINUTE: '0',
    ...(args.redis ? { REDIS_URL: args.redis, REDIS_KEY_PREFIX: redisPrefix } : {}),
  });
  const app = await buildApp(config);
  const http = await listen(app, { port: 0, host: '127.0.0.1' });
  const clients: BenchChild[] = [];
  try {
    debug('gateway up');
    await app.leadership.whenLeading('poll:bomgar');
    debug('leading');
    await app.live.pollNow('bomgar');
    const reps = app.live
      .board()
      .agents.flatMap((agent) => agent.identities)
      .filter((identity) => identity.vendor === 'bomgar' && (identity.status === 'AVAILABLE' || identity.status === 'AWAY'));
    if (reps.length === 0) throw new Error('the simulated Bomgar has no rep logged in to flip');
    const status = new Map(reps.map((rep) => [rep.vendorId, rep.status === 'AVAILABLE' ? 'available' : 'away']));

    debug(`reps ${reps.length}`);
    const before = await measureMemory();
    const connectStarted = Date.now();
    for (let i = 0; i < clientCount; i++) {
      const count = Math.floor(subscribers / clientCount) + (i < subscribers % clientCount ? 1 : 0);
      const client = forkBench(new URL('./live-fanout-client.ts', import.meta.url));
      clients.push(client);
      client.send({ type: 'start', url: `${http.url.replace(/^http/, 'ws')}/graphql`, key, count, query: QUERY, concurrency: Math.ceil(concurrency / clientCount) });
    }
    const ready = await Promise.all(clients.map((client) => client.next('ready')));
    debug('clients ready');
    const failed = ready.reduce((sum, message) => sum + Number(message['failed']), 0);
    // The clients have sent their subscribes; wait until the gateway runs them all.
    while (app.live.subscribers() - app.sharing.groups() + app.sharing.members() < subscribers - failed) {
      debug(`subscribed on the gateway: ${app.live.subscribers() - app.sharing.groups() + app.sharing.members()}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const connectSeconds = (Date.now() - connectStarted) / 1000;
    const after = await measureMemory();

    let flip = 0;
    const change = async () => {
      const rep = reps[flip++ % reps.length]!;
      const next = status.get(rep.vendorId) === 'available' ? 'away' : 'available';
      status.set(rep.vendorId, next);
      const response = await fetch(`${simulator.url}/_sim/events`, {
        method: 'POST',
        body: JSON.stringify({ vendor: 'bomgar', kind: 'agent-status', agent: rep.vendorId, status: next }),
      });
      if (!response.ok) throw new Error(`the simulator refused the change: ${response.status} ${await response.text()}`);
      const outcome = await app.live.pollNow('bomgar');
      if (outcome.changes === 0) throw new Error('the poll found no change');
    };
    const delivered = async (expected: number) => {
      let last = -1;
      let quietSince = Date.now();
      for (;;) {
        const counts = await Promise.all(clients.map((client) => (client.send({ type: 'count' }), client.next('count'))));
        const received = counts.reduce((sum, message) => sum + Number(message['received']), 0);
        if (received >= expected) return received;
        if (received !== last) [last, quietSince] = [received, Date.now()];
        else if (Date.now() - quietSince > 10_000) return received;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };

    debug('subscribed');
    // Warm-up: one change to everyone, then forget it.
    await change();
    await delivered(subscribers - failed);
    await Promise.all(clients.map((client) => (client.send({ type: 'reset' }), client.next('reset'))));

    const profiler = args.profile ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    const cpuBefore = process.cpuUsage();
    const started = Date.now();
    for (let i = 0; i < changes; i++) {
      const due = started + (i * 1000) / rate;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      await change();
    }
    const driveSeconds = (Date.now() - started) / 1000;
    await delivered((subscribers - failed) * changes);
    const cpu = process.cpuUsage(cpuBefore);
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      await writeFile(args.profile!, JSON.stringify(profile));
      profiler.disconnect();
    }
    const reports = await Promise.all(clients.map((client) => (client.send({ type: 'report' }), client.next('report'))));

    const latencies = ascending(reports.flatMap((report) => report['latencies'] as number[]));
    const received = reports.reduce((sum, report) => sum + Number(report['received']), 0);
    const messages = reports.reduce((sum, report) => sum + Number(report['messages']), 0);
    const errors = reports.reduce((sum, report) => sum + Number(report['errors']), 0);
    const firstAt = Math.min(...reports.map((report) => Number(report['firstAt'])).filter((at) => at > 0));
    const lastAt = Math.max(...reports.map((report) => Number(report['lastAt'])));
    const perSubscriber = (bytes: number) => `${((bytes / (subscribers - failed)) / 1024).toFixed(1)} KiB`;

    console.log(`\nLive fan-out (${args.subscription === 'board' ? 'liveBoard' : 'agentStatusChanged'}) — one gateway instance, pub/sub ${args.redis ? `Redis (${args.redis})` : 'in memory'}, ${clientCount} client process(es)`);
    console.table({
      'subscribers connected': `${subscribers - failed} of ${subscribers} (connect + subscribe ${connectSeconds.toFixed(1)} s)`,
      'changes published': `${changes} at ${rate}/s offered, ${(changes / driveSeconds).toFixed(2)}/s achieved`,
      'events delivered': `${received} of ${(subscribers - failed) * changes} expected${errors ? `, ${errors} errors` : ''}`,
      'events/s delivered': (received / Math.max(0.001, (lastAt - firstAt) / 1000)).toFixed(0),
      'messages per subscriber per change': (messages / Math.max(1, subscribers - failed) / changes).toFixed(2),
      'latency p50 (ms)': percentile(latencies, 50),
      'latency p99 (ms)': percentile(latencies, 99),
      'latency max (ms)': latencies.at(-1) ?? NaN,
      'server CPU per delivered event': `${((cpu.user + cpu.system) / Math.max(1, received)).toFixed(1)} µs (user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s)`,
      'memory per subscriber (RSS)': perSubscriber(after.rss - before.rss),
      'memory per subscriber (heap)': perSubscriber(after.heapUsed - before.heapUsed),
      'server RSS / heap before': `${mb(before.rss).toFixed(0)} / ${mb(before.heapUsed).toFixed(0)} MiB`,
      'server RSS / heap subscribed': `${mb(after.rss).toFixed(0)} / ${mb(after.heapUsed).toFixed(0)} MiB${after.collected ? '' : ' (no --expose-gc: not collected first)'}`,
    });
    const p99 = percentile(latencies, 99);
    console.log(`target: ${subscribers >= 10_000 ? '' : '(below 10,000 subscribers) '}p99 < 250 ms — ${p99 < 250 ? 'met' : 'NOT met'}`);
  } finally {
    for (const client of clients) client.send({ type: 'stop' });
    await http.close();
    await app.close();
    await simulator.close();
    if (args.redis) await forgetKeys(args.redis, redisPrefix);
  }
}

await main();
