import { z } from 'zod';
import { unexpectedBodyError, type DecodedCall } from '../transport/index.js';
import { stringifyIds } from './ids.js';
import type { ZendeskComment, ZendeskTicket, ZendeskUser } from './types.js';

/**
 * Response envelopes, checked at the edge so a vendor (or simulator) that answers with an
 * unexpected shape gives a typed UPSTREAM_UNAVAILABLE here instead of a TypeError deep in a
 * resolver. Records are checked for their id only and otherwise trusted to match types.ts; the
 * check passes the parsed record through as it is (a zod object schema would copy every record
 * of a page, field by field), and a record without one fails naming `<list>.<index>.id`.
 */
const record = <T>() =>
  z.custom<T>((value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string', {
    message: 'expected a record with an id',
    path: ['id'],
  });

const ticket = record<ZendeskTicket>();
const user = record<ZendeskUser>();
const comment = record<ZendeskComment>();
const nullableString = z.string().nullable().optional().transform((value) => value ?? null);

const cursorMeta = z.looseObject({
  meta: z.looseObject({ has_more: z.boolean(), after_cursor: nullableString }),
});

export const envelopes = {
  ticket: z.looseObject({ ticket }),
  tickets: z.looseObject({ tickets: z.array(ticket) }),
  ticketPage: cursorMeta.extend({ tickets: z.array(ticket) }),
  commentPage: cursorMeta.extend({ comments: z.array(comment) }),
  user: z.looseObject({ user }),
  users: z.looseObject({ users: z.array(user) }),
  userSearch: z.looseObject({ users: z.array(user), next_page: nullableString }),
  search: z.looseObject({
    results: z.array(z.looseObject({ result_type: z.string().optional() })),
    count: z.number(),
    next_page: nullableString,
  }),
  incremental: z.looseObject({
    tickets: z.array(ticket),
    after_cursor: nullableString,
    end_of_stream: z.boolean(),
  }),
};

export const searchTicket = ticket;

/**
 * Converts ids to strings (in place: `body` is the call's own parse), then checks the envelope; a
 * mismatch is the vendor's failure, or for a write that may not be repeated an unknown outcome
 * (clients/transport/unexpected-body.ts).
 */
export function decodeEnvelope<S extends z.ZodType>(schema: S, body: unknown, call: DecodedCall): z.output<S> {
  const result = schema.safeParse(stringifyIds(body));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  throw unexpectedBodyError('zendesk', call, `an unexpected body (${where}: ${issue?.message ?? 'invalid'})`);
}
