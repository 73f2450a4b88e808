import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
/** tsx's loader by URL, so a child started in any directory finds it. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Where `npm run build` (and `npm ci`) writes the compiled command. */
export const COMPILED_CLI = join(root, 'dist', 'server', 'cli.js');

/**
 * Node's arguments for `switchboard <args>` from the TypeScript sources through tsx, as the suites run the code
 * they test (bin/switchboard.js runs dist/, which is only as new as the last build).
 */
export function cliFromSources(args: string[], nodeOptions: string[] = []): string[] {
  return ['--import', tsx, ...nodeOptions, join(root, 'server', 'cli.ts'), ...args];
}

/** Node's arguments for `switchboard <args>` as users run it: bin/switchboard.js, the compiled gateway in dist/. */
export function cliCompiled(args: string[], nodeOptions: string[] = []): string[] {
  return [...nodeOptions, join(root, 'bin', 'switchboard.js'), ...args];
}
