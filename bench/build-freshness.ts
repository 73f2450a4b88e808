/**
 * Whether the compiled gateway the `switchboard` command runs (dist/, one .js per .ts, built by
 * `npm run build`) is older than the sources: then a bench measures the last build, not the working
 * tree, and says so.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** What the build compiles (the gateway and its simulator), tests aside. */
const SOURCE_FOLDERS = ['domain', 'clients', 'adapters', 'live', 'store', 'resolvers', 'schema', 'server', 'simulator'];

/**
 * The files tsconfig.build.json leaves out of the build by name (development tools such as the
 * migration CLI and the schema check), read from its `exclude`; its comments are whole lines.
 */
function excludedFromBuild(): Set<string> {
  const text = readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const { exclude = [] } = JSON.parse(text) as { exclude?: string[] };
  return new Set(exclude.filter((pattern) => pattern.endsWith('.ts') && !pattern.includes('*')));
}

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
  const excluded = excludedFromBuild();
  const stale = SOURCE_FOLDERS.flatMap(staleUnder).filter((path) => !excluded.has(path.split(sep).join('/')));
  if (stale.length === 0) return undefined;
  const named = stale.slice(0, 3).join(', ') + (stale.length > 3 ? ` and ${stale.length - 3} more` : '');
  return `dist/ is older than ${named}: \`switchboard\` ran the last build, not the working tree (run \`npm run build\` first).`;
}
