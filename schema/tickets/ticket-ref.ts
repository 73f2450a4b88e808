import { TICKET_STATUSES, type Ticket } from '../../domain/tickets.js';
import { builder } from '../core/builder.js';

/** The Ticket type and its status enum, apart from their fields so contacts and tickets can name each other. */
export const TicketStatusEnum = builder.enumType('TicketStatus', { values: TICKET_STATUSES });
export const TicketRef = builder.objectRef<Ticket>('Ticket');
