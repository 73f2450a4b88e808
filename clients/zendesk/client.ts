import {
  createTransport,
  UpstreamError,
  type HttpMethod,
  type QueryParams,
  type Transport,
  type TransportOptions,
} from '../transport/index.js';
import { decodeEnvelope, envelopes, searchTicket } from './envelopes.js';
import { decodeZendeskError } from './error-decoder.js';
import { idsToWire, stringifyIds } from './ids.js';
import { buildTicketSearchQuery } from './search-query.js';
import type {
  ZendeskCommentPage,
  ZendeskCursorPageOptions,
  ZendeskIncrementalOptions,
  ZendeskIncrementalPage,
  ZendeskTicket,
  ZendeskTicketInput,
  ZendeskTicketPage,
  ZendeskTicketSearch,
  ZendeskTicketSearchResult,
  ZendeskUser,
  ZendeskUserInput,
} from './types.js';

export interface ZendeskClientOptions {
  /** The account's URL, e.g. `https://acme.zendesk.com` or `http://127.0.0.1:4010/zendesk`; the client appends `/api/v2`. */
  baseUrl: string;
  /** Agent email for API-token auth (sent as `email/token`). */
  email: string;
  /** Zendesk API token. */
  token: string;
  /** Transport tuning (timeout, retries, breaker, onCall, ...); vendor, base URL and auth are set here. */
  transport?: Partial<Omit<TransportOptions, 'vendor' | 'baseUrl' | 'auth' | 'decodeError'>>;
}

/** Per-call options every method accepts. */
export interface ZendeskCallOptions {
  /** Cancels the call (and its retries). */
  signal?: AbortSignal;
}

export interface ZendeskClient {
  /** The account URL without `/api/v2` (agent links are built on it). */
  readonly baseUrl: string;
  /** The transport underneath, for `breakerState()` in readiness checks. */
  readonly transport: Transport;
  getTicket(id: string, options?: ZendeskCallOptions): Promise<ZendeskTicket | null>;
  /** `show_many` in chunks of 100 ids, chunks in parallel; unknown ids are simply absent. */
  showManyTickets(ids: readonly string[], options?: ZendeskCallOptions): Promise<ZendeskTicket[]>;
  /** One page of the cursor-paginated ticket list. */
  listTickets(page?: ZendeskCursorPageOptions, options?: ZendeskCallOptions): Promise<ZendeskTicketPage>;
  /** Every ticket, page after page (100 a page) until Zendesk says there are no more. */
  listAllTickets(options?: ZendeskCallOptions): AsyncGenerator<ZendeskTicket, void, undefined>;
  /**
   * One cursor page of the tickets a user requested (`/users/{id}/tickets/requested`), sorted
   * by id. An unknown user (Zendesk's 404) is an empty page, not an error.
   */
  listRequestedTickets(userId: string, page?: ZendeskCursorPageOptions, options?: ZendeskCallOptions): Promise<ZendeskTicketPage>;
  searchTickets(search: ZendeskTicketSearch, options?: ZendeskCallOptions): Promise<ZendeskTicketSearchResult>;
  /**
   * With `idempotencyKey`, sent as Zendesk's `Idempotency-Key` header: for 2 h Zendesk answers a
   * repeat with the same key and body with the ticket it made the first time, and refuses the key
   * with another body (400 IdempotentRequestError).
   */
  createTicket(input: ZendeskTicketInput, options?: ZendeskCallOptions & { idempotencyKey?: string | undefined }): Promise<ZendeskTicket>;
  /** Updates a ticket; a `comment` in the input is appended to it. Returns the updated ticket. */
  updateTicket(id: string, input: ZendeskTicketInput, options?: ZendeskCallOptions): Promise<ZendeskTicket>;
  /** True when deleted, false when there was no such ticket. */
  deleteTicket(id: string, options?: ZendeskCallOptions): Promise<boolean>;
  listComments(ticketId: string, page?: ZendeskCursorPageOptions, options?: ZendeskCallOptions): Promise<ZendeskCommentPage>;
  getUser(id: string, options?: ZendeskCallOptions): Promise<ZendeskUser | null>;
  showManyUsers(ids: readonly string[], options?: ZendeskCallOptions): Promise<ZendeskUser[]>;
  /** `users/search.json?query=` (name, email, notes, phone), every page. */
  searchUsers(query: string, options?: ZendeskCallOptions): Promise<ZendeskUser[]>;
  findUsersByExternalId(externalId: string, options?: ZendeskCallOptions): Promise<ZendeskUser[]>;
  createUser(input: ZendeskUserInput, options?: ZendeskCallOptions): Promise<ZendeskUser>;
  /** Matches on email or external_id; `created` tells whether Zendesk made a new user (201). */
  createOrUpdateUser(input: ZendeskUserInput, options?: ZendeskCallOptions): Promise<{ user: ZendeskUser; created: boolean }>;
  /** The authenticated agent. Zendesk answers bad credentials here with 200 "Anonymous user": that throws UPSTREAM_REJECTED. */
  me(options?: ZendeskCallOptions): Promise<ZendeskUser>;
  /** One page of the incremental ticket export (cursor based), for sync jobs. */
  incrementalTickets(from: ZendeskIncrementalOptions, options?: ZendeskCallOptions): Promise<ZendeskIncrementalPage>;
}

/** Zendesk's limit for `show_many` and `page[size]`. */
const MAX_BATCH = 100;
/** The incremental export's `per_page` bound. */
const INCREMENTAL_PAGE_MAX = 1000;
/** Offset pagination stops at 10,000 records (100 pages of 100); going further answers 400. */
const MAX_OFFSET_PAGES = 100;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

function clampPageSize(size: number | undefined): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(size ?? MAX_BATCH)));
}

/** A path segment from a caller-supplied id, so an id can never walk to another endpoint. */
function segment(id: string): string {
  return encodeURIComponent(id);
}

function accountUrl(baseUrl: string): string {
  // Accept a base URL given with /api/v2 too, so a configuration copied from node-zendesk works.
  return baseUrl.replace(/\/+$/, '').replace(/\/api\/v2$/, '');
}

export function createZendeskClient(options: ZendeskClientOptions): ZendeskClient {
  const baseUrl = accountUrl(options.baseUrl);
  const authorization = `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}`;
  const transport = createTransport({
    ...options.transport,
    vendor: 'zendesk',
    baseUrl: `${baseUrl}/api/v2`,
    auth: () => ({ authorization }),
    decodeError: decodeZendeskError,
  });

  interface Call {
    method: HttpMethod;
    path: string;
    query?: QueryParams;
    json?: unknown;
    acceptStatus?: number[];
    idempotent?: boolean;
    parse?: 'json' | 'none';
    headers?: Record<string, string> | undefined;
    signal?: AbortSignal | undefined;
  }

  async function call(request: Call): Promise<{ status: number; body: unknown }> {
    const response = await transport.request({
      method: request.method,
      path: request.path,
      query: request.query,
      json: request.json === undefined ? undefined : idsToWire(request.json),
      acceptStatus: request.acceptStatus,
      idempotent: request.idempotent,
      parse: request.parse ?? 'json',
      headers: request.headers,
      signal: request.signal,
    });
    return { status: response.status, body: response.body };
  }

  /** The path as shown in errors: the API path without the query. */
  const shown = (method: HttpMethod, path: string, idempotent?: boolean) => ({ method, path: `/api/v2${path}`, idempotent });

  /** GET of one record; a 404 is `null`, not an error. */
  async function getRecord(path: string, signal: AbortSignal | undefined): Promise<unknown | null> {
    const { status, body } = await call({ method: 'GET', path, acceptStatus: [404], signal });
    return status === 404 ? null : body;
  }

  const cursorQuery = (page: ZendeskCursorPageOptions | undefined): QueryParams => ({
    'page[size]': clampPageSize(page?.pageSize),
    'page[after]': page?.after,
  });

  /** GET of one cursor page of tickets; with `notFoundIsEmpty`, a 404 is an empty last page. */
  async function ticketPage(
    path: string,
    page: ZendeskCursorPageOptions | undefined,
    signal: AbortSignal | undefined,
    notFoundIsEmpty = false,
  ): Promise<ZendeskTicketPage> {
    const { status, body } = await call({
      method: 'GET',
      path,
      query: cursorQuery(page),
      acceptStatus: notFoundIsEmpty ? [404] : undefined,
      signal,
    });
    if (status === 404) return { tickets: [], afterCursor: null, hasMore: false };
    const decoded = decodeEnvelope(envelopes.ticketPage, body, shown('GET', path));
    return { tickets: decoded.tickets, afterCursor: decoded.meta.after_cursor, hasMore: decoded.meta.has_more };
  }

  const client: ZendeskClient = {
    baseUrl,
    transport,

    async getTicket(id, { signal } = {}) {
      const path = `/tickets/${segment(id)}.json`;
      const body = await getRecord(path, signal);
      return body === null ? null : decodeEnvelope(envelopes.ticket, body, shown('GET', path)).ticket;
    },

    async showManyTickets(ids, { signal } = {}) {
      const path = '/tickets/show_many.json';
      const pages = await Promise.all(
        chunk([...new Set(ids)], MAX_BATCH).map(async (batch) => {
          const { body } = await call({ method: 'GET', path, query: { ids: batch.join(',') }, signal });
          return decodeEnvelope(envelopes.tickets, body, shown('GET', path)).tickets;
        }),
      );
      return pages.flat();
    },

    listTickets: (page, { signal } = {}) => ticketPage('/tickets.json', page, signal),

    listRequestedTickets: (userId, page, { signal } = {}) =>
      ticketPage(`/users/${segment(userId)}/tickets/requested.json`, page, signal, true),

    async *listAllTickets({ signal } = {}) {
      let after: string | undefined;
      const seen = new Set<string>();
      for (;;) {
        const page = await client.listTickets({ pageSize: MAX_BATCH, after }, { signal });
        yield* page.tickets;
        // Zendesk's last page says has_more:false yet still carries a cursor (and links.next,
        // which leads to an empty page): trust has_more, and stop on an empty or repeated page.
        if (!page.hasMore || !page.afterCursor || page.tickets.length === 0 || seen.has(page.afterCursor)) return;
        seen.add(page.afterCursor);
        after = page.afterCursor;
      }
    },

    async searchTickets(search, { signal } = {}) {
      const path = '/search.json';
      const { body } = await call({
        method: 'GET',
        path,
        query: {
          query: buildTicketSearchQuery(search),
          page: Math.max(1, Math.floor(search.page ?? 1)),
          per_page: clampPageSize(search.perPage),
          sort_by: search.sortBy,
          sort_order: search.sortOrder,
        },
        signal,
      });
      const decoded = decodeEnvelope(envelopes.search, body, shown('GET', path));
      const tickets = decoded.results
        .filter((result) => result.result_type === undefined || result.result_type === 'ticket')
        .map((result) => decodeEnvelope(searchTicket, result, shown('GET', path)));
      return { tickets, count: decoded.count, hasNextPage: decoded.next_page !== null };
    },

    async createTicket(input, { signal, idempotencyKey } = {}) {
      const path = '/tickets.json';
      const headers = idempotencyKey === undefined ? undefined : { 'idempotency-key': idempotencyKey };
      const { body } = await call({ method: 'POST', path, json: { ticket: input }, headers, signal });
      return decodeEnvelope(envelopes.ticket, body, shown('POST', path)).ticket;
    },

    async updateTicket(id, input, { signal } = {}) {
      const path = `/tickets/${segment(id)}.json`;
      // A PUT is idempotent, except that a repeated comment would be added twice.
      const idempotent = input.comment === undefined;
      const { body } = await call({ method: 'PUT', path, json: { ticket: input }, idempotent, signal });
      return decodeEnvelope(envelopes.ticket, body, shown('PUT', path, idempotent)).ticket;
    },

    async deleteTicket(id, { signal } = {}) {
      const { status } = await call({
        method: 'DELETE',
        path: `/tickets/${segment(id)}.json`,
        acceptStatus: [404],
        parse: 'none',
        signal,
      });
      return status !== 404;
    },

    async listComments(ticketId, page, { signal } = {}) {
      const path = `/tickets/${segment(ticketId)}/comments.json`;
      const { body } = await call({ method: 'GET', path, query: cursorQuery(page), signal });
      const decoded = decodeEnvelope(envelopes.commentPage, body, shown('GET', path));
      return { comments: decoded.comments, afterCursor: decoded.meta.after_cursor, hasMore: decoded.meta.has_more };
    },

    async getUser(id, { signal } = {}) {
      const path = `/users/${segment(id)}.json`;
      const body = await getRecord(path, signal);
      return body === null ? null : decodeEnvelope(envelopes.user, body, shown('GET', path)).user;
    },

    async showManyUsers(ids, { signal } = {}) {
      const path = '/users/show_many.json';
      const pages = await Promise.all(
        chunk([...new Set(ids)], MAX_BATCH).map(async (batch) => {
          const { body } = await call({ method: 'GET', path, query: { ids: batch.join(',') }, signal });
          return decodeEnvelope(envelopes.users, body, shown('GET', path)).users;
        }),
      );
      return pages.flat();
    },

    async searchUsers(query, { signal } = {}) {
      const path = '/users/search.json';
      const users: ZendeskUser[] = [];
      // Offset pagination: follow next_page (an absolute URL on our origin) to the end.
      let next: { path: string; query?: QueryParams } | null = { path, query: { query, per_page: MAX_BATCH } };
      for (let pages = 0; next && pages < MAX_OFFSET_PAGES; pages++) {
        const { body } = await call({ method: 'GET', ...next, signal });
        const decoded = decodeEnvelope(envelopes.userSearch, body, shown('GET', path));
        users.push(...decoded.users);
        next = decoded.next_page && decoded.users.length > 0 ? { path: decoded.next_page } : null;
      }
      return users;
    },

    async findUsersByExternalId(externalId, { signal } = {}) {
      const path = '/users/search.json';
      const { body } = await call({ method: 'GET', path, query: { external_id: externalId }, signal });
      return decodeEnvelope(envelopes.users, body, shown('GET', path)).users;
    },

    async createUser(input, { signal } = {}) {
      const path = '/users.json';
      const { body } = await call({ method: 'POST', path, json: { user: input }, signal });
      return decodeEnvelope(envelopes.user, body, shown('POST', path)).user;
    },

    async createOrUpdateUser(input, { signal } = {}) {
      const path = '/users/create_or_update.json';
      // An upsert keyed by email or external_id can be repeated safely; without a key it creates.
      const idempotent = Boolean(input.email || input.external_id);
      const { status, body } = await call({ method: 'POST', path, json: { user: input }, idempotent, signal });
      return { user: decodeEnvelope(envelopes.user, body, shown('POST', path, idempotent)).user, created: status === 201 };
    },

    async me({ signal } = {}) {
      const path = '/users/me.json';
      const { body } = await call({ method: 'GET', path, signal });
      const raw = stringifyIds(body) as { user?: { id?: unknown; name?: unknown } } | null;
      if (raw?.user && (raw.user.id === null || raw.user.id === undefined)) {
        throw new UpstreamError({
          code: 'UPSTREAM_REJECTED',
          vendor: 'zendesk',
          status: 200,
          method: 'GET',
          path: `/api/v2${path}`,
          vendorMessage: typeof raw.user.name === 'string' ? raw.user.name : 'Anonymous user',
          message: 'zendesk did not accept the credentials (it answered /users/me as the anonymous user)',
        });
      }
      return decodeEnvelope(envelopes.user, body, shown('GET', path)).user;
    },

    async incrementalTickets(from, { signal } = {}) {
      const path = '/incremental/tickets/cursor.json';
      const query: QueryParams = from.cursor ? { cursor: from.cursor } : { start_time: Math.floor(from.startTime ?? 0) };
      if (from.pageSize !== undefined) query['per_page'] = Math.max(1, Math.min(INCREMENTAL_PAGE_MAX, Math.floor(from.pageSize)));
      const { body } = await call({ method: 'GET', path, query, signal });
      const decoded = decodeEnvelope(envelopes.incremental, body, shown('GET', path));
      return { tickets: decoded.tickets, afterCursor: decoded.after_cursor, endOfStream: decoded.end_of_stream };
    },
  };
  return client;
}
