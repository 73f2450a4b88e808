/** What `npm run bench` prints and writes: one table per section, and the machine it ran on. */
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export interface Table {
  columns: string[];
  rows: string[][];
}

export interface SectionResult {
  title: string;
  /** How the figures are measured, in a line or two. */
  method: string;
  table: Table;
  /** Anything a reader must know about this run (a lowered subscriber count, errors). */
  notes: string[];
  /** The figures of each measured operation, by its label, for the targets (bench/targets.ts). */
  measured?: Record<string, MeasuredFigures>;
}

/** One operation's figures over its measured window. */
export interface MeasuredFigures {
  queriesPerSecond: number;
  p50Ms: number;
  cpuMsPerOperation: number;
  /** Vendor calls per operation (undefined where nothing upstream was counted: the ceiling). */
  upstreamCallsPerOperation?: number;
}

/** A Markdown table, columns padded so it also reads as plain text. */
export function markdownTable({ columns, rows }: Table): string {
  const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function sectionMarkdown(section: SectionResult): string {
  const parts = [`## ${section.title}`, section.method, section.table.columns.length > 0 && markdownTable(section.table), section.notes.map((note) => `- ${note}`).join('\n')];
  return parts.filter(Boolean).join('\n\n');
}

/** Where and how the run happened: CPUs, memory, Node, date, commit, flags. */
export function machineTable(flags: string): Table {
  const git = (command: string) => {
    try {
      return execSync(`git ${command}`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse --short HEAD') || 'unknown';
  // The results page a previous run left is no change to what is measured.
  const dirty = git("status --porcelain --untracked-files=no -- . ':(exclude)bench/results.md'") ? ' (with uncommitted changes)' : '';
  const processors = cpus();
  return {
    columns: ['', 'this run'],
    rows: [
      ['CPUs', `${processors.length} × ${processors[0]?.model.trim() ?? 'unknown'}`],
      ['memory', `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`],
      ['Node', process.version],
      ['date', new Date().toISOString()],
      ['commit', `${commit}${dirty}`],
      ['flags', flags ? `\`${flags}\`` : '(defaults)'],
    ],
  };
}

export function resultsMarkdown(flags: string, sections: SectionResult[]): string {
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); see [docs/operations.md, "Benchmarks"](../docs/operations.md#benchmarks).',
    '',
    markdownTable(machineTable(flags)),
    '',
    ...sections.flatMap((section) => [sectionMarkdown(section), '']),
  ].join('\n');
}

/** A number for a table: `digits` decimals, or — when there is none. */
export function figure(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}
