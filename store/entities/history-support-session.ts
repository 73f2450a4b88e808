import { EntitySchema } from '@mikro-orm/core';
import { HISTORY_COLUMNS, naturalKey, nullable, type HistoryRow } from './history-columns.js';

/** A remote-support session (vendor bomgar or gotoassist; vendorId the lsid or sessionId), in the vendor-neutral model's words. */
export interface HistorySupportSession extends HistoryRow {
  /** WAITING, ACTIVE, ENDED, ABANDONED. Only ENDED and ABANDONED are final. */
  status: string;
  startedAt: Date | null;
  endedAt: Date | null;
  durationSeconds: number | null;
  /** The public site (Bomgar) or entry portal (GoToAssist). */
  portal: string | null;
  queueId: string | null;
  teamId: string | null;
  /** Primary rep id (Bomgar) or expertUserKey (GoToAssist). */
  agentId: string | null;
  agentName: string | null;
  /** Lower-cased. */
  agentEmail: string | null;
  customerName: string | null;
  customerCompany: string | null;
  customerEmail: string | null;
  /** The ticket key: Bomgar external_key, GoToAssist partnerObject. */
  externalKey: string | null;
  recordingUrl: string | null;
  /** 1–5. */
  rating: number | null;
  feedback: string | null;
  /** RESOLVED, UNRESOLVED. */
  resolution: string | null;
  eventCount: number;
}

export const HistorySupportSessionSchema = new EntitySchema<HistorySupportSession>({
  name: 'HistorySupportSession',
  tableName: 'history_support_sessions',
  properties: {
    ...HISTORY_COLUMNS,
    status: { type: 'string', length: 16 },
    startedAt: nullable('datetime'),
    endedAt: nullable('datetime'),
    durationSeconds: nullable('integer'),
    portal: nullable('string', 255),
    queueId: nullable('string', 64),
    teamId: nullable('string', 64),
    agentId: nullable('string', 64),
    agentName: nullable('string', 255),
    agentEmail: nullable('string', 255),
    customerName: nullable('string', 255),
    customerCompany: nullable('string', 255),
    customerEmail: nullable('string', 255),
    externalKey: nullable('string', 1024),
    recordingUrl: nullable('string', 1000),
    rating: nullable('integer'),
    feedback: nullable('text'),
    resolution: nullable('string', 16),
    eventCount: { type: 'integer' },
  },
  uniques: naturalKey('history_support_sessions'),
  indexes: [
    { name: 'history_support_sessions_started_index', properties: ['startedAt'] },
    { name: 'history_support_sessions_agent_index', properties: ['agentId'] },
    { name: 'history_support_sessions_agent_email_index', properties: ['agentEmail'] },
    { name: 'history_support_sessions_external_key_index', properties: ['externalKey'] },
    { name: 'history_support_sessions_team_index', properties: ['teamId'] },
  ],
});
