import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** A request as a vendor module sees it: body read and parsed, path made relative to the vendor. */
export interface SimRequest {
  method: string;
  /** The full path as received, e.g. `/zendesk/api/v2/tickets.json` (percent-decoding not applied). */
  fullPath: string;
  /** The path relative to the vendor base path, e.g. `/api/v2/tickets.json` ('/' at the base itself). */
  path: string;
  /** The raw query string without `?`, or ''. */
  rawQuery: string;
  /** Decoded query parameters: `page%5Bsize%5D=10` arrives as key `page[size]`. */
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** The parsed body: JSON value, a form's fields (`Record<string,string>`), or undefined when empty. */
  body: unknown;
  /** Set when the body could not be parsed. */
  bodyError?: string;
  /** `scheme://host[:port]` the client used. */
  origin: string;
  /** `origin` plus the vendor base path, e.g. `http://127.0.0.1:4010/zendesk`. */
  baseUrl: string;
}

/** Requests bodies larger than this are refused with 413. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

const EMPTY = Buffer.alloc(0);

export async function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Buffer> {
  // Most vendor calls are bodiless GETs: skip the stream's async iterator, which costs more than the rest of a small request.
  if (req.headers['transfer-encoding'] === undefined && (req.headers['content-length'] === undefined || req.headers['content-length'] === '0')) {
    req.resume();
    return EMPTY;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new BodyTooLargeError(`body larger than ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON or form body by its content type; anything else is left as raw bytes only. */
export function parseBody(contentType: string | undefined, raw: Buffer): { body: unknown; bodyError?: string } {
  if (raw.length === 0) return { body: undefined };
  const type = (contentType ?? '').toLowerCase();
  const text = raw.toString('utf8');
  if (type.includes('application/x-www-form-urlencoded')) {
    return { body: Object.fromEntries(new URLSearchParams(text)) };
  }
  if (type.includes('json') || type === '') {
    try {
      return { body: JSON.parse(text) as unknown };
    } catch (err) {
      return { body: undefined, bodyError: `invalid JSON (${(err as Error).message})` };
    }
  }
  return { body: undefined };
}

/** `scheme://host` as the client addressed us (Host header; https when the socket is TLS). */
export function requestOrigin(req: IncomingMessage): string {
  const secure = 'encrypted' in req.socket && (req.socket as { encrypted?: boolean }).encrypted === true;
  const host = req.headers.host ?? `${req.socket.localAddress ?? '127.0.0.1'}:${req.socket.localPort ?? 80}`;
  return `${secure ? 'https' : 'http'}://${host}`;
}

/** Splits a request target into its path and raw query. */
export function splitTarget(target: string): { path: string; rawQuery: string } {
  const q = target.indexOf('?');
  return q === -1 ? { path: target, rawQuery: '' } : { path: target.slice(0, q), rawQuery: target.slice(q + 1) };
}
