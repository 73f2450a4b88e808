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

/** Writes a reply with an exact Content-Length (no body at all for 204/304 or when `body` is omitted). */
export function writeReply(res: ServerResponse, reply: VendorReply): void {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  const bodyAllowed = reply.status !== 204 && reply.status !== 304;
  if (reply.body === undefined || !bodyAllowed) {
    res.removeHeader('Content-Type');
    if (bodyAllowed) res.setHeader('Content-Length', 0);
    res.end();
    return;
  }
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
