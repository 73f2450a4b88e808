import type { ZendeskComment, ZendeskTicket, ZendeskTicketInput, ZendeskTicketSearch } from '../../clients/zendesk/types.js';
import type {
  Comment,
  NewTicket,
  Ticket,
  TicketChanges,
  TicketFilter,
  TicketPriority,
  TicketStatus,
  TicketType,
} from '../../domain/tickets.js';

/**
 * Zendesk tickets and comments ↔ the domain's: Zendesk spells its enums in lower case (`open`,
 * `urgent`, `incident`), the domain in upper case; ids are already decimal strings (the client's).
 */

/** A Zendesk ticket as a domain ticket; `agentBaseUrl` is the account's URL, where agents open it. */
export function toTicket(record: ZendeskTicket, agentBaseUrl: string): Ticket {
  return {
    vendor: 'zendesk',
    vendorId: record.id,
    subject: record.subject ?? null,
    description: record.description ?? null,
    status: (record.status?.toUpperCase() ?? 'NEW') as TicketStatus,
    priority: (record.priority?.toUpperCase() ?? null) as TicketPriority | null,
    type: (record.type?.toUpperCase() ?? null) as TicketType | null,
    tags: record.tags ?? [],
    externalId: record.external_id ?? null,
    requesterId: record.requester_id ?? null,
    assigneeId: record.assignee_id ?? null,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
    url: `${agentBaseUrl}/agent/tickets/${record.id}`,
  };
}

/** A comment of a ticket's conversation; the body is its plain text when Zendesk gives one. */
export function toComment(ticketId: string, record: ZendeskComment): Comment {
  return {
    vendor: 'zendesk',
    vendorId: record.id,
    ticketId,
    authorId: record.author_id ?? null,
    body: record.plain_body ?? record.body,
    htmlBody: record.html_body ?? null,
    public: record.public,
    createdAt: record.created_at,
  };
}

/**
 * A new (validated) ticket as Zendesk's create body: the description is the first comment, public;
 * the requester by id, or by name and email (Zendesk matches or creates the user).
 */
export function toZendeskNewTicket(input: NewTicket): ZendeskTicketInput {
  return {
    subject: input.subject,
    comment: { body: input.description, public: true },
    ...(input.requester.id
      ? { requester_id: input.requester.id }
      : { requester: { name: input.requester.name ?? undefined, email: input.requester.email ?? undefined } }),
    ...(input.assigneeId && { assignee_id: input.assigneeId }),
    ...(input.status && { status: input.status.toLowerCase() }),
    ...(input.priority && { priority: input.priority.toLowerCase() }),
    ...(input.type && { type: input.type.toLowerCase() }),
    ...(input.tags && { tags: input.tags }),
    ...(input.externalId && { external_id: input.externalId }),
  };
}

/**
 * (Validated) changes to a ticket as Zendesk's update body: only what is given is sent; a null
 * assignee unassigns; a comment is appended (Zendesk has no comment endpoint), internal unless public.
 */
export function toZendeskTicketChanges(changes: TicketChanges): ZendeskTicketInput {
  return {
    ...(changes.subject && { subject: changes.subject }),
    ...(changes.status && { status: changes.status.toLowerCase() }),
    ...(changes.priority && { priority: changes.priority.toLowerCase() }),
    ...(changes.type && { type: changes.type.toLowerCase() }),
    ...(changes.assigneeId !== undefined && { assignee_id: changes.assigneeId }),
    ...(changes.tags && { tags: changes.tags }),
    ...(changes.comment && { comment: { body: changes.comment.body, public: changes.comment.public ?? false } }),
  };
}

/**
 * A ticket filter as one offset page of Zendesk's search (the only Zendesk endpoint that
 * filters), newest first so that its offset pages stay stable. `page` is 1-based.
 */
export function toZendeskTicketSearch(filter: TicketFilter, page: number, perPage: number): ZendeskTicketSearch {
  return {
    status: filter.status?.toLowerCase(),
    requesterId: filter.requesterId ?? undefined,
    assigneeId: filter.assigneeId ?? undefined,
    tag: filter.tag ?? undefined,
    text: filter.text ?? undefined,
    page,
    perPage,
    sortBy: 'created_at',
    sortOrder: 'desc',
  };
}
