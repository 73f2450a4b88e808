import { describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { pageThrough, type Connection, type UpstreamPage } from './paging.js';

const LIMITS = { defaultFirst: 3, maxFirst: 10 };

/** A vendor with fixed-size pages addressed by tokens `p1`, `p2`, ...; records `r1`, `r2`, ... Keeps the tokens asked for. */
function vendor(total: number, pageSize: number) {
  const asked: (string | null)[] = [];
  const fetchPage = async (token: string | null): Promise<UpstreamPage<string>> => {
    asked.push(token);
    const page = token === null ? 0 : Number(token.slice(1));
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - page * pageSize)) }, (_, index) => `r${page * pageSize + index + 1}`);
    return { items, next: (page + 1) * pageSize < total ? `p${page + 1}` : null };
  };
  return { fetchPage, asked };
}

const nodes = (connection: { edges: { node: string }[] }) => connection.edges.map((edge) => edge.node);

function inputIssues(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected an InputError');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).issues;
    },
  );
}

describe('pageThrough', () => {
  it('answers the first page with defaultFirst records from one vendor page', async () => {
    const { fetchPage, asked } = vendor(10, 4);
    const page = await pageThrough(fetchPage, {}, LIMITS);
    expect(nodes(page)).toEqual(['r1', 'r2', 'r3']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[2]!.cursor);
    expect(asked).toEqual([null]);
  });

  it('fills `first` across vendor pages and resumes after any edge with one upstream call', async () => {
    const { fetchPage, asked } = vendor(10, 4);
    const first = await pageThrough(fetchPage, { first: 6 }, LIMITS);
    expect(nodes(first)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(asked).toEqual([null, 'p1']);

    asked.length = 0;
    const afterThird = await pageThrough(fetchPage, { first: 1, after: first.edges[2]!.cursor }, LIMITS);
    expect(nodes(afterThird)).toEqual(['r4']);
    expect(afterThird.pageInfo.hasPreviousPage).toBe(true);
    expect(asked).toEqual([null]);

    asked.length = 0;
    const acrossPages = await pageThrough(fetchPage, { first: 2, after: first.edges[2]!.cursor }, LIMITS);
    expect(nodes(acrossPages)).toEqual(['r4', 'r5']);
    expect(asked).toEqual([null, 'p1']);

    // The edge that ends a vendor page points at the next vendor page: no call for the page it ended.
    asked.length = 0;
    const afterFourth = await pageThrough(fetchPage, { first: 2, after: first.edges[3]!.cursor }, LIMITS);
    expect(nodes(afterFourth)).toEqual(['r5', 'r6']);
    expect(asked).toEqual(['p1']);
  });

  it('tells the vendor page how many of its records the connection page will use', async () => {
    const wants: number[] = [];
    const { fetchPage } = vendor(10, 4);
    const counting = (token: string | null, want: number) => {
      wants.push(want);
      return fetchPage(token);
    };
    const first = await pageThrough(counting, { first: 6 }, LIMITS);
    expect(wants).toEqual([6, 2]);
    wants.length = 0;
    await pageThrough(counting, { first: 2, after: first.edges[2]!.cursor }, LIMITS);
    expect(wants).toEqual([5, 1]);
  });

  it('pages a vendor that serves the size asked for without skipping or repeating a record', async () => {
    // Tokens are offsets; each page is exactly as long as asked (at most 4), as a cursor API with page[size] is.
    const records = Array.from({ length: 11 }, (_, index) => `r${index + 1}`);
    const sizes: number[] = [];
    const sized = async (token: string | null, want: number): Promise<UpstreamPage<string>> => {
      const start = token === null ? 0 : Number(token);
      const size = Math.max(1, Math.min(4, want));
      sizes.push(size);
      const end = Math.min(records.length, start + size);
      return { items: records.slice(start, end), next: end < records.length ? String(end) : null };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (const first of [3, 1, 5, 2, 10]) {
      const page: Connection<string> = await pageThrough(sized, { first, after }, LIMITS);
      seen.push(...nodes(page));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(records);
    expect(sizes).toEqual([3, 1, 4, 1, 2]);
  });

  it('says there is no next page at the end of the last vendor page', async () => {
    const { fetchPage } = vendor(5, 4);
    const all = await pageThrough(fetchPage, { first: 10 }, LIMITS);
    expect(nodes(all)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(all.pageInfo.hasNextPage).toBe(false);

    const exact = await pageThrough(fetchPage, { first: 4 }, LIMITS);
    expect(exact.pageInfo.hasNextPage).toBe(true);
    const rest = await pageThrough(fetchPage, { first: 4, after: exact.pageInfo.endCursor }, LIMITS);
    expect(nodes(rest)).toEqual(['r5']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('answers an empty page with null cursors', async () => {
    const { fetchPage } = vendor(0, 4);
    const page = await pageThrough(fetchPage, { first: 5 }, LIMITS);
    expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('reads at most five vendor pages per call, and answers with what it has', async () => {
    const asked: (string | null)[] = [];
    const emptyForever = async (token: string | null): Promise<UpstreamPage<string>> => {
      asked.push(token);
      return { items: [], next: `t${asked.length}` };
    };
    const page = await pageThrough(emptyForever, { first: 3 }, LIMITS);
    expect(page.edges).toEqual([]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(asked).toHaveLength(5);
  });

  it('refuses paging backwards, naming the argument', async () => {
    const { fetchPage } = vendor(10, 4);
    await expect(inputIssues(pageThrough(fetchPage, { last: 2 }, LIMITS))).resolves.toEqual([
      { field: 'last', message: 'paging backwards is not supported; page forward with first and after' },
    ]);
    await expect(inputIssues(pageThrough(fetchPage, { before: 'x' }, LIMITS))).resolves.toEqual([
      { field: 'before', message: 'paging backwards is not supported; page forward with first and after' },
    ]);
  });

  it('refuses a first outside 0..maxFirst', async () => {
    const { fetchPage } = vendor(10, 4);
    for (const first of [-1, 11, 2.5]) {
      await expect(inputIssues(pageThrough(fetchPage, { first }, LIMITS))).resolves.toEqual([{ field: 'first', message: 'must be between 0 and 10' }]);
    }
    const none = await pageThrough(fetchPage, { first: 0 }, LIMITS);
    expect(none.edges).toEqual([]);
  });

  it('refuses a cursor it did not issue', async () => {
    const { fetchPage, asked } = vendor(10, 4);
    const forged = [
      'not base64 json',
      Buffer.from(JSON.stringify({ token: 'p1' })).toString('base64url'),
      Buffer.from(JSON.stringify(['p1', -1])).toString('base64url'),
      Buffer.from(JSON.stringify([1, 0])).toString('base64url'),
    ];
    for (const after of forged) {
      await expect(inputIssues(pageThrough(fetchPage, { after }, LIMITS))).resolves.toEqual([{ field: 'after', message: 'is not a cursor this API issued' }]);
    }
    expect(asked).toEqual([]);
  });
});
