import { vendorClient } from '../../adapters/vendor-client.js';
import { z } from 'zod';
import type { Context } from '../context.js';
import { withVendorFieldNames } from '../../adapters/zendesk/field-names.js';
import { toTicket, toZendeskNewTicket, toZendeskTicketChanges, toZendeskTicketSearch } from '../../adapters/zendesk/ticket-mapping.js';
import { email, requiredText, tagList } from '../../domain/input-rules.js';
import { pageThrough, type Connection } from '../../domain/paging.js';
import { searchPageFor, searchStart, searchToken } from './search-pages.js';
import { validInput } from '../../domain/validate.js';
import { withPeopleInOurWords } from './people-issues.js';
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES, type NewTicket, type Ticket, type TicketChanges, type TicketFilter } from '../../domain/tickets.js';

const PAGE = { defaultFirst: 25, maxFirst: 100 };

const newTicketRules = z.object({
  subject: requiredText(150),
  description: requiredText(65_000),
  requester: z
    .object({ id: z.string().nullish(), name: requiredText(255).nullish(), email: email.nullish() })
    .refine((requester) => requester.id || requester.email, {
      message: 'give an id, or an email (and a name for someone new)',
      path: ['email'],
    }),
  assigneeId: z.string().nullish(),
  status: z.enum(TICKET_STATUSES).nullish(),
  priority: z.enum(TICKET_PRIORITIES).nullish(),
  type: z.enum(TICKET_TYPES).nullish(),
  tags: tagList.nullish(),
  externalId: z.string().max(255, 'must be at most 255 characters').nullish(),
});

const commentRules = z.object({ body: requiredText(65_000), public: z.boolean().nullish() });

const ticketChangeRules = z.object({
  subject: requiredText(150).nullish(),
  status: z.enum(TICKET_STATUSES).nullish(),
  priority: z.enum(TICKET_PRIORITIES).nullish(),
  type: z.enum(TICKET_TYPES).nullish(),
  assigneeId: z.string().nullish(),
  tags: tagList.nullish(),
  comment: commentRules.nullish(),
});

export async function ticketsById(ctx: Context, ids: readonly string[]): Promise<(Ticket | null)[]> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  const records = await ctx.loaders.zendesk.tickets.loadMany(ids);
  return records.map((record) => {
    if (record instanceof Error) throw record;
    return record && toTicket(record, client.baseUrl);
  });
}

export async function ticketById(ctx: Context, id: string): Promise<Ticket | null> {
  const [ticket] = await ticketsById(ctx, [id]);
  return ticket ?? null;
}

/** The helpdesk's client, as the registry builds it. */
type HelpdeskClient = NonNullable<Context['vendors']['zendesk']>;
/** A ticket as the helpdesk client reads it (and the loaders hold it). */
type TicketRecord = Parameters<typeof toTicket>[0];

/** One vendor page of tickets, of about `want` records, and the token of the page after it. */
type TicketSource = (token: string | null, want: number) => Promise<{ tickets: TicketRecord[]; next: string | null }>;

/**
 * The vendor page size for a connection page that uses `want` records of it: no more than
 * that (`tickets(first: 25)` reads 25 tickets, not Zendesk's 100), at least 1.
 */
const pageSize = (want: number): number => Math.max(1, Math.min(PAGE.maxFirst, want));

/**
 * Where a listing reads from. No filter: the ticket list, in id order. Only a requester:
 * that user's requested tickets, an indexed read in id order. Any other filter: the search
 * API, the only Zendesk endpoint that filters (eventually consistent, at most 1,000 results),
 * newest first so that its offset pages stay stable. Each reads the page size the connection
 * needs: cursor pages start where the cursor says whatever their size; search pages are
 * addressed by result offset (search-pages.ts).
 */
function ticketSource(ctx: Context, client: HelpdeskClient, filter: TicketFilter): TicketSource {
  const options = { signal: ctx.signal };
  const cursorPage = (result: { tickets: TicketRecord[]; afterCursor: string | null; hasMore: boolean }) => ({
    tickets: result.tickets,
    next: result.hasMore ? result.afterCursor : null,
  });
  const given = Object.entries(filter).filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (given.length === 0) {
    return (token, want) => client.listTickets({ pageSize: pageSize(want), after: token ?? undefined }, options).then(cursorPage);
  }
  if (given.length === 1 && filter.requesterId) {
    const requester = filter.requesterId;
    return (token, want) =>
      client.listRequestedTickets(requester, { pageSize: pageSize(want), after: token ?? undefined }, options).then(cursorPage);
  }
  return async (token, want) => {
    const start = searchStart(token);
    const request = searchPageFor(start, want);
    if (!request) return { tickets: [], next: null };
    const result = await client.searchTickets(toZendeskTicketSearch(filter, request.page, request.perPage), options);
    const next = result.hasNextPage && result.tickets.length > 0 ? searchToken(request.page * request.perPage) : null;
    return { tickets: result.tickets.slice(request.skip), next };
  };
}

export async function listTickets(
  ctx: Context,
  filter: TicketFilter,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<Ticket>> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  const source = ticketSource(ctx, client, filter);
  return pageThrough(
    async (token, want) => {
      const page = await source(token, want);
      for (const record of page.tickets) ctx.loaders.zendesk.tickets.prime(record.id, record);
      return { items: page.tickets.map((record) => toTicket(record, client.baseUrl)), next: page.next };
    },
    args,
    PAGE,
  );
}

/** Zendesk's validation `details` name its own fields; these are the input fields they come from. */
const CREATE_FIELDS = {
  subject: 'input.subject',
  description: 'input.description',
  comment: 'input.description',
  base: 'input',
  requester: 'input.requester',
  requester_id: 'input.requester.id',
  assignee: 'input.assigneeId',
  assignee_id: 'input.assigneeId',
  priority: 'input.priority',
  status: 'input.status',
  type: 'input.type',
  tags: 'input.tags',
  external_id: 'input.externalId',
};

/**
 * How long Zendesk answers a repeated ticket creation with its first ticket (its `Idempotency-Key`
 * lasts 2 h; a margin for clocks apart): within it, a creation whose answer was lost is sent again.
 */
export const TICKET_KEY_WINDOW_MS = 110 * 60_000;

/** Creates a ticket; `idempotencyKey` goes to Zendesk as its `Idempotency-Key` (see resolvers/idempotency). */
export async function createTicket(ctx: Context, raw: NewTicket, idempotencyKey?: string): Promise<Ticket> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  const input = validInput(newTicketRules, raw);
  const body = toZendeskNewTicket(input);
  const people = { requesterId: input.requester.id, assigneeId: input.assigneeId };
  const record = await withPeopleInOurWords(ctx, people, () => withVendorFieldNames(CREATE_FIELDS, () => client.createTicket(body, { idempotencyKey })));
  ctx.loaders.zendesk.tickets.prime(record.id, record);
  return toTicket(record, client.baseUrl);
}

const UPDATE_FIELDS = {
  ...CREATE_FIELDS,
  comment: 'input.comment.body',
  base: 'input',
};

export async function updateTicket(ctx: Context, id: string, raw: TicketChanges): Promise<Ticket> {
  return writeTicket(ctx, id, validInput(ticketChangeRules, raw), UPDATE_FIELDS);
}

/** Zendesk adds comments by updating the ticket; there is no comment endpoint to POST to. */
export async function addTicketComment(
  ctx: Context,
  id: string,
  raw: { body: string; public?: boolean | null },
): Promise<Ticket> {
  const comment = validInput(commentRules, raw, 'comment');
  return writeTicket(ctx, id, { comment }, { comment: 'comment.body', base: 'comment' });
}

async function writeTicket(
  ctx: Context,
  id: string,
  changes: z.output<typeof ticketChangeRules>,
  fields: Record<string, string>,
): Promise<Ticket> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  const body = toZendeskTicketChanges(changes);
  const record = await withPeopleInOurWords(ctx, { assigneeId: changes.assigneeId }, () =>
    withVendorFieldNames(fields, () => client.updateTicket(id, body), {
      resource: 'Ticket',
      id,
    }),
  );
  ctx.loaders.zendesk.tickets.clear(id).prime(record.id, record);
  return toTicket(record, client.baseUrl);
}
