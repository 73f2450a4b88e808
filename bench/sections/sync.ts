/** Section "Sync throughput": bench/sync.ts in its own process, its closing table taken over. */
import { fileURLToPath } from 'node:url';
import { runCaptured } from '../child.js';
import type { SectionResult } from '../report.js';

export interface SyncOptions {
  tickets: number;
  sessions: number;
  /** `sqlite`, `postgresql`, or `all` (PostgreSQL at bench/sync.ts's default URL). */
  database: string;
}

export async function benchSync(options: SyncOptions): Promise<SectionResult> {
  const script = fileURLToPath(new URL('../sync.ts', import.meta.url));
  const flags = ['--tickets', String(options.tickets), '--sessions', String(options.sessions), ...(options.database === 'all' ? [] : ['--only', options.database])];
  const { code, stdout } = await runCaptured(process.execPath, ['--import', 'tsx', script, ...flags]);
  if (code !== 0) throw new Error(`bench/sync.ts exited with ${code}`);
  // Its last block: a header line and one line per database and resource, cells separated by two spaces or more.
  const block = stdout.trimEnd().split('\n\n').at(-1)!.split('\n');
  const [columns, ...rows] = block.map((line) => line.trim().split(/\s{2,}/));
  if (!columns || columns[0] !== 'database' || rows.length === 0) throw new Error(`no table in bench/sync.ts's output:\n${stdout}`);
  return {
    title: 'Sync throughput',
    method:
      `bench/sync.ts ${flags.join(' ')}: a first \`switchboard sync\` from empty of the simulator’s Zendesk tickets (incremental export, 1,000 a call; its rate limit waited out on the ` +
      'virtual clock) and Bomgar sessions (500 a report page, with events and surveys) into the store, then a second run (nothing to write). Rows written: tickets; sessions + events + survey answers.',
    table: { columns, rows },
    notes: [],
  };
}
