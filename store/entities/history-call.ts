import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/**
 * A contact-centre call from the vendor's call history (Ameyo; vendorId the crtObjectId). Apart from
 * the gateway's `calls` table, which records what the live push did (ticket and contact links).
 */
export interface HistoryCall extends HistoryRow {
  direction: 'inbound' | 'outbound';
  callType: string;
  campaignId: string;
  /** E.164 (`+14155550123`). */
  phone: string;
  agentUserId: string | null;
  customerId: string | null;
  startedAt: Date;
  endedAt: Date | null;
  talkSeconds: number | null;
  holdSeconds: number | null;
  ringSeconds: number | null;
  ivrSeconds: number | null;
  disposition: string | null;
  systemDisposition: string | null;
  /** customer or agent. */
  hangupFirst: string | null;
  recordingUrl: string | null;
}

export const HistoryCallSchema = new EntitySchema<HistoryCall>({
  name: 'HistoryCall',
  tableName: 'history_calls',
  properties: {
    ...HISTORY_COLUMNS,
    direction: { type: 'string', length: 16 },
    callType: { type: 'string', length: 64 },
    campaignId: { type: 'string', length: 64 },
    phone: { type: 'string', length: 64 },
    agentUserId: nullable('string', 255),
    customerId: nullable('string', 64),
    startedAt: { type: 'datetime' },
    endedAt: nullable('datetime'),
    talkSeconds: nullable('integer'),
    holdSeconds: nullable('integer'),
    ringSeconds: nullable('integer'),
    ivrSeconds: nullable('integer'),
    disposition: nullable('string', 64),
    systemDisposition: nullable('string', 64),
    hangupFirst: nullable('string', 16),
    recordingUrl: nullable('string', 1000),
  },
  uniques: naturalKey('history_calls'),
  indexes: [
    { name: 'history_calls_started_index', properties: ['startedAt'] },
    { name: 'history_calls_agent_index', properties: ['agentUserId'] },
    { name: 'history_calls_campaign_index', properties: ['campaignId', 'startedAt'] },
    { name: 'history_calls_phone_index', properties: ['phone'] },
  ],
});
