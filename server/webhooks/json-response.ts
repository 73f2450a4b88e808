/** A JSON answer (every webhook answers JSON, errors included). */
export function jsonResponse(ResponseClass: typeof Response, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new ResponseClass(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}
