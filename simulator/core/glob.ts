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
 * Whether a vendor-relative request path matches a fault glob. Vendors whose `.json` suffix is
 * optional are matched with and without it, so `/api/v2/tickets*` matches `/api/v2/tickets.json`
 * and `/api/v2/tickets/5.json`, and `/api/v2/tickets/5.json` matches `/api/v2/tickets/5`.
 */
export function pathMatchesGlob(glob: string, path: string): boolean {
  const exact = globToRegExp(glob);
  if (exact.test(path) || exact.test(stripJson(path))) return true;
  return globToRegExp(stripJson(glob)).test(stripJson(path));
}
