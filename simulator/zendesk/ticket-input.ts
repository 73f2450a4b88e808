import { ACCOUNT } from './constants.js';
import { DetailsCollector } from './details.js';
import { isObject, normaliseTags, readId, type JsonObject } from './json-input.js';
import type { ErrorDetails } from './errors.js';
import {
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
  type CustomFieldValue,
  type TicketPriority,
  type TicketStatus,
  type TicketType,
  type ZendeskComment,
  type ZendeskTicket,
  type ZendeskUser,
} from './model.js';
import type { ZendeskState } from './state.js';
import type { AuditEvent, TicketWrite, WriteActor } from './ticket-write.js';
import { createEndUser } from './user-input.js';

export interface WriteContext extends WriteActor {
  state: ZendeskState;
}

export type Invalid = { invalid: ErrorDetails };


/** `POST /tickets` body (`ticket` object already extracted): the new ticket or the validation details. */
export function createTicket(input: JsonObject, ctx: WriteContext): TicketWrite | Invalid {
  const errors = new DetailsCollector();
  const comment = isObject(input.comment) ? input.comment : {};
  const body = commentText(comment) ?? (typeof input.description === 'string' ? input.description : '');
  if (body.trim() === '') errors.addSystemField('description', 'cannot be blank', 'BlankValue');
  const fields = readEnumFields(input, errors);
  const assigneeId = readAssignee(input, ctx.state, errors);
  const requester = resolveRequester(input, ctx, errors);
  if (!errors.empty || requester === undefined) return { invalid: errors.details };

  const { state } = ctx;
  const now = state.now();
  const subject = typeof input.subject === 'string' && input.subject !== '' ? input.subject : body.trim().split('\n')[0]?.slice(0, 80) ?? '';
  const assignee = assigneeId ?? null;
  const ticket: ZendeskTicket = {
    id: state.newTicketId(),
    externalId: typeof input.external_id === 'string' ? input.external_id : null,
    channel: 'api',
    createdAt: now,
    updatedAt: now,
    type: fields.type ?? null,
    subject,
    description: body,
    priority: fields.priority ?? null,
    status: fields.status ?? (assignee === null ? 'new' : 'open'),
    recipient: null,
    requesterId: requester.id,
    submitterId: ctx.actor.id,
    assigneeId: assignee,
    organizationId: requester.organizationId,
    groupId: assignee === null ? null : ACCOUNT.supportGroupId,
    collaboratorIds: [],
    followerIds: [],
    emailCcIds: [],
    tags: normaliseTags(input.tags) ?? [],
    customFields: readCustomFields(input.custom_fields) ?? [],
    brandId: ACCOUNT.brandId,
    isPublic: comment.public !== false,
    dueAt: typeof input.due_at === 'string' ? input.due_at : null,
  };
  const auditId = state.newAuditId();
  const authorId = readId(comment.author_id);
  const newComment: ZendeskComment = {
    id: state.newAuditId(),
    ticketId: ticket.id,
    authorId: authorId !== undefined && state.users.has(authorId) ? authorId : requester.id,
    body,
    public: comment.public !== false,
    auditId,
    channel: 'api',
    createdAt: now,
    client: ctx.client,
  };
  state.tickets.set(ticket.id, ticket);
  state.addComment(newComment);
  return { ticket, comment: newComment, auditId, events: [] };
}

/** `PUT /tickets/{id}` body: applies changes and the optional comment, or returns the details. */
export function updateTicket(ticket: ZendeskTicket, input: JsonObject, ctx: WriteContext): TicketWrite | Invalid {
  const errors = new DetailsCollector();
  if (ticket.status === 'closed') {
    // Every write to a closed ticket, whatever it changes (comment included), is refused.
    errors.add('status', 'Status: closed prevents ticket update', 'ClosedTicket');
    return { invalid: errors.details };
  }
  const fields = readEnumFields(input, errors);
  // Once set, a priority cannot be cleared (live finding, csa-zendesk F1); `null` on a ticket without one is a no-op.
  if (input.priority === null && ticket.priority !== null) errors.add('priority', 'Priority: cannot be reset', 'InvalidValue');
  // "New" means never touched: nothing puts a ticket back there (wording modeled; none is public).
  if (fields.status === 'new' && ticket.status !== 'new') errors.add('status', 'Status: cannot be set back to New', 'InvalidValue');
  const assigneeId = readAssignee(input, ctx.state, errors);
  const comment = isObject(input.comment) ? input.comment : undefined;
  const body = comment ? commentText(comment) : undefined;
  if (comment && (body === undefined || body.trim() === '')) errors.add('comment', 'Comment: body cannot be blank', 'BlankValue');
  if (!errors.empty) return { invalid: errors.details };

  const { state } = ctx;
  const auditId = state.newAuditId();
  const events: AuditEvent[] = [];
  const change = <K extends keyof ZendeskTicket>(key: K, fieldName: string, value: ZendeskTicket[K] | undefined): void => {
    if (value === undefined || JSON.stringify(value) === JSON.stringify(ticket[key])) return;
    events.push({ id: state.newAuditId(), type: 'Change', value, field_name: fieldName, previous_value: ticket[key] });
    ticket[key] = value;
  };
  change('subject', 'subject', typeof input.subject === 'string' ? input.subject : undefined);
  change('priority', 'priority', fields.priority);
  change('type', 'type', fields.type);
  change('assigneeId', 'assignee_id', assigneeId);
  // Solving an unassigned ticket assigns it to the agent who solves it, as the real service does.
  const solving = fields.status === 'solved' || fields.status === 'closed';
  if (solving && ticket.assigneeId === null) change('assigneeId', 'assignee_id', ctx.actor.id);
  change('groupId', 'group_id', ticket.assigneeId === null ? undefined : ACCOUNT.supportGroupId);
  change('status', 'status', fields.status);
  change('tags', 'tags', normaliseTags(input.tags));
  change('externalId', 'external_id', typeof input.external_id === 'string' ? input.external_id : undefined);
  change('customFields', 'custom_fields', readCustomFields(input.custom_fields));

  let newComment: ZendeskComment | undefined;
  if (comment && body !== undefined) {
    const authorId = readId(comment.author_id);
    newComment = {
      id: state.newAuditId(),
      ticketId: ticket.id,
      authorId: authorId !== undefined && state.users.has(authorId) ? authorId : ctx.actor.id,
      body,
      public: comment.public !== false,
      auditId,
      channel: 'api',
      createdAt: state.now(),
      client: ctx.client,
    };
    state.addComment(newComment);
  }
  if (events.length > 0 || newComment) ticket.updatedAt = state.now();
  return { ticket, comment: newComment, auditId, events };
}

function commentText(comment: JsonObject): string | undefined {
  if (typeof comment.body === 'string') return comment.body;
  if (typeof comment.html_body === 'string') return comment.html_body.replace(/<[^>]*>/g, '');
  return undefined;
}

interface EnumFields {
  status?: TicketStatus;
  priority?: TicketPriority;
  type?: TicketType | null;
}

function readEnumFields(input: JsonObject, errors: DetailsCollector): EnumFields {
  const out: EnumFields = {};
  if (input.status !== undefined && input.status !== null) {
    if ((TICKET_STATUSES as readonly unknown[]).includes(input.status)) out.status = input.status as TicketStatus;
    else errors.addSystemField('status', 'is invalid', 'InvalidValue');
  }
  if (input.priority !== undefined && input.priority !== null) {
    if ((TICKET_PRIORITIES as readonly unknown[]).includes(input.priority)) out.priority = input.priority as TicketPriority;
    else errors.addSystemField('priority', 'is invalid', 'InvalidValue');
  }
  if (input.type === null) out.type = null;
  else if (input.type !== undefined) {
    if ((TICKET_TYPES as readonly unknown[]).includes(input.type)) out.type = input.type as TicketType;
    else errors.addSystemField('type', 'is invalid', 'InvalidValue');
  }
  return out;
}

/** `assignee_id`: undefined when absent, null to unassign, an agent's id; anything else is an error. */
function readAssignee(input: JsonObject, state: ZendeskState, errors: DetailsCollector): number | null | undefined {
  if (!('assignee_id' in input) || input.assignee_id === undefined) return undefined;
  if (input.assignee_id === null) return null;
  const id = readId(input.assignee_id);
  const user = id === undefined ? undefined : state.users.get(id);
  if (!user || user.role === 'end-user') {
    errors.add('assignee', 'Assignee: is invalid', 'InvalidValue');
    return undefined;
  }
  return user.id;
}

/** The requester: `requester_id`, or `requester: {name, email}` (found by email or created), else the caller. */
function resolveRequester(input: JsonObject, ctx: WriteContext, errors: DetailsCollector): ZendeskUser | undefined {
  if (input.requester_id !== undefined && input.requester_id !== null) {
    const id = readId(input.requester_id);
    const user = id === undefined ? undefined : ctx.state.users.get(id);
    if (!user) errors.add('requester', 'Requester: is invalid', 'InvalidValue');
    return user;
  }
  if (input.requester !== undefined && input.requester !== null) {
    const spec = isObject(input.requester) ? input.requester : {};
    const email = typeof spec.email === 'string' && spec.email.trim() !== '' ? spec.email.trim() : undefined;
    const name = typeof spec.name === 'string' && spec.name.trim() !== '' ? spec.name.trim() : undefined;
    if (email === undefined && name === undefined) {
      // Wording as recorded in facetoe/zenpy#287 (two spaces: the empty name sits between them).
      errors.add('requester', 'Requester: Name:  is too short (minimum is 1 character)', 'BlankValue');
      return undefined;
    }
    if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      errors.add('requester', `Requester: Email: ${email} is not properly formatted`, 'InvalidFormat');
      return undefined;
    }
    const existing = email === undefined ? undefined : ctx.state.userByEmail(email);
    if (existing) return existing;
    if (!errors.empty) return undefined;
    return createEndUser(ctx.state, { name: name ?? (email as string).split('@')[0] ?? 'Unknown', email: email ?? null });
  }
  return ctx.actor;
}

function readCustomFields(value: unknown): CustomFieldValue[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObject).flatMap((f) => {
    const id = readId(f.id);
    return id === undefined ? [] : [{ id, value: f.value ?? null }];
  });
}
