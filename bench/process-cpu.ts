/**
 * CPU time a server process has used, read from outside it: `/proc/<pid>/stat` (Linux), user +
 * system, its threads included, summed over the process and its descendants (a server that forks
 * workers counts whole) and over the children it has reaped. Read before and after a measured
 * window, the difference is what serving that window cost, whatever the server runs on.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second the kernel counts CPU time in (almost always 100). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime + cutime + cstime of one process, in ticks; null when it is gone (or there is no /proc). */
function ownTicks(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Field 2, the command, is in parentheses and may hold spaces: the fields after it start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
}

/** The process's children, from each of its threads' `children` list. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** CPU milliseconds the process `pid` and its descendants have used so far; NaN where /proc cannot tell. */
export function processTreeCpuMs(pid: number): number {
  const own = ownTicks(pid);
  if (own === null) return NaN;
  let ticks = own;
  for (const child of childrenOf(pid)) {
    const ms = processTreeCpuMs(child);
    if (Number.isFinite(ms)) ticks += (ms * TICKS_PER_SECOND) / 1000;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
