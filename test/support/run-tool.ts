import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** Runs a tool's Node entry point from node_modules in the repo; resolves to '' on success, else to what it printed. */
export async function failureOutput(script: string, args: string[]): Promise<string> {
  return promisify(execFile)(process.execPath, [join(repoRoot, 'node_modules', script), ...args], { cwd: repoRoot }).then(
    () => '',
    (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
  );
}
