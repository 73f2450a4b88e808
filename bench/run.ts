/**
 * `npm run bench`: what this machine does, in sections, each printed as it finishes and all
 * written to bench/results.md.
 *
 *   npm run bench -- [--only ops,ceiling,peer,startup,fanout,sync,simulator] [--peer]
 *                    [--operations BenchTicket,LiveBoardNow,Agents,GoToMeetings,BenchTicketSynced]
 *                    [--concurrency 16] [--seconds 10] [--warmup 2] [--peer-rounds 5] [--startup-runs 5]
 *                    [--fanout-subscribers 10000] [--fanout-changes 30]
 *                    [--sync-tickets 10000] [--sync-sessions 2000] [--sync-database sqlite|postgresql|all]
 *                    [--out bench/results.md]
 *
 * Every measured server runs in its own process with NODE_ENV=production, the gateway as users run it
 * (`switchboard serve` through bin/switchboard.js), the simulator in another.
 *
 * - ops: three representative operations (and the `agents` query beside the board) against the
 *   gateway over HTTP: queries/s and p50/p99/max latency at a fixed concurrency, errors, the gateway's
 *   CPU and upstream calls per operation (bench/sections/operations.ts).
 * - ceiling: the same load against a bare graphql-yoga server answering a static field.
 * - peer (only with --peer, or named in --only): the Zendesk-only operation on Switchboard and on
 *   Hive Gateway composed by GraphQL Mesh, in alternating rounds (bench/sections/peer.ts); installs
 *   bench/peer's own packages on first use.
 * - startup: `switchboard serve` to ready and `switchboard --help`, beside `node -e 0`.
 * - fanout: bench/live-fanout.ts (graphql-ws subscribers of one instance, change-to-client latency).
 * - sync: bench/sync.ts (records per second into the store).
 * - simulator: the simulator's own throughput on a vendor GET with the journal on, beside a bare
 *   node:http server answering the same bytes (bench/sections/simulator.ts).
 *
 * Exits 1 when a section failed or any measured answer was an error (after writing the results).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resultsMarkdown, sectionMarkdown, type SectionResult } from './report.js';
import { benchCeiling } from './sections/ceiling.js';
import { benchFanout } from './sections/fanout.js';
import { benchOperations } from './sections/operations.js';
import { benchPeer } from './sections/peer.js';
import { benchSimulator } from './sections/simulator.js';
import { benchStartup } from './sections/startup.js';
import { benchSync } from './sections/sync.js';
import { targetsSection } from './targets.js';

const SECTIONS = ['ops', 'ceiling', 'peer', 'startup', 'fanout', 'sync', 'simulator'] as const;
type Section = (typeof SECTIONS)[number];
/** Sections a run has unless --only names them: the peer installs packages of its own. */
const ON_REQUEST: readonly Section[] = ['peer'];

const options = {
  only: { type: 'string', default: SECTIONS.filter((name) => !ON_REQUEST.includes(name)).join(',') },
  peer: { type: 'boolean', default: false },
  operations: { type: 'string', default: '' },
  concurrency: { type: 'string', default: '16' },
  seconds: { type: 'string', default: '10' },
  warmup: { type: 'string', default: '2' },
  'peer-rounds': { type: 'string', default: '5' },
  'startup-runs': { type: 'string', default: '5' },
  'fanout-subscribers': { type: 'string', default: '10000' },
  'fanout-changes': { type: 'string', default: '30' },
  'sync-tickets': { type: 'string', default: '10000' },
  'sync-sessions': { type: 'string', default: '2000' },
  'sync-database': { type: 'string', default: 'sqlite' },
  out: { type: 'string', default: fileURLToPath(new URL('./results.md', import.meta.url)) },
} as const;
const { values: args } = parseArgs({ options });

function number(name: keyof typeof args, { min = 1, integer = true } = {}): number {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be ${integer ? 'a whole number' : 'a number'} ≥ ${min} (got ${args[name]})`);
  }
  return value;
}

const only = [...args.only.split(',').map((name) => name.trim()), ...(args.peer ? ['peer'] : [])];
const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0) throw new Error(`--only takes ${SECTIONS.join(', ')} (got ${unknown.join(', ')})`);
if (!['sqlite', 'postgresql', 'all'].includes(args['sync-database'])) throw new Error('--sync-database takes sqlite, postgresql or all');
const load = { concurrency: number('concurrency'), seconds: number('seconds', { min: 0.1, integer: false }), warmUpSeconds: number('warmup', { min: 0, integer: false }) };
const runs: Record<Section, () => Promise<SectionResult>> = {
  ops: () => benchOperations(load, args.operations.split(',').filter(Boolean)),
  ceiling: () => benchCeiling(load),
  peer: () => benchPeer({ ...load, rounds: number('peer-rounds') }),
  startup: () => benchStartup({ runs: number('startup-runs') }),
  fanout: () => benchFanout({ subscribers: number('fanout-subscribers'), changes: number('fanout-changes') }),
  sync: () => benchSync({ tickets: number('sync-tickets'), sessions: number('sync-sessions'), database: args['sync-database'] }),
  simulator: () => benchSimulator(load),
};

/** The settings this run used, as flags (every one, defaults included, so the results say exactly what ran). */
const flags = Object.keys(options)
  .filter((name) => !['out', 'peer'].includes(name) && args[name as keyof typeof args] !== '')
  .map((name) => (name === 'only' ? `--only ${SECTIONS.filter((section) => only.includes(section)).join(',')}` : `--${name} ${args[name as keyof typeof args]}`))
  .join(' ');

const results: SectionResult[] = [];
let failed = false;
for (const section of SECTIONS.filter((name) => only.includes(name))) {
  const started = performance.now();
  console.error(`\n[bench] ${section}…`);
  let result: SectionResult;
  try {
    result = await runs[section]();
  } catch (error) {
    failed = true;
    console.error(error);
    result = { title: section, method: '', table: { columns: [], rows: [] }, notes: [`**failed**: ${(error as Error).message.split('\n')[0]}`] };
  }
  if (result.notes.some((note) => note.startsWith('**'))) failed = true;
  results.push(result);
  console.log(`\n${sectionMarkdown(result)}\n`);
  console.error(`[bench] ${section} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const targets = targetsSection(results);
if (targets) {
  results.push(targets);
  console.log(`\n${sectionMarkdown(targets)}\n`);
}

await writeFile(args.out, resultsMarkdown(flags, results));
console.error(`\n[bench] results written to ${args.out}`);
if (failed) {
  console.error('[bench] a section failed or measured errors: see its notes.');
  process.exitCode = 1;
}
