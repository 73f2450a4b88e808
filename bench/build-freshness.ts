/**
 * Whether the compiled gateway the `switchboard` command runs (dist/, one .js per .ts, built by
 * `npm run build`) is older than the sources: then a bench measures the last build, not the working
 * tree, and says so.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** What the build compiles (the gateway and its simulator), tests aside. */
const SOURCE_FOLDERS = ['domain', 'clients', 'adapters', 'live', 'store', 'resolvers', 'schema', 'server', 'simulator'];

/** Sources under `folder` (not tests) whose compiled file is missing or older. */
function staleUnder(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(ROOT, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : staleUnder(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts') || entry.name.endsWith('.d.ts')) return [];
    const compiled = join(DIST, path.replace(/\.ts$/, '.js'));
    try {
      return statSync(compiled).mtimeMs >= statSync(join(ROOT, path)).mtimeMs ? [] : [path];
    } catch {
      return [path];
    }
  });
}

/** A note for the results when dist/ exists and some source changed after it was built (or was never built); undefined otherwise. */
export function staleBuildNote(): string | undefined {
  if (!existsSync(join(DIST, 'server', 'cli.js'))) return undefined;
  // The migration CLI is a development tool the build leaves out.
  const stale = SOURCE_FOLDERS.flatMap(staleUnder).filter((path) => relative('store', path) !== 'migration-cli.ts');
  if (stale.length === 0) return undefined;
  const named = stale.slice(0, 3).join(', ') + (stale.length > 3 ? ` and ${stale.length - 3} more` : '');
  return `dist/ is older than ${named}: \`switchboard\` ran the last build, not the working tree (run \`npm run build\` first).`;
}
