import { InputError } from './errors.js';

/** One page as a vendor returns it: the records and the token for the page after it (null at the end). */
export interface UpstreamPage<T> {
  items: T[];
  next: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A Relay-shaped page, ready for a Pothos connection field. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Vendor pages one connection page may read before answering with what it has. */
const MAX_PAGES_PER_CALL = 5;

/**
 * Relay paging over a vendor's own paging. Vendors page in fixed-size pages addressed by
 * a token (a Zendesk cursor, an offset page number), but a Relay client asks for `first`
 * records after any edge. A cursor is therefore [vendor page token, records to skip in
 * that page]: resuming from any edge starts with one upstream call, the edge that ends a
 * vendor page points at the next vendor page, and a page that runs past the end of a
 * vendor page reads the next one to fill `first`.
 *
 * `fetchPage` is told how many records of the page it reads this connection page will use,
 * counting from the page's start (the records skipped after a cursor, then what is left of
 * `first`; 0 when `first` is 0), so that it can ask the vendor for that page size rather than
 * the vendor's largest: a shorter page than that is fine, the next one is read to fill `first`.
 */
export async function pageThrough<T>(
  fetchPage: (token: string | null, want: number) => Promise<UpstreamPage<T>>,
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  limits: { defaultFirst: number; maxFirst: number },
): Promise<Connection<T>> {
  // Vendors page forward only (Zendesk's search has no backward cursor), so we do too.
  if (args.last != null || args.before != null) {
    const field = args.last != null ? 'last' : 'before';
    throw new InputError([{ field, message: 'paging backwards is not supported; page forward with first and after' }]);
  }
  const first = args.first ?? limits.defaultFirst;
  if (!Number.isInteger(first) || first < 0 || first > limits.maxFirst) {
    throw new InputError([{ field: 'first', message: `must be between 0 and ${limits.maxFirst}` }]);
  }
  const [startToken, skip] = args.after ? decodeCursor(args.after) : [null, 0];
  const edges: Edge<T>[] = [];
  let token = startToken;
  let offset = skip;
  let page = await fetchPage(token, skip + first);
  let hasNextPage: boolean;
  // Fill `first` across vendor pages; the guard stops a vendor that sends empty pages forever.
  for (let fetched = 1; ; fetched += 1) {
    const taken = page.items.slice(offset, offset + (first - edges.length));
    taken.forEach((node, index) => {
      const position = offset + index + 1;
      const endsPage = position === page.items.length && page.next !== null;
      edges.push({ node, cursor: endsPage ? encodeCursor(page.next, 0) : encodeCursor(token, position) });
    });
    if (offset + taken.length < page.items.length) {
      hasNextPage = true;
      break;
    }
    if (page.next === null || edges.length >= first || fetched >= MAX_PAGES_PER_CALL) {
      hasNextPage = page.next !== null;
      break;
    }
    token = page.next;
    offset = 0;
    page = await fetchPage(token, first - edges.length);
  }
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: startToken !== null || skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function encodeCursor(token: string | null, skip: number): string {
  return Buffer.from(JSON.stringify([token, skip])).toString('base64url');
}

function decodeCursor(cursor: string): [string | null, number] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (value[0] === null || typeof value[0] === 'string') &&
      Number.isInteger(value[1]) &&
      value[1] >= 0
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the input error
  }
  throw new InputError([{ field: 'after', message: 'is not a cursor this API issued' }]);
}
