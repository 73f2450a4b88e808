import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from './support/run-tool.js';

// Keeps `npm run bench` from rotting: a second of load per operation, figures only checked to be there
// (this machine's speed is no test's business), errors none, upstream calls what the gateway promises.
// The gateway runs as users run it (`switchboard serve` in its own process), and so does the start-up
// section, once each; the peer (`--peer`) is left out: it installs packages of its own.
let dir: string | undefined;
afterAll(() => dir && rm(dir, { recursive: true, force: true }));

/** The body rows of the Markdown table under a `## title`, as cells. */
function tableRows(markdown: string, title: string): string[][] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(title));
  if (!section) throw new Error(`no section ${title} in:\n${markdown}`);
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
}

it('npm run bench measures the operations, the ceiling and the start-up without errors', async () => {
  dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-'));
  const out = join(dir, 'results.md');
  const args = ['--import', 'tsx', 'bench/run.ts', '--only', 'ops,ceiling,startup', '--startup-runs', '1', '--operations', 'BenchTicket,GoToMeetings', '--concurrency', '2', '--seconds', '1', '--warmup', '0.5', '--out', out];
  await promisify(execFile)(process.execPath, args, { cwd: repoRoot });
  const results = await readFile(out, 'utf8');

  const operations = tableRows(results, 'Operations over HTTP');
  expect(operations.map(([operation]) => operation!.split(':')[0])).toEqual(['BenchTicket', 'GoToMeetings']);
  const ceiling = tableRows(results, 'Ceiling');
  // Each server's own process CPU per operation comes after the load figures.
  for (const [, qps, p50, p99, max, errors, cpu] of [...operations, ...ceiling]) {
    for (const value of [qps, p50, p99, max, cpu]) expect(Number(value)).toBeGreaterThan(0);
    expect(errors).toMatch(/^0 \/ [1-9]\d*$/);
  }
  // Upstream calls per operation, from the simulator's journal (its own process): the vendors' figures add up to the
  // total. How many there are is the gateway's business (its shared reads and link index answer most): the ticket view
  // within its target of 4, and a page of meetings asks GoTo at most its 7 calls (groups, 5 groups' history, organizers).
  for (const [, , , , , , , calls, byVendor] of operations) {
    const counts = byVendor === 'none' ? [] : byVendor!.split(', ').map((part) => /^(ameyo|bomgar|goto|zendesk) (\d+\.\d\d)$/.exec(part)?.[2]);
    expect(counts.every(Boolean)).toBe(true);
    expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBeCloseTo(Number(calls), 1);
  }
  const [ticket, meetings] = operations;
  expect(Number(ticket![7])).toBeLessThanOrEqual(4);
  expect(Number(meetings![7])).toBeLessThanOrEqual(7);
  expect(meetings![8]).toMatch(/^(none|goto \d+\.\d\d)$/);

  // The targets judged against the ceiling of the same run: the ticket view's four, each met or missed.
  const targets = tableRows(results, 'Targets against the ceiling');
  expect(targets.map(([target]) => target!.split(' ')[0])).toEqual(['BenchTicket', 'BenchTicket', 'BenchTicket', 'BenchTicket']);
  for (const [, value, verdict] of targets) {
    expect(value).toMatch(/\d/);
    expect(verdict).toMatch(/^(met|missed)$/);
  }

  // node -e 0, --help, serve on the simulator process, serve with the embedded simulator: each timed once.
  const startup = tableRows(results, 'Start-up');
  expect(startup.map(([command]) => command!.split(' ')[0])).toEqual(['`node', '`switchboard', '`switchboard', '`switchboard']);
  for (const [, runs, median] of startup) {
    expect(runs).toBe('1');
    expect(Number(median)).toBeGreaterThan(0);
  }
}, 240_000);
