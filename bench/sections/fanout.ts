/**
 * Section "Subscription fan-out": bench/live-fanout.ts in its own process, with the open-file
 * limit raised for it, and the figures it prints (its console.table) taken over.
 */
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCaptured } from '../child.js';
import type { SectionResult } from '../report.js';

/** File descriptors live-fanout.ts asks for beyond one per subscriber. */
const SPARE_FILES = 512;
const WANTED_LIMIT = 65_536;

export async function benchFanout(options: { subscribers: number; changes: number }): Promise<SectionResult> {
  const notes: string[] = [];
  const hard = execSync('ulimit -Hn', { shell: '/bin/sh' }).toString().trim();
  const limit = hard === 'unlimited' ? WANTED_LIMIT : Math.min(WANTED_LIMIT, Number(hard));
  let subscribers = options.subscribers;
  if (limit < subscribers + SPARE_FILES) {
    subscribers = Math.max(1, limit - SPARE_FILES);
    notes.push(`The open-file hard limit (ulimit -Hn) is ${hard}: ${subscribers} subscribers instead of ${options.subscribers}.`);
    console.error(`note: ${notes.at(-1)}`);
  }
  const script = fileURLToPath(new URL('../live-fanout.ts', import.meta.url));
  const { code, stdout } = await runCaptured('/bin/sh', [
    '-c',
    `ulimit -n ${limit} && exec "$@"`,
    'sh',
    process.execPath,
    '--expose-gc',
    '--import',
    'tsx',
    script,
    '--subscribers',
    String(subscribers),
    '--changes',
    String(options.changes),
  ]);
  if (code !== 0) throw new Error(`bench/live-fanout.ts exited with ${code}`);
  const rows = consoleTableRows(stdout);
  if (rows.length === 0) throw new Error(`no figures in bench/live-fanout.ts's output:\n${stdout}`);
  const lines = stdout.split('\n').map((line) => line.trim());
  const target = lines.find((line) => line.startsWith('target:'));
  if (target) notes.push(target);
  // Its headline names the subscription and the pub/sub: "Live fan-out (liveBoard) — one gateway instance, pub/sub in memory, …".
  const headline = lines.find((line) => line.startsWith('Live fan-out'));
  return {
    title: 'Subscription fan-out',
    method:
      `bench/live-fanout.ts --subscribers ${subscribers} --changes ${options.changes} (ulimit -n ${limit})${headline ? `: ${headline}` : ''}. ` +
      'A gateway on the simulated Bomgar, one graphql-ws socket and subscription per subscriber from two client processes; a change is a Bomgar rep’s presence flipped ' +
      'in the simulator and polled at once, one a second. Latency is from the gateway publishing the change to the subscriber process having parsed the event; ' +
      'memory per subscriber is the gateway’s growth from none to all subscribed (see bench/live-fanout.ts).',
    table: { columns: ['figure', 'value'], rows },
    notes,
  };
}

/** The rows of a console.table of one object (`│ key │ value │`), values unquoted. */
export function consoleTableRows(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => /^│\s*(.+?)\s*│\s*(.+?)\s*│$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null && match[1] !== '(index)')
    .map((match) => [match[1]!, match[2]!.replace(/^'(.*)'$/, '$1')]);
}
