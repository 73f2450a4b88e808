import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/** A Zendesk ticket as the incremental export last gave it (deleted tickets stay, status `deleted`). */
export interface HistoryTicket extends HistoryRow {
  subject: string | null;
  status: string;
  priority: string | null;
  type: string | null;
  /** `via.channel`: email, web, api, voice, ... */
  channel: string | null;
  requesterId: string | null;
  assigneeId: string | null;
  groupId: string | null;
  organizationId: string | null;
  externalId: string | null;
  /** Space-separated (Zendesk tags hold no spaces); '' when none. */
  tags: string;
  /** `satisfaction_rating.score` (good, bad, offered, unoffered), when rated. */
  satisfaction: string | null;
  ticketCreatedAt: Date;
  ticketUpdatedAt: Date;
}

export const HistoryTicketSchema = new EntitySchema<HistoryTicket>({
  name: 'HistoryTicket',
  tableName: 'history_tickets',
  properties: {
    ...HISTORY_COLUMNS,
    subject: nullable('string', 1000),
    status: { type: 'string', length: 16 },
    priority: nullable('string', 16),
    type: nullable('string', 16),
    channel: nullable('string', 32),
    requesterId: nullable('string', 32),
    assigneeId: nullable('string', 32),
    groupId: nullable('string', 32),
    organizationId: nullable('string', 32),
    externalId: nullable('string', 255),
    tags: { type: 'text' },
    satisfaction: nullable('string', 32),
    ticketCreatedAt: { type: 'datetime' },
    ticketUpdatedAt: { type: 'datetime' },
  },
  uniques: naturalKey('history_tickets'),
  indexes: [
    { name: 'history_tickets_created_index', properties: ['ticketCreatedAt'] },
    { name: 'history_tickets_updated_index', properties: ['ticketUpdatedAt'] },
    { name: 'history_tickets_status_index', properties: ['status'] },
    { name: 'history_tickets_assignee_index', properties: ['assigneeId'] },
    { name: 'history_tickets_requester_index', properties: ['requesterId'] },
  ],
});
