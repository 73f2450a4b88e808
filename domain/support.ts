import { vendorsWith, type VendorsWith } from './vendors.js';
/**
 * The vendor-neutral remote-support model: sessions, agents, teams and queues as the schema
 * shows them, whichever vendor (GoToAssist, Bomgar / BeyondTrust RS) they come from.
 */

/** Vendors that run remote-support sessions. */
export const SUPPORT_VENDORS = vendorsWith('remoteSupport');
export type SupportVendor = VendorsWith<'remoteSupport'>;

export const SESSION_STATUSES = ['WAITING', 'ACTIVE', 'ENDED', 'ABANDONED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_RESOLUTIONS = ['RESOLVED', 'UNRESOLVED'] as const;
export type SessionResolution = (typeof SESSION_RESOLUTIONS)[number];

export const AGENT_STATUSES = ['AVAILABLE', 'BUSY', 'AWAY', 'OFFLINE'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

/**
 * What an event is. Besides the conversation (chat, files, notes, transfers) the session's
 * lifecycle is typed too, so a timeline needs no vendor names; anything else is OTHER (its
 * `vendorType` says what).
 */
export const SESSION_EVENT_KINDS = ['CHAT_MESSAGE', 'FILE_TRANSFER', 'NOTE', 'TRANSFER', 'SESSION_START', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT', 'SESSION_END', 'OTHER'] as const;
export type SessionEventKind = (typeof SESSION_EVENT_KINDS)[number];

export const PARTICIPANT_KINDS = ['CUSTOMER', 'AGENT', 'SYSTEM'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export interface Participant {
  kind: ParticipantKind;
  name: string;
}

export interface SupportSessionEvent {
  kind: SessionEventKind;
  /** The vendor's own name for the event (`Chat Message`, `File Upload`, ...). */
  vendorType: string;
  at: string | null;
  by: Participant | null;
  to: Participant | null;
  body: string | null;
  fileName: string | null;
  fileSize: number | null;
}

/** One person's account at one vendor. */
export interface AgentIdentity {
  /** Any vendor with agents: `bomgar`, `gotoassist` today; `zendesk`, `ameyo` can add theirs. */
  vendor: string;
  vendorId: string;
  name: string;
  /** Lower-cased; what identities of one person share. */
  email: string | null;
  status: AgentStatus;
  /** Vendor team ids (SupportTeam vendorIds) the identity belongs to. */
  teamIds: string[];
}

/** A reference to the agent of a session, before it is matched to a person. */
export interface AgentRef {
  vendor: string;
  vendorId: string;
  name: string;
  email: string | null;
}

export interface SupportSession {
  vendor: SupportVendor;
  vendorId: string;
  status: SessionStatus;
  startedAt: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
  /** The public site (Bomgar) or entry portal (GoToAssist) the customer came through. */
  portal: string | null;
  /** Queue vendorId, when the vendor says which queue the session came through. */
  queueId: string | null;
  teamId: string | null;
  agent: AgentRef | null;
  customer: { name: string | null; company: string | null; email: string | null };
  /** The ticket key the vendor stores with the session (Bomgar external key, GoToAssist partnerObject). */
  externalKey: string | null;
  recordingUrl: string | null;
  /** Known when the vendor puts them on the session record; otherwise loaded when asked for. */
  feedback?: SessionFeedback;
  /** Known when the session record carries them; otherwise loaded when asked for. */
  events?: SupportSessionEvent[];
}

export interface SessionFeedback {
  rating: number | null;
  comment: string | null;
  resolution: SessionResolution | null;
}

export interface SupportTeam {
  vendor: SupportVendor;
  vendorId: string;
  name: string;
  /** Member identities' vendorIds. */
  memberIds: string[];
  /** The team's queue vendorId, when it has one. */
  queueId: string | null;
}

export interface SupportQueue {
  vendor: SupportVendor;
  vendorId: string;
  name: string;
  waitingCount: number;
  /** As the vendor read it; on the live board, grown since (see waitingSince). */
  longestWaitSeconds: number;
  /**
   * When the longest-waiting customer started waiting, by this gateway's clock: the live board keeps
   * it (live/queue-wait.ts) so that a wait growing with time is no change. Null: nobody waits; absent:
   * a record read from the vendor just now.
   */
  waitingSince?: string | null;
  teamId: string | null;
  /** Identity vendorIds of the agents serving it. */
  memberIds: string[];
}

/** A vendor that could not answer a listing, so the listing holds the others' records only. */
export interface UnavailableVendor {
  vendor: string;
  code: string;
  message: string;
}

/** Where a new session waits, or where a session is transferred to. */
export type SupportTarget = { kind: 'general' } | { kind: 'team'; teamId: string } | { kind: 'agent'; identityId: string };

/** The Zendesk ticket a session is for: its id (the vendor's external key) and its agent URL. */
export interface SessionTicket {
  id: string;
  /** `<Zendesk account URL>/agent/tickets/<id>`, for vendors that keep a link back (GoToAssist `partnerObjectUrl`). */
  url: string;
}

export interface NewSupportSession {
  ticket: SessionTicket;
  vendor: SupportVendor;
  target: SupportTarget;
  customer: { name: string; company?: string | null; email?: string | null; details?: string | null };
}

/** What the customer needs to join: a code to read out and a link to open. */
export interface StartedSupportSession {
  vendor: SupportVendor;
  /** The GoToAssist connection code or Bomgar session key. */
  code: string;
  joinUrl: string;
  expiresAt: string | null;
  /** Set when the vendor created the session at once (GoToAssist). */
  sessionId: string | null;
  ticketId: string;
}
