import type { ServerResponse } from 'node:http';

/** A complete response, as vendor handlers return it; the core writes it (or a fault bends it). */
export interface VendorReply {
  status: number;
  headers?: Record<string, string | number>;
  /** Omitted: no body and no content type (e.g. 204). */
  body?: string | Buffer;
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

export function jsonReply(status: number, value: unknown, headers: Record<string, string | number> = {}): VendorReply {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body: JSON.stringify(value) };
}

export function textReply(status: number, text: string, headers: Record<string, string | number> = {}): VendorReply {
  return { status, headers: { 'Content-Type': TEXT_CONTENT_TYPE, ...headers }, body: text };
}

/** Whether a text parses as JSON. */
export function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a reply with an exact Content-Length (no body at all for 204/304 or when `body` is omitted).
 * Returns the body sent (for the journal), or undefined when none was. A string body goes to
 * `end` as it is: Node then sends head and body in one write instead of a two-buffer writev.
 */
export function writeReply(res: ServerResponse, reply: VendorReply): string | Buffer | undefined {
  if (res.headersSent || res.destroyed) return undefined;
  res.statusCode = reply.status;
  if (reply.headers !== undefined) for (const name in reply.headers) res.setHeader(name, reply.headers[name]!);
  const bodyAllowed = reply.status !== 204 && reply.status !== 304;
  if (reply.body === undefined || !bodyAllowed) {
    res.removeHeader('Content-Type');
    if (bodyAllowed) res.setHeader('Content-Length', 0);
    res.end();
    return undefined;
  }
  const { body } = reply;
  res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length);
  res.end(body);
  return body;
}
