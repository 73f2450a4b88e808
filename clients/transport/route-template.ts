/**
 * A URL path as a route template, for span names and attributes: every segment that looks like an id
 * becomes `{id}` (`/api/v2/tickets/4711.json` → `/api/v2/tickets/{id}.json`), so one route is one
 * name whatever record it asks for, and no id, email or key that a path may carry reaches a trace.
 *
 * An id segment: all digits; or two digits or more among other characters (`ab12cd`, a UUID); or
 * anything percent-encoded or with `@`, `=`, `+`, `~` or `:` in it. Words and versions stay (`v2`, `G2A`,
 * `oauth2`, `show_many`). A file extension is kept after the `{id}` (`.json`), except after an encoded or address-like segment, which goes whole. The transport passes the path
 * already without its query string and scrubbed of the call's credentials.
 */
export function routeTemplate(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      if (/[%@=+~:]/.test(segment)) return '{id}';
      const dot = /^(.+?)(\.[a-z]{2,5})$/i.exec(segment);
      const [stem, extension] = dot ? [dot[1]!, dot[2]!] : [segment, ''];
      return looksLikeId(stem) ? `{id}${extension}` : segment;
    })
    .join('/');
}

function looksLikeId(segment: string): boolean {
  if (segment === '') return false;
  if (/^\d+$/.test(segment)) return true;
  return (segment.match(/\d/g)?.length ?? 0) >= 2;
}
