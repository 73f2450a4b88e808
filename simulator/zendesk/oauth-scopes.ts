/**
 * Whether an OAuth token's scopes cover a request (developer.zendesk.com, OAuth Tokens "Scopes"):
 * `read` covers GET, `write` covers POST/PUT/DELETE, `<resource>:read|write` the same for one
 * resource (`tickets`, `users`, `organizations`...); `impersonate` adds nothing here. Reading a
 * token's own record (`/oauth/tokens/current`) is always allowed (modeled).
 */
export function scopesAllow(scopes: readonly string[], method: string, path: string): boolean {
  const rest = path.replace(/^\/api\/v2\//, '').replace(/\.json$/, '');
  if (rest === 'oauth/tokens/current') return true;
  const access = method === 'GET' ? 'read' : 'write';
  const segments = rest.split('/');
  // `incremental/tickets/cursor` belongs to tickets, `users/1/tickets/requested` to users.
  const resource = segments[0] === 'incremental' ? segments[1] : segments[0];
  return scopes.some((scope) => {
    const [first, second] = scope.split(':');
    if (second === undefined) return first === access;
    return first === resource && second === access;
  });
}
