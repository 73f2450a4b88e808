import { InputError } from '../../domain/errors.js';

/** Zendesk search's largest `per_page`. */
const PER_PAGE_MAX = 100;
/** Zendesk search serves the first 1,000 results only (`page * per_page` past it is refused). */
const RESULTS_MAX = 1000;

/** The search request that serves results from `start` on: `page` of `perPage`, its first `skip` results before `start`. */
export interface SearchPage {
  page: number;
  perPage: number;
  skip: number;
}

/**
 * Where a connection page resumes in Zendesk's search: a result offset. Search pages by page
 * number and `per_page`, and a page number means another offset for another page size, so the
 * token names the offset and each read picks the page size it needs (searchPageFor).
 */
export function searchToken(start: number): string {
  return `at:${start}`;
}

/** The offset a token names: `null` is the first result; a bare page number is a token from before, of 100 a page. */
export function searchStart(token: string | null): number {
  if (token === null) return 0;
  const offset = /^at:(\d{1,4})$/.exec(token);
  if (offset) return Number(offset[1]);
  if (/^\d{1,3}$/.test(token) && Number(token) >= 1) return (Number(token) - 1) * PER_PAGE_MAX;
  throw new InputError([{ field: 'after', message: 'is not a cursor this API issued' }]);
}

/**
 * The smallest search page that holds results `start` to `start + want` in one request
 * (`want` at least 1), within the 1,000 results search serves; when no page of at most 100
 * does, the page of 100 that holds `start` (the connection reads on from its end). Null when
 * `start` is past what search serves.
 */
export function searchPageFor(start: number, want: number): SearchPage | null {
  if (start >= RESULTS_MAX) return null;
  const end = Math.min(start + Math.max(1, want), RESULTS_MAX);
  for (let perPage = end - start; perPage <= PER_PAGE_MAX; perPage++) {
    const page = Math.floor(start / perPage) + 1;
    if (page * perPage >= end && page * perPage <= RESULTS_MAX) return { page, perPage, skip: start - (page - 1) * perPage };
  }
  const page = Math.floor(start / PER_PAGE_MAX) + 1;
  return { page, perPage: PER_PAGE_MAX, skip: start - (page - 1) * PER_PAGE_MAX };
}
