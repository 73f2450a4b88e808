import type { IncomingHttpHeaders } from 'node:http';
import { redactBody, redactHeaders, redactQuery } from './redact.js';
import { matchesPattern, type PatternTarget, type RequestPattern } from './request-pattern.js';

/** One side of an exchange, credentials redacted. */
export interface JournalMessage {
  headers: Record<string, string>;
  /** The body as UTF-8 text, cut at the journal's `bodyBytes` cap ('' when none or capture is off). */
  body: string;
  /** The body's full size in bytes. */
  bodyBytes: number;
  /** The body was cut at the cap (or not captured at all). */
  truncated: boolean;
}

/** One vendor request as the simulator saw it. */
export interface JournalEntry {
  /** Arrival order, from 1 (restarts on reset and on clear). */
  seq: number;
  vendor: string;
  method: string;
  /** The full request path as received, e.g. `/zendesk/api/v2/tickets.json`. */
  path: string;
  /** The raw query string without `?` (still percent-encoded; credential parameters redacted), or ''. */
  query: string;
  /** The status sent, or 0 when no response was sent (connection reset or dropped). */
  status: number;
  /** Real (wall-clock) milliseconds from arrival to the end of the response. */
  durationMs: number;
  /** Virtual-clock time of arrival, ISO-8601 with milliseconds. */
  at: string;
  /** What answered: the vendor, a stub (`stub:<id>`), a fault (`fault:<id>`), a recording or a replayed fixture. */
  servedBy: string;
  request: JournalMessage;
  /** Headers and body as sent; empty when no response was sent. */
  response: JournalMessage;
}

/** Which entries a listing or count covers: a request pattern, plus the status. */
export interface JournalFilter extends RequestPattern {
  /** An exact status (`404`), or a class as its first digit (`4` for 4xx). */
  status?: { exact: number } | { class: number };
}

/** An arriving request's record; the dispatcher fills it in as the exchange goes. */
export interface JournalSlot {
  seq: number;
  vendor: string;
  method: string;
  fullPath: string;
  path: string;
  rawQuery: string;
  atMs: number;
  requestHeaders: IncomingHttpHeaders;
  requestBody: Buffer | undefined;
  requestBytes: number;
  responseHeaders: Record<string, string | number> | undefined;
  responseBody: Buffer | undefined;
  responseBytes: number;
  servedBy: string;
  status: number;
  durationMs: number;
  done: boolean;
}

/** The default number of entries kept. */
export const DEFAULT_JOURNAL_LIMIT = 10_000;
/** The default number of body bytes kept per request and per response. */
export const DEFAULT_JOURNAL_BODY_BYTES = 16 * 1024;

const EMPTY = Buffer.alloc(0);

/**
 * Every vendor request, oldest first (by arrival), capped at `limit` entries (the oldest are
 * dropped), each with its headers and its first `bodyBytes` of body both ways. An entry is listed
 * once its response has finished or its connection has closed. Recording is cheap (references and
 * one small copy); redaction and formatting happen when entries are read.
 */
export class Journal {
  readonly limit: number;
  readonly bodyBytes: number;
  #slots: JournalSlot[] = [];
  /** Index of the oldest kept slot in #slots (dropped ones are compacted away in batches). */
  #start = 0;
  #seq = 0;

  /**
   * @param limit how many entries to keep (default 10,000)
   * @param bodyBytes body bytes kept per request and per response (default 16 KiB; 0: no bodies)
   */
  constructor(limit: number = DEFAULT_JOURNAL_LIMIT, bodyBytes: number = DEFAULT_JOURNAL_BODY_BYTES) {
    this.limit = limit;
    this.bodyBytes = bodyBytes;
  }

  /** Records an arriving request; the caller fills the slot in and calls {@link finish} once. */
  begin(init: { vendor: string; method: string; fullPath: string; path: string; rawQuery: string; atMs: number; headers: IncomingHttpHeaders }): JournalSlot {
    const slot: JournalSlot = {
      seq: ++this.#seq,
      vendor: init.vendor,
      method: init.method,
      fullPath: init.fullPath,
      path: init.path,
      rawQuery: init.rawQuery,
      atMs: init.atMs,
      requestHeaders: init.headers,
      requestBody: undefined,
      requestBytes: 0,
      responseHeaders: undefined,
      responseBody: undefined,
      responseBytes: 0,
      servedBy: 'vendor',
      status: 0,
      durationMs: 0,
      done: false,
    };
    this.#slots.push(slot);
    if (this.#slots.length - this.#start > this.limit) {
      this.#start += 1;
      // Compact once the dropped part is as long as the kept part: amortised O(1) per request.
      if (this.#start >= this.limit) {
        this.#slots = this.#slots.slice(this.#start);
        this.#start = 0;
      }
    }
    return slot;
  }

  /** Keeps the first `bodyBytes` of the request body. */
  captureRequest(slot: JournalSlot, body: Buffer): void {
    slot.requestBytes = body.length;
    slot.requestBody = this.#cap(body);
  }

  /**
   * Keeps the response headers and the first `bodyBytes` of the body sent. A string body is copied into
   * a Buffer: kept strings live on the JS heap, where every garbage collection copies and marks them,
   * while a Buffer's bytes sit outside it (measured: GC went from ~5 % to ~14 % of the simulator's time
   * with strings kept).
   */
  captureResponse(slot: JournalSlot, headers: Record<string, string | number> | undefined, body: Buffer | string | undefined): void {
    slot.responseHeaders = headers;
    if (body === undefined) return;
    if (typeof body === 'string') {
      slot.responseBytes = Buffer.byteLength(body, 'utf8');
      slot.responseBody = this.bodyBytes === 0 ? EMPTY : Buffer.from(slot.responseBytes <= this.bodyBytes ? body : body.slice(0, this.bodyBytes), 'utf8').subarray(0, this.bodyBytes);
    } else {
      slot.responseBytes = body.length;
      slot.responseBody = this.#cap(body);
    }
  }

  finish(slot: JournalSlot, status: number, durationMs: number): void {
    if (slot.done) return;
    slot.status = status;
    slot.durationMs = durationMs;
    slot.done = true;
  }

  /** Finished entries, oldest first: all, one vendor's (a string) or those a filter matches; `limit` keeps the newest that many. */
  entries(filter?: string | JournalFilter, options: { limit?: number } = {}): JournalEntry[] {
    const matching = this.#matching(typeof filter === 'string' ? { vendor: filter } : filter);
    const kept = options.limit === undefined ? matching : matching.slice(Math.max(0, matching.length - options.limit));
    return kept.map((slot) => this.#entry(slot));
  }

  /** How many finished entries a filter matches. */
  count(filter?: JournalFilter): number {
    return this.#matching(filter).length;
  }

  clear(): void {
    this.#slots = [];
    this.#start = 0;
    this.#seq = 0;
  }

  #cap(body: Buffer): Buffer {
    if (this.bodyBytes === 0 || body.length === 0) return EMPTY;
    // A copy when cut, so the entry does not hold the whole body.
    return body.length <= this.bodyBytes ? body : Buffer.from(body.subarray(0, this.bodyBytes));
  }

  #matching(filter: JournalFilter | undefined): JournalSlot[] {
    const out: JournalSlot[] = [];
    for (let i = this.#start; i < this.#slots.length; i++) {
      const slot = this.#slots[i]!;
      if (slot.done && (filter === undefined || slotMatches(filter, slot))) out.push(slot);
    }
    return out;
  }

  #entry(slot: JournalSlot): JournalEntry {
    const requestType = headerText(slot.requestHeaders['content-type']);
    const { responseBody, responseBytes } = slot;
    const responseHeaders: Record<string, string | number> = { ...slot.responseHeaders };
    if (slot.responseHeaders !== undefined && slot.status !== 204 && slot.status !== 304) responseHeaders['Content-Length'] = responseBytes;
    return {
      seq: slot.seq,
      vendor: slot.vendor,
      method: slot.method,
      path: slot.fullPath,
      query: redactQuery(slot.rawQuery),
      status: slot.status,
      durationMs: slot.durationMs,
      at: new Date(slot.atMs).toISOString(),
      servedBy: slot.servedBy,
      request: message(slot.requestHeaders, requestType, slot.requestBody, slot.requestBytes),
      response: slot.status === 0 ? message({}, undefined, undefined, 0) : message(responseHeaders, headerText(contentTypeOf(responseHeaders)), responseBody, responseBytes),
    };
  }
}

function message(headers: Readonly<Record<string, string | string[] | number | undefined>>, contentType: string | undefined, body: Buffer | undefined, bytes: number): JournalMessage {
  const kept = body ?? EMPTY;
  return { headers: redactHeaders(headers), body: redactBody(contentType, kept.toString('utf8')), bodyBytes: bytes, truncated: kept.length < bytes };
}

function contentTypeOf(headers: Record<string, string | number>): string | undefined {
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === 'content-type') return String(value);
  return undefined;
}

function headerText(value: string | string[] | number | undefined): string | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : String(value);
}

function slotMatches(filter: JournalFilter, slot: JournalSlot): boolean {
  if (filter.status !== undefined) {
    if ('exact' in filter.status ? slot.status !== filter.status.exact : Math.floor(slot.status / 100) !== filter.status.class) return false;
  }
  return matchesPattern(filter, slotTarget(slot));
}

function slotTarget(slot: JournalSlot): PatternTarget {
  const text = (): string => (slot.requestBody ?? EMPTY).toString('utf8');
  return {
    vendor: slot.vendor,
    method: slot.method,
    fullPath: slot.fullPath,
    path: slot.path,
    query: () => new URLSearchParams(slot.rawQuery),
    bodyText: text,
    body: () => parseLoose(headerText(slot.requestHeaders['content-type']), text()),
  };
}

/** A body as JSON or form fields, for matching; undefined when it is neither (or was cut). */
export function parseLoose(contentType: string | undefined, text: string): unknown {
  if (text === '') return undefined;
  if ((contentType ?? '').toLowerCase().includes('x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
