import type { VirtualClock } from '../core/clock.js';
import type { ZendeskComment, ZendeskSeedData, ZendeskTicket, ZendeskUser } from './model.js';
import { isoSeconds } from './time.js';
import { IdempotentCreates } from './idempotent-creates.js';
import { AuditLog } from './audit-log.js';
import { JobQueue } from './job-queue.js';
import { OAuthTokens } from './oauth-tokens.js';

/** The live, in-memory Zendesk account: starts from a seed's data and changes as the API changes it. */
export class ZendeskState {
  readonly users = new Map<number, ZendeskUser>();
  readonly tickets = new Map<number, ZendeskTicket>();
  /** Deleted tickets, kept (status `deleted`) because the incremental export still reports them. */
  readonly deletedTickets = new Map<number, ZendeskTicket>();
  readonly comments = new Map<number, ZendeskComment[]>();
  /** JWT ids already used for SSO (replays are refused). */
  readonly usedJwtIds = new Set<string>();
  /** SSO session cookie value → user id. */
  readonly sessions = new Map<string, number>();
  /** Ticket creations sent with an `Idempotency-Key`, kept 2 h. */
  readonly idempotentCreates = new IdempotentCreates();
  /** Ticket audits written through the API (seed audits are built from comments). */
  readonly audits = new AuditLog();
  /** Background jobs of bulk writes. */
  readonly jobs = new JobQueue();
  /** OAuth tokens issued by the API and the grant flows. */
  readonly oauth = new OAuthTokens();
  readonly clock: VirtualClock;
  #nextTicketId: number;
  #nextUserId: number;
  #nextAuditId: number;

  constructor(seed: ZendeskSeedData, clock: VirtualClock) {
    this.clock = clock;
    for (const user of seed.users) this.users.set(user.id, structuredClone(user));
    for (const ticket of seed.tickets) this.tickets.set(ticket.id, structuredClone(ticket));
    for (const comment of seed.comments) {
      const list = this.comments.get(comment.ticketId) ?? [];
      list.push(structuredClone(comment));
      this.comments.set(comment.ticketId, list);
    }
    // A reduce, not Math.max(...ids): a benchmark volume of ids would overflow the call stack.
    const highest = (ids: number[]) => ids.reduce((max, id) => Math.max(max, id), 0);
    this.#nextTicketId = highest(seed.tickets.map((t) => t.id)) + 1;
    this.#nextUserId = highest(seed.users.map((u) => u.id)) + 16;
    this.#nextAuditId = highest(seed.comments.map((c) => c.id)) + 1;
  }

  /** Virtual now in Zendesk's format. */
  now(): string {
    return isoSeconds(this.clock.nowMs());
  }

  newTicketId(): number {
    return this.#nextTicketId++;
  }

  newUserId(): number {
    return (this.#nextUserId += 16);
  }

  /** Audit, comment and audit-event ids come from one sequence, as on the real service. */
  newAuditId(): number {
    return this.#nextAuditId++;
  }

  /** Deletes a ticket; it stays (status `deleted`) for the incremental export. False when there is none. */
  deleteTicket(id: number): boolean {
    const ticket = this.tickets.get(id);
    if (!ticket) return false;
    this.tickets.delete(id);
    this.deletedTickets.set(id, { ...ticket, status: 'deleted', updatedAt: this.now() });
    return true;
  }

  userByEmail(email: string): ZendeskUser | undefined {
    const wanted = email.trim().toLowerCase();
    for (const user of this.users.values()) if (user.email?.toLowerCase() === wanted) return user;
    return undefined;
  }

  userByExternalId(externalId: string): ZendeskUser | undefined {
    for (const user of this.users.values()) if (user.externalId === externalId) return user;
    return undefined;
  }

  commentsOf(ticketId: number): ZendeskComment[] {
    return this.comments.get(ticketId) ?? [];
  }

  addComment(comment: ZendeskComment): void {
    const list = this.comments.get(comment.ticketId) ?? [];
    list.push(comment);
    this.comments.set(comment.ticketId, list);
  }
}
