import { EntitySchema } from '@mikro-orm/core';

/**
 * One remote-support session in the link index (store/session-links.ts): the ticket its external
 * key names (Bomgar's external key, GoToAssist's partnerObject), with enough of the session to
 * place, order and filter it without asking the vendor. Written by the gateway's listings, its own
 * commands, vendor pushes and `switchboard sync`; the newest observation wins.
 */
export interface SessionLink {
  id: number;
  /** bomgar or gotoassist. */
  vendor: string;
  /** The lsid or sessionId (a string: some exceed 2^53). */
  sessionId: string;
  /** The external key as the vendor last showed it (null: none). */
  externalKey: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
  /** WAITING, ACTIVE, ENDED, ABANDONED. */
  status: string;
  /** The primary rep's id or the expertUserKey. */
  agentId: string | null;
  /** The full record (SupportSession JSON) of an ended session as the vendor returned it; null when not held. */
  record: string | null;
  /** Who wrote the row last: listing, sync, push or gateway. */
  source: string;
  /** When what the row says was true (our clock, taken before the vendor was asked); an older observation never overwrites a newer one. */
  observedAt: Date;
}

export const SessionLinkSchema = new EntitySchema<SessionLink>({
  name: 'SessionLink',
  tableName: 'support_session_links',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    vendor: { type: 'string', length: 32 },
    sessionId: { type: 'string', length: 255, fieldName: 'session_id' },
    externalKey: { type: 'string', length: 1024, fieldName: 'external_key', nullable: true },
    startedAt: { type: 'datetime', fieldName: 'started_at', nullable: true },
    endedAt: { type: 'datetime', fieldName: 'ended_at', nullable: true },
    status: { type: 'string', length: 16 },
    agentId: { type: 'string', length: 255, fieldName: 'agent_id', nullable: true },
    record: { type: 'text', nullable: true },
    source: { type: 'string', length: 16 },
    observedAt: { type: 'datetime', fieldName: 'observed_at' },
  },
  uniques: [{ name: 'support_session_links_session_unique', properties: ['vendor', 'sessionId'] }],
  indexes: [
    { name: 'support_session_links_external_key_index', properties: ['externalKey'] },
    { name: 'support_session_links_started_index', properties: ['vendor', 'startedAt'] },
  ],
});
