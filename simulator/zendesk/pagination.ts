import type { VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import { invalidPaginationParameter, paginationTooDeep } from './errors.js';

/** Most records an offset list serves (page * per_page), real since August 2023. */
export const OFFSET_RECORD_LIMIT = 10_000;
export const MAX_PAGE_SIZE = 100;

export type PageRequest =
  | { kind: 'cursor'; size: number; after?: number; before?: number }
  | { kind: 'offset'; page: number; perPage: number; perPageGiven: boolean };

const PAGE_PARAMS = ['page[size]', 'page[after]', 'page[before]', 'page', 'per_page'];

/**
 * How the client asked to page: cursor when any `page[...]` key is present (keys arrive
 * percent-encoded, `page%5Bsize%5D`; URLSearchParams has decoded them), offset otherwise.
 * Returns an error reply for a bad size or cursor.
 */
export function readPageRequest(query: URLSearchParams): PageRequest | VendorReply {
  const size = query.get('page[size]');
  const after = query.get('page[after]');
  const before = query.get('page[before]');
  if (size !== null || after !== null || before !== null) {
    const n = size === null ? MAX_PAGE_SIZE : Number(size);
    if (!Number.isInteger(n) || n < 1) return invalidPaginationParameter('page[size] must be a positive integer');
    if (n > MAX_PAGE_SIZE) return invalidPaginationParameter(`page[size] is limited to ${MAX_PAGE_SIZE}`);
    const request: PageRequest = { kind: 'cursor', size: n };
    if (after !== null) {
      const key = decodeCursor(after);
      if (key === undefined) return invalidPaginationParameter('page[after] is not a valid cursor');
      request.after = key;
    }
    if (before !== null) {
      const key = decodeCursor(before);
      if (key === undefined) return invalidPaginationParameter('page[before] is not a valid cursor');
      request.before = key;
    }
    return request;
  }
  const page = positiveInteger(query.get('page')) ?? 1;
  const perPageRaw = positiveInteger(query.get('per_page'));
  return { kind: 'offset', page, perPage: Math.min(perPageRaw ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE), perPageGiven: perPageRaw !== undefined };
}

/** Tells an error reply from a page request or page (neither of which has a `status`). */
export function isReply<T extends object>(value: T | VendorReply): value is VendorReply {
  return 'status' in value && typeof (value as VendorReply).status === 'number';
}

function positiveInteger(value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * Cursors in the real format (decoded from recorded cursors in blakmatrix/node-zendesk fixtures):
 * base64 of `{"o":"id","v":"<packed>"}`, where `<packed>` is base64 of the byte `i` (0x69)
 * followed by the id as a little-endian signed 64-bit integer. Clients treat them as opaque.
 */
export function encodeCursor(key: number): string {
  const packed = Buffer.alloc(9);
  packed.write('i', 0, 'latin1');
  packed.writeBigInt64LE(BigInt(key), 1);
  return Buffer.from(JSON.stringify({ o: 'id', v: packed.toString('base64') })).toString('base64');
}

/** The key of a cursor made by `encodeCursor`, or undefined when it does not decode. */
export function decodeCursor(cursor: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { v?: unknown };
    if (typeof parsed.v !== 'string') return undefined;
    const packed = Buffer.from(parsed.v, 'base64');
    if (packed.length !== 9 || packed[0] !== 0x69) return undefined;
    const key = Number(packed.readBigInt64LE(1));
    return Number.isSafeInteger(key) ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An absolute link to the same endpoint (`.json` form) with other query parameters kept, form-encoded
 * as the real links are (`page%5Bsize%5D=100`, `query=type%3Aticket+status%3Aopen`: spaces as `+`).
 */
export function linkTo(req: SimRequest, set: [string, string][]): string {
  const params: [string, string][] = [...set];
  for (const [key, value] of req.query) if (!PAGE_PARAMS.includes(key)) params.push([key, value]);
  const query = new URLSearchParams(params).toString();
  return `${req.baseUrl}${req.path.replace(/\.json$/, '')}.json${query ? `?${query}` : ''}`;
}

export interface CursorPage<T> {
  items: T[];
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null };
  links: { prev: string | null; next: string | null };
}

/**
 * One cursor page of `items` (sorted ascending by `key`). Keeps the real last-page quirk: the last
 * page with data has `has_more: false` but a `links.next`, which answers an empty page with null links.
 */
export function cursorPage<T>(items: readonly T[], key: (item: T) => number, request: Extract<PageRequest, { kind: 'cursor' }>, req: SimRequest): CursorPage<T> {
  let page: T[];
  let hasMore: boolean;
  if (request.before !== undefined) {
    const earlier = items.filter((item) => key(item) < (request.before as number));
    page = earlier.slice(Math.max(0, earlier.length - request.size));
    hasMore = earlier.length > page.length;
  } else {
    const later = request.after === undefined ? [...items] : items.filter((item) => key(item) > (request.after as number));
    page = later.slice(0, request.size);
    hasMore = later.length > page.length;
  }
  const first = page[0];
  const last = page[page.length - 1];
  const afterCursor = last === undefined ? null : encodeCursor(key(last));
  const beforeCursor = first === undefined ? null : encodeCursor(key(first));
  const size = String(request.size);
  return {
    items: page,
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: {
      prev: beforeCursor === null ? null : linkTo(req, [['page[before]', beforeCursor], ['page[size]', size]]),
      next: afterCursor === null ? null : linkTo(req, [['page[after]', afterCursor], ['page[size]', size]]),
    },
  };
}

export interface OffsetPage<T> {
  items: T[];
  next_page: string | null;
  previous_page: string | null;
  count: number;
}

/**
 * One offset page, or the reply for asking too deep (`limit` records: 10,000 for lists → 400;
 * search passes its own 1,000 limit and reply).
 */
export function offsetPage<T>(
  items: readonly T[],
  request: Extract<PageRequest, { kind: 'offset' }>,
  req: SimRequest,
  limit: { records: number; reply: () => VendorReply } = { records: OFFSET_RECORD_LIMIT, reply: paginationTooDeep },
): OffsetPage<T> | VendorReply {
  const { page, perPage } = request;
  if (page * perPage > limit.records) return limit.reply();
  const start = (page - 1) * perPage;
  const reachable = Math.min(items.length, limit.records);
  const link = (n: number): string => linkTo(req, request.perPageGiven ? [['page', String(n)], ['per_page', String(perPage)]] : [['page', String(n)]]);
  return {
    items: items.slice(start, start + perPage),
    next_page: start + perPage < reachable && (page + 1) * perPage <= limit.records ? link(page + 1) : null,
    previous_page: page > 1 ? link(page - 1) : null,
    count: items.length,
  };
}
