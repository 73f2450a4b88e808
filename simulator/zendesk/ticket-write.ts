import type { ZendeskComment, ZendeskTicket, ZendeskUser } from './model.js';

/** Who makes a ticket change: what its audit records. */
export interface WriteActor {
  /** The authenticated agent making the change. */
  actor: ZendeskUser;
  /** The caller's User-Agent, kept in comment metadata. */
  client: string | null;
}

/** One audit event of a ticket update. */
export type AuditEvent = Record<string, unknown>;

/** A ticket write as validated: the ticket as it will be, its comment, and the audit it makes. */
export interface TicketWrite {
  ticket: ZendeskTicket;
  comment: ZendeskComment | undefined;
  auditId: number;
  events: AuditEvent[];
}
