/** Zendesk records as the simulator stores them (camelCase); serialize.ts turns them into wire JSON. */

export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export const TICKET_TYPES = ['problem', 'incident', 'question', 'task'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];
export const USER_ROLES = ['end-user', 'agent', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export type ViaChannel = 'web' | 'email' | 'api' | 'voice' | 'sso';

export interface ZendeskUser {
  id: number;
  name: string;
  email: string | null;
  /** Stored exactly as given: search must match this text, format included. */
  phone: string | null;
  role: UserRole;
  externalId: string | null;
  notes: string;
  details: string;
  tags: string[];
  organizationId: number | null;
  defaultGroupId: number | null;
  timeZone: string;
  ianaTimeZone: string;
  verified: boolean;
  active: boolean;
  suspended: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CustomFieldValue {
  id: number;
  value: unknown;
}

export interface ZendeskTicket {
  id: number;
  externalId: string | null;
  channel: ViaChannel;
  createdAt: string;
  updatedAt: string;
  type: TicketType | null;
  subject: string;
  description: string;
  priority: TicketPriority | null;
  /** `deleted` only for tickets kept for the incremental export after DELETE. */
  status: TicketStatus | 'deleted';
  recipient: string | null;
  requesterId: number;
  submitterId: number;
  assigneeId: number | null;
  organizationId: number | null;
  groupId: number | null;
  collaboratorIds: number[];
  followerIds: number[];
  emailCcIds: number[];
  tags: string[];
  customFields: CustomFieldValue[];
  brandId: number;
  isPublic: boolean;
  dueAt: string | null;
}

export interface ZendeskComment {
  id: number;
  ticketId: number;
  authorId: number;
  body: string;
  public: boolean;
  auditId: number;
  channel: ViaChannel;
  createdAt: string;
  /** `metadata.system.client`, e.g. the User-Agent that wrote it. */
  client: string | null;
}

/** The dataset a seed produces (also what the live state starts from). */
export interface ZendeskSeedData {
  users: ZendeskUser[];
  tickets: ZendeskTicket[];
  comments: ZendeskComment[];
}

/** One audit of a ticket: the events of one write (seed audits hold the comment only). */
export interface ZendeskAudit {
  id: number;
  ticketId: number;
  authorId: number;
  createdAt: string;
  channel: ViaChannel;
  /** `metadata.system.client`. */
  client: string | null;
  /** Wire-shaped events (`Comment`, `Change`, ...). */
  events: Record<string, unknown>[];
}

/** An OAuth access token the simulator issued (API-created or from a grant flow). */
export interface ZendeskOAuthToken {
  id: number;
  /** The full access token (the API shows only its first 10 characters after creation). */
  token: string;
  clientId: number;
  userId: number;
  scopes: string[];
  createdAt: string;
  /** Virtual epoch ms after which the token is refused; null: never. */
  expiresAtMs: number | null;
  refreshToken: string | null;
  refreshExpiresAtMs: number | null;
  usedAt: string | null;
}
