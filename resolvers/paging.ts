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

/**
 * Relay paging over a vendor's own paging. Vendors page in fixed-size pages addressed by
 * a token (a Zendesk cursor, an offset page number), but a Relay client asks for `first`
 * records after any edge. A cursor is therefore [vendor page token, records to skip in
 * that page]: resuming from any edge costs exactly one upstream call, and the edge that
 * ends a vendor page points at the next vendor page.
 */
export async function pageThrough<T>(
  fetchPage: (token: string | null) => Promise<UpstreamPage<T>>,
  args: { first?: number | null; after?: string | null },
  limits: { defaultFirst: number; maxFirst: number },
): Promise<Connection<T>> {
  const first = args.first ?? limits.defaultFirst;
  if (!Number.isInteger(first) || first < 0 || first > limits.maxFirst) {
    throw new InputError([{ field: 'first', message: `must be between 0 and ${limits.maxFirst}` }]);
  }
  const [token, skip] = args.after ? decodeCursor(args.after) : [null, 0];
  const page = await fetchPage(token);
  const taken = page.items.slice(skip, skip + first);
  const edges = taken.map((node, index) => {
    const position = skip + index + 1;
    const endsPage = position === page.items.length && page.next !== null;
    return { node, cursor: endsPage ? encodeCursor(page.next, 0) : encodeCursor(token, position) };
  });
  const restOfPage = skip + taken.length < page.items.length;
  return {
    edges,
    pageInfo: {
      hasNextPage: restOfPage || page.next !== null,
      hasPreviousPage: token !== null || skip > 0,
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
