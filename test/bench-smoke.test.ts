import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from './support/run-tool.js';

// Keeps `npm run bench` from rotting: a second of load per operation, figures only checked to be there
// (this machine's speed is no test's business), errors none, upstream calls what the gateway promises.
let dir: string | undefined;
afterAll(() => dir && rm(dir, { recursive: true, force: true }));

/** The body rows of the Markdown table under a `## title`, as cells. */
function tableRows(markdown: string, title: string): string[][] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(title));
  if (!section) throw new Error(`no section ${title} in:\n${markdown}`);
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
}

it('npm run bench measures the operations and the ceiling without errors', async () => {
  dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-'));
  const out = join(dir, 'results.md');
  const args = ['--import', 'tsx', 'bench/run.ts', '--only', 'ops,ceiling', '--operations', 'BenchTicket,GoToMeetings', '--concurrency', '2', '--seconds', '1', '--warmup', '0.5', '--out', out];
  await promisify(execFile)(process.execPath, args, { cwd: repoRoot });
  const results = await readFile(out, 'utf8');

  const operations = tableRows(results, 'Operations over HTTP');
  expect(operations.map(([operation]) => operation!.split(':')[0])).toEqual(['BenchTicket', 'GoToMeetings']);
  const ceiling = tableRows(results, 'Ceiling');
  for (const [, qps, p50, p99, max, errors] of [...operations, ...ceiling]) {
    for (const value of [qps, p50, p99, max]) expect(Number(value)).toBeGreaterThan(0);
    expect(errors).toMatch(/^0 \/ [1-9]\d*$/);
  }
  const [ticket, meetings] = operations;
  // The ticket view reads every vendor; a page of 100 meetings is 7 GoTo calls (groups, 5 groups' history, organizers).
  expect(ticket![7]).toMatch(/ameyo .*bomgar .*goto .*zendesk /);
  expect(meetings!.slice(6)).toEqual(['7.00', 'goto 7.00']);
}, 120_000);
