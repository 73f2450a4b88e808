/** `*` matches any run of characters (slashes included), `?` one character; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (const ch of glob) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const stripJson = (path: string): string => path.replace(/\.json$/, '');

/**
 * A path glob compiled once. Vendors whose `.json` suffix is optional are matched with and without
 * it, so `/api/v2/tickets*` matches `/api/v2/tickets.json` and `/api/v2/tickets/5.json`, and
 * `/api/v2/tickets/5.json` matches `/api/v2/tickets/5`.
 */
export function compileGlob(glob: string): (path: string) => boolean {
  const exact = globToRegExp(glob);
  const bare = globToRegExp(stripJson(glob));
  return (path) => exact.test(path) || exact.test(stripJson(path)) || bare.test(stripJson(path));
}

const compiled = new Map<string, (path: string) => boolean>();

/** Whether a vendor-relative request path matches a fault glob (see {@link compileGlob}); globs are compiled once. */
export function pathMatchesGlob(glob: string, path: string): boolean {
  let matches = compiled.get(glob);
  if (!matches) {
    if (compiled.size > 1000) compiled.clear();
    matches = compileGlob(glob);
    compiled.set(glob, matches);
  }
  return matches(path);
}
