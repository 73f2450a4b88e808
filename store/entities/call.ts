import { EntitySchema } from '@mikro-orm/core';

/**
 * One contact-centre call (Ameyo), as the gateway saw it: pushed by Ameyo's CRM URL on
 * connect, completed by the post-call data, linked to the helpdesk ticket and contact the
 * inbound flow found or made. Vendor ids are strings.
 */
export interface CallRecord {
  id: number;
  vendor: string;
  /** Ameyo's `crtObjectId`: one interaction, unique per vendor (the row a duplicate push finds). */
  vendorCallId: string;
  direction: 'inbound' | 'outbound';
  /** Ameyo's `callType`, e.g. `inbound.call.dial`. */
  callType: string;
  /** E.164 when it reads as a phone number, else as Ameyo sent it. */
  phone: string;
  campaignId: string;
  /** The Ameyo user who took or made the call; null when no agent did. */
  agentUserId: string | null;
  userCrtObjectId: string | null;
  customerId: string | null;
  /** The ticket id the caller typed in the IVR, if any. */
  ivrTicketId: string | null;
  /** What the flow did: `ticket`, `contact`, `new-contact`, `after-hours` (inbound) or `dialled` (outbound); null while it runs. */
  outcome: string | null;
  startedAt: Date;
  endedAt: Date | null;
  talkSeconds: number | null;
  holdSeconds: number | null;
  ringSeconds: number | null;
  disposition: string | null;
  systemDisposition: string | null;
  recordingUrl: string | null;
  /** Zendesk ticket and user ids. */
  ticketId: string | null;
  contactId: string | null;
  callbackAt: Date | null;
  callbackId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CallSchema = new EntitySchema<CallRecord>({
  name: 'Call',
  tableName: 'calls',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    vendor: { type: 'string', length: 32 },
    vendorCallId: { type: 'string', length: 200, fieldName: 'vendor_call_id' },
    direction: { type: 'string', length: 16 },
    callType: { type: 'string', length: 64, fieldName: 'call_type' },
    phone: { type: 'string', length: 64 },
    campaignId: { type: 'string', length: 64, fieldName: 'campaign_id' },
    agentUserId: { type: 'string', length: 255, fieldName: 'agent_user_id', nullable: true },
    userCrtObjectId: { type: 'string', length: 200, fieldName: 'user_crt_object_id', nullable: true },
    customerId: { type: 'string', length: 64, fieldName: 'customer_id', nullable: true },
    ivrTicketId: { type: 'string', length: 32, fieldName: 'ivr_ticket_id', nullable: true },
    outcome: { type: 'string', length: 32, nullable: true },
    startedAt: { type: 'datetime', fieldName: 'started_at' },
    endedAt: { type: 'datetime', fieldName: 'ended_at', nullable: true },
    talkSeconds: { type: 'integer', fieldName: 'talk_seconds', nullable: true },
    holdSeconds: { type: 'integer', fieldName: 'hold_seconds', nullable: true },
    ringSeconds: { type: 'integer', fieldName: 'ring_seconds', nullable: true },
    disposition: { type: 'string', length: 64, nullable: true },
    systemDisposition: { type: 'string', length: 64, fieldName: 'system_disposition', nullable: true },
    recordingUrl: { type: 'string', length: 1000, fieldName: 'recording_url', nullable: true },
    ticketId: { type: 'string', length: 32, fieldName: 'ticket_id', nullable: true },
    contactId: { type: 'string', length: 32, fieldName: 'contact_id', nullable: true },
    callbackAt: { type: 'datetime', fieldName: 'callback_at', nullable: true },
    callbackId: { type: 'string', length: 64, fieldName: 'callback_id', nullable: true },
    createdAt: { type: 'datetime', fieldName: 'created_at' },
    updatedAt: { type: 'datetime', fieldName: 'updated_at' },
  },
  uniques: [{ name: 'calls_vendor_call_unique', properties: ['vendor', 'vendorCallId'] }],
  indexes: [
    { name: 'calls_contact_index', properties: ['contactId'] },
    { name: 'calls_ticket_index', properties: ['ticketId'] },
  ],
});
