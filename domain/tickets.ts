/**
 * The vendor-neutral helpdesk model: tickets and the comments of their conversation, as the
 * schema shows them. Zendesk is the only helpdesk today.
 */

export const TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING', 'HOLD', 'SOLVED', 'CLOSED'] as const;
export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export const TICKET_TYPES = ['PROBLEM', 'INCIDENT', 'QUESTION', 'TASK'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export type TicketType = (typeof TICKET_TYPES)[number];

/** A helpdesk ticket, vendor-neutral. Zendesk is the only helpdesk today. */
export interface Ticket {
  vendor: 'zendesk';
  vendorId: string;
  subject: string | null;
  description: string | null;
  status: TicketStatus;
  priority: TicketPriority | null;
  type: TicketType | null;
  tags: string[];
  externalId: string | null;
  requesterId: string | null;
  assigneeId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Where an agent opens it in the helpdesk. */
  url: string;
}

export interface TicketFilter {
  status?: TicketStatus | null;
  requesterId?: string | null;
  assigneeId?: string | null;
  tag?: string | null;
  text?: string | null;
}

export interface NewTicket {
  subject: string;
  description: string;
  requester: { id?: string | null; name?: string | null; email?: string | null };
  assigneeId?: string | null;
  status?: TicketStatus | null;
  priority?: TicketPriority | null;
  type?: TicketType | null;
  tags?: string[] | null;
  externalId?: string | null;
}

export interface TicketChanges {
  subject?: string | null;
  status?: TicketStatus | null;
  priority?: TicketPriority | null;
  type?: TicketType | null;
  assigneeId?: string | null;
  tags?: string[] | null;
  comment?: { body: string; public?: boolean | null } | null;
}

/** One comment on a ticket's conversation. */
export interface Comment {
  vendor: 'zendesk';
  vendorId: string;
  ticketId: string;
  authorId: string | null;
  body: string;
  htmlBody: string | null;
  public: boolean;
  createdAt: string;
}
