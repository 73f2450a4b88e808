/** What a client reads from a refusal: one GraphQL-shaped error with a typed `extensions.code`. */
export interface Refusal {
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

/**
 * The answer to a request refused before GraphQL ran it (auth, rate limit, body size):
 * `{ "errors": [refusal] }` as JSON, so clients read every refusal the same way.
 */
export function refusalResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  refusal: Refusal,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [refusal] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
