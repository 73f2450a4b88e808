import type { ZendeskAudit, ZendeskComment } from './model.js';
import { commentEventJson } from './serialize.js';
import type { TicketWrite, WriteActor } from './ticket-write.js';

/**
 * Ticket audits. Writes through the API record theirs; the seed's history has none stored, so a
 * seed comment reads as an audit of its own (its `audit_id`) holding that comment, built on demand
 * (the benchmark volume has hundreds of thousands of comments).
 */
export class AuditLog {
  readonly #recorded = new Map<number, ZendeskAudit[]>();

  record(audit: ZendeskAudit): void {
    const list = this.#recorded.get(audit.ticketId) ?? [];
    list.push(audit);
    this.#recorded.set(audit.ticketId, list);
  }

  /** Records the audit of a ticket write through the API (its comment first, then its changes). */
  recordWrite(write: TicketWrite, ctx: WriteActor): ZendeskAudit {
    const audit: ZendeskAudit = {
      id: write.auditId,
      ticketId: write.ticket.id,
      authorId: ctx.actor.id,
      createdAt: write.comment?.createdAt ?? write.ticket.updatedAt,
      channel: 'api',
      client: ctx.client,
      events: [...(write.comment ? [commentEventJson(write.comment)] : []), ...write.events],
    };
    this.record(audit);
    return audit;
  }

  /** A ticket's audits, oldest first. */
  of(ticketId: number, comments: readonly ZendeskComment[]): ZendeskAudit[] {
    const recorded = this.#recorded.get(ticketId) ?? [];
    const known = new Set(recorded.map((a) => a.id));
    const fromSeed = comments
      .filter((c) => !known.has(c.auditId))
      .map((c): ZendeskAudit => ({ id: c.auditId, ticketId, authorId: c.authorId, createdAt: c.createdAt, channel: c.channel, client: c.client, events: [commentEventJson(c)] }));
    return [...fromSeed, ...recorded].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  }
}
