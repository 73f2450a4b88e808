/**
 * Section "Start-up": how long the `switchboard` command takes to be useful, as users start it
 * (bin/switchboard.js, whatever it runs), each measured several times in a row, median reported:
 * `node -e 0` (the floor: Node itself), `switchboard --help` (to its exit), and `switchboard serve`
 * from launch to `/ready` answering 200, on a simulator in another process (NODE_ENV=production,
 * as `npm run bench` measures it) and with the embedded simulator and no configuration (as `npm start`).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchKeys } from '../bench-keys.js';
import { staleBuildNote } from '../build-freshness.js';
import { launchServe, servedGatewayEnv, SWITCHBOARD_BIN } from '../gateway-process.js';
import { ascending, percentile } from '../percentile.js';
import { figure, type SectionResult } from '../report.js';
import { startSimulatorProcess } from '../simulator-process.js';

export interface StartupOptions {
  /** Runs of each command (median reported). */
  runs: number;
}

/** The issue's targets (bench/results.md), in ms. */
const TARGETS = { help: 500, serve: 2000 };

/** Milliseconds from spawning `node <args>` to its exit; rejects unless it exits 0. */
async function timedExit(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
  return performance.now() - started;
}

/** Milliseconds from launching `switchboard serve` with `env` to /ready 200, then a graceful stop (not timed). */
async function timedServe(env: Record<string, string>): Promise<number> {
  const { child, readyMs } = await launchServe(env);
  child.kill('SIGTERM');
  await once(child, 'exit');
  return readyMs;
}

async function repeat(runs: number, measure: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  // One after another: two starts at once would measure each other.
  for (let run = 0; run < runs; run++) times.push(await measure());
  return times;
}

export async function benchStartup(options: StartupOptions): Promise<SectionResult> {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-startup-'));
  const simulator = await startSimulatorProcess();
  try {
    const served = servedGatewayEnv(simulator.url, benchKeys('startup'), 'startup-ameyo-secret-0123456789');
    const production = { ...served, DATABASE_URL: `sqlite:${join(dir, 'production.sqlite')}`, LOG_LEVEL: 'warn' };
    // As a developer's shell has it: nothing set but where the store is (a fresh one, then the same one again).
    const development = { NODE_ENV: 'development', DATABASE_URL: `sqlite:${join(dir, 'development.sqlite')}`, LOG_LEVEL: 'warn', REDIS_URL: '' };
    const measured: { what: string; short: string; times: number[]; target?: number }[] = [
      { what: '`node -e 0` (the floor: Node alone)', short: 'node', times: await repeat(options.runs, () => timedExit(['-e', '0'])) },
      { what: '`switchboard --help` (to its exit)', short: '`switchboard --help`', times: await repeat(options.runs, () => timedExit([SWITCHBOARD_BIN, '--help'])), target: TARGETS.help },
      {
        what: '`switchboard serve` to ready: NODE_ENV=production, every vendor on the simulator process (as the bench runs it)',
        short: '`switchboard serve` to ready (production)',
        times: await repeat(options.runs, () => timedServe(production)),
        target: TARGETS.serve,
      },
      {
        what: '`switchboard serve` to ready: no configuration, the embedded simulator (as `npm start`)',
        short: '`switchboard serve` to ready (embedded simulator)',
        times: await repeat(options.runs, () => timedServe(development)),
        target: TARGETS.serve,
      },
    ];
    const medians = measured.map(({ times }) => percentile(ascending(times), 50));
    const rows = measured.map(({ what, times }, index) => {
      const sorted = ascending(times);
      return [what, String(times.length), figure(medians[index]!), figure(sorted[0]!), figure(sorted.at(-1)!)];
    });
    const notes = [staleBuildNote()].filter((note) => note !== undefined);
    notes.push(...measured.flatMap(({ short, target }, index) =>
      target === undefined ? [] : [`target: ${short} ≤ ${target} ms (median) — ${medians[index]! <= target ? 'met' : `missed by ${figure(medians[index]! - target)} ms`}`],
    ));
    return {
      title: 'Start-up',
      method:
        `Each command ${options.runs} times in a row through bin/switchboard.js (median, fastest, slowest): \`node -e 0\` and \`switchboard --help\` from spawning to exit; ` +
        '`switchboard serve --port 0` from spawning to `/ready` answering 200 after it printed its address, then stopped with SIGTERM (not timed). ' +
        'The embedded-simulator start is a fresh SQLite store the first time, the same store after.',
      table: { columns: ['command', 'runs', 'median ms', 'fastest ms', 'slowest ms'], rows },
      notes,
    };
  } finally {
    await simulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}
