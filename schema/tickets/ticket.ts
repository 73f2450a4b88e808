import { TicketRef, TicketStatusEnum } from './ticket-ref.js';
import { z } from 'zod';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { listComments } from '../../resolvers/tickets/comments.js';
import { contactById } from '../../resolvers/contacts/contacts.js';
import {
  addTicketComment,
  createTicket,
  listTickets,
  ticketById,
  ticketsById,
  TICKET_KEY_WINDOW_MS,
  updateTicket,
} from '../../resolvers/tickets/tickets.js';
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES, type Ticket } from '../../domain/tickets.js';
import { VIEWER, AGENT } from '../core/access.js';
import { builder } from '../core/builder.js';
import { CommentRef } from './comment-ref.js';
import { ContactRef } from '../contacts/contact-ref.js';
import { loadVendorNodes, vendorKey, vendorKeyArg } from '../core/ids.js';
import { VendorEnum } from '../core/vendor.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency-key.js';
import { idempotent } from '../../resolvers/idempotency/idempotent.js';

export const TicketPriorityEnum = builder.enumType('TicketPriority', { values: TICKET_PRIORITIES });
export const TicketTypeEnum = builder.enumType('TicketType', { values: TICKET_TYPES });


builder.node(TicketRef, {
  description: 'A helpdesk ticket (Zendesk).',
  id: { resolve: (ticket) => vendorKey(ticket.vendor, ticket.vendorId) },
  loadMany: (ids, ctx) => loadVendorNodes(ids, 'zendesk', (keys) => ticketsById(ctx, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (ticket) => ticket.vendor }),
    vendorId: t.exposeString('vendorId', { nullable: false, description: 'The ticket number in the helpdesk.' }),
    subject: t.exposeString('subject'),
    description: t.exposeString('description'),
    status: t.field({ type: TicketStatusEnum, nullable: false, resolve: (ticket) => ticket.status }),
    priority: t.field({ type: TicketPriorityEnum, resolve: (ticket) => ticket.priority }),
    type: t.field({ type: TicketTypeEnum, resolve: (ticket) => ticket.type }),
    tags: t.exposeStringList('tags', { nullable: false }),
    externalId: t.exposeString('externalId'),
    requester: t.field({
      type: ContactRef,
      resolve: (ticket, _args, ctx) => (ticket.requesterId ? contactById(ctx, ticket.requesterId) : null),
    }),
    assignee: t.field({
      type: ContactRef,
      resolve: (ticket, _args, ctx) => (ticket.assigneeId ? contactById(ctx, ticket.assigneeId) : null),
    }),
    comments: t.connection({
      type: CommentRef,
      resolve: (ticket, args, ctx) => listComments(ctx, ticket.vendorId, args),
    }),
    createdAt: t.field({ type: 'DateTime', nullable: false, resolve: (ticket) => ticket.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: false, resolve: (ticket) => ticket.updatedAt }),
    url: t.exposeString('url', { nullable: false, description: 'Where an agent opens the ticket.' }),
  }),
});

const TicketFilterInput = builder.inputType('TicketFilter', {
  fields: (t) => ({
    status: t.field({ type: TicketStatusEnum }),
    requesterId: t.id({ description: 'A Contact id or Zendesk user id.' }),
    assigneeId: t.id({ description: 'A Contact id or Zendesk user id.' }),
    tag: t.string({ validate: z.string().regex(/^\S+$/, 'must be one tag without spaces') }),
    text: t.string({ validate: z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters') }),
  }),
});

builder.queryFields((t) => ({
  ticket: t.field({
    type: TicketRef,
    description: 'A ticket by its id or its Zendesk ticket number.',
    authScopes: VIEWER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ticketById(ctx, vendorKeyArg(String(id), 'Ticket', 'zendesk', 'id')),
  }),
  tickets: t.connection({
    type: TicketRef,
    description:
      'Tickets. Unfiltered, or filtered by requester alone: in ticket-number order. Any other filter goes through Zendesk search: newest first, at most 1,000 results.',
    authScopes: VIEWER,
    args: { filter: t.arg({ type: TicketFilterInput }) },
    resolve: (_root, { filter, ...page }, ctx) =>
      listTickets(
        ctx,
        {
          status: filter?.status,
          tag: filter?.tag,
          text: filter?.text,
          requesterId: filter?.requesterId && vendorKeyArg(String(filter.requesterId), 'Contact', 'zendesk', 'filter.requesterId'),
          assigneeId: filter?.assigneeId && vendorKeyArg(String(filter.assigneeId), 'Contact', 'zendesk', 'filter.assigneeId'),
        },
        page,
      ),
  }),
}));

const RequesterInput = builder.inputType('RequesterInput', {
  description: 'An existing contact by id, or a person by email (and name, for someone new).',
  fields: (t) => ({
    id: t.id({ description: 'A Contact id or Zendesk user id.' }),
    name: t.string(),
    email: t.string(),
  }),
});

const CreateTicketInput = builder.inputType('CreateTicketInput', {
  fields: (t) => ({
    subject: t.string({ required: true, description: 'At most 150 characters.' }),
    description: t.string({ required: true, description: 'The first comment: what the requester needs.' }),
    requester: t.field({ type: RequesterInput, required: true }),
    assigneeId: t.id({ description: 'A Contact id or Zendesk user id of an agent.' }),
    status: t.field({ type: TicketStatusEnum }),
    priority: t.field({ type: TicketPriorityEnum }),
    type: t.field({ type: TicketTypeEnum }),
    tags: t.stringList({ description: 'Single words; at most 50.' }),
    externalId: t.string(),
  }),
});

const CommentInput = builder.inputType('CommentInput', {
  fields: (t) => ({
    body: t.string({ required: true }),
    public: t.boolean({ description: 'Visible to the requester; default false (an internal note).' }),
  }),
});

const UpdateTicketInput = builder.inputType('UpdateTicketInput', {
  fields: (t) => ({
    subject: t.string(),
    status: t.field({ type: TicketStatusEnum }),
    priority: t.field({ type: TicketPriorityEnum }),
    type: t.field({ type: TicketTypeEnum }),
    assigneeId: t.id({ description: 'A Contact id or Zendesk user id of an agent.' }),
    tags: t.stringList({ description: 'Replaces the tags; single words, at most 50.' }),
    comment: t.field({ type: CommentInput }),
  }),
});

const ticketErrors = { types: [InputError, NotFoundError], dataField: { name: 'ticket' } };

builder.mutationFields((t) => ({
  createTicket: t.field({
    type: TicketRef,
    authScopes: AGENT,
    errors: ticketErrors,
    args: { input: t.arg({ type: CreateTicketInput, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'createTicket', key: idempotencyKey, args: { input }, vendorDedupesForMs: TICKET_KEY_WINDOW_MS }, (vendorKey) =>
        createTicket(
          ctx,
          {
            ...input,
            requester: {
              ...input.requester,
              id: input.requester.id && vendorKeyArg(String(input.requester.id), 'Contact', 'zendesk', 'input.requester.id'),
            },
            assigneeId: input.assigneeId && vendorKeyArg(String(input.assigneeId), 'Contact', 'zendesk', 'input.assigneeId'),
          },
          vendorKey,
        ),
      ),
  }),
  updateTicket: t.field({
    type: TicketRef,
    authScopes: AGENT,
    errors: ticketErrors,
    description: 'Changes a ticket; a `comment` in the input is added to its conversation (give an idempotencyKey to make a repeat safe).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateTicketInput, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { id, input, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'updateTicket', key: idempotencyKey, args: { id, input } }, () =>
        updateTicket(ctx, vendorKeyArg(String(id), 'Ticket', 'zendesk', 'id'), {
          ...input,
          assigneeId: input.assigneeId && vendorKeyArg(String(input.assigneeId), 'Contact', 'zendesk', 'input.assigneeId'),
        }),
      ),
  }),
  addTicketComment: t.field({
    type: TicketRef,
    authScopes: AGENT,
    errors: ticketErrors,
    args: { ticketId: t.arg.id({ required: true }), comment: t.arg({ type: CommentInput, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { ticketId, comment, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'addTicketComment', key: idempotencyKey, args: { ticketId, comment } }, () =>
        addTicketComment(ctx, vendorKeyArg(String(ticketId), 'Ticket', 'zendesk', 'ticketId'), comment),
      ),
  }),
}));
