/**
 * Zendesk Support API v2 records as this client returns them: Zendesk's own field names
 * (see /work/shared/vendors.md), with one change: every id (`id`, `*_id`, `*_ids`) is a
 * decimal string, because Zendesk ids exceed 2^53 and must not be rounded.
 * Fields Zendesk may omit or null are typed so.
 */

export type ZendeskTicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed' | 'deleted';
export type ZendeskTicketPriority = 'urgent' | 'high' | 'normal' | 'low';
export type ZendeskTicketType = 'problem' | 'incident' | 'question' | 'task';
export type ZendeskUserRole = 'end-user' | 'agent' | 'admin';

export interface ZendeskVia {
  channel: string;
  source?: Record<string, unknown>;
}

export interface ZendeskCustomField {
  id: string;
  value: unknown;
}

export interface ZendeskTicket {
  id: string;
  url: string;
  external_id: string | null;
  via?: ZendeskVia;
  created_at: string;
  updated_at: string;
  type: ZendeskTicketType | null;
  subject: string | null;
  raw_subject?: string | null;
  description: string | null;
  priority: ZendeskTicketPriority | null;
  status: ZendeskTicketStatus;
  recipient?: string | null;
  requester_id: string | null;
  submitter_id?: string | null;
  assignee_id: string | null;
  organization_id?: string | null;
  group_id?: string | null;
  collaborator_ids?: string[];
  follower_ids?: string[];
  tags: string[];
  custom_fields?: ZendeskCustomField[];
  satisfaction_rating?: Record<string, unknown> | null;
  brand_id?: string | null;
}

export interface ZendeskAttachment {
  id: string;
  file_name: string;
  content_url: string;
  content_type: string;
  size: number;
}

export interface ZendeskComment {
  id: string;
  type: string;
  author_id: string | null;
  body: string;
  html_body?: string;
  plain_body?: string;
  public: boolean;
  attachments?: ZendeskAttachment[];
  audit_id?: string;
  via?: ZendeskVia;
  created_at: string;
  metadata?: Record<string, unknown>;
}

export interface ZendeskUser {
  id: string;
  url?: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: ZendeskUserRole | null;
  external_id: string | null;
  organization_id?: string | null;
  time_zone?: string | null;
  locale?: string | null;
  active?: boolean;
  verified?: boolean;
  suspended?: boolean;
  tags?: string[];
  notes?: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * Body of a ticket create or update (`{"ticket": {...}}`). Ids are strings here too; the
 * client writes all-digit ids as JSON numbers. On update, a `comment` appends a comment
 * (Zendesk has no comment POST).
 */
export interface ZendeskTicketInput {
  subject?: string;
  /** The first comment on create (becomes the description); an appended comment on update. */
  comment?: { body?: string; html_body?: string; public?: boolean; author_id?: string };
  requester_id?: string;
  /** Creates or matches the requester by email when `requester_id` is not given. */
  requester?: { name?: string; email?: string; locale_id?: number };
  submitter_id?: string;
  /** `null` unassigns. */
  assignee_id?: string | null;
  group_id?: string | null;
  organization_id?: string | null;
  /** One of {@link ZendeskTicketPriority}. */
  priority?: string | null;
  /** One of {@link ZendeskTicketStatus}. */
  status?: string;
  /** One of {@link ZendeskTicketType}. */
  type?: string | null;
  tags?: string[];
  custom_fields?: Array<{ id: string; value: unknown }>;
  external_id?: string | null;
  collaborator_ids?: string[];
}

/** Body of a user create or create_or_update (`{"user": {...}}`). */
export interface ZendeskUserInput {
  name: string;
  email?: string;
  phone?: string;
  external_id?: string;
  /** One of {@link ZendeskUserRole}; Zendesk's default is end-user. */
  role?: string;
  organization_id?: string;
  tags?: string[];
  notes?: string;
  verified?: boolean;
}

export interface ZendeskCursorPageOptions {
  /** `page[size]`, at most 100. Default 100. */
  pageSize?: number;
  /** `page[after]`: the `afterCursor` of the previous page. */
  after?: string;
}

export interface ZendeskTicketPage {
  tickets: ZendeskTicket[];
  /** `meta.after_cursor`; may be non-null on the last page, so check `hasMore`. */
  afterCursor: string | null;
  hasMore: boolean;
}

export interface ZendeskCommentPage {
  comments: ZendeskComment[];
  afterCursor: string | null;
  hasMore: boolean;
}

export interface ZendeskTicketSearch {
  /** One of {@link ZendeskTicketStatus}. */
  status?: string;
  requesterId?: string;
  assigneeId?: string;
  tag?: string;
  /** Free text, searched as one quoted phrase. */
  text?: string;
  /** 1-based. Default 1. */
  page?: number;
  /** At most 100. Default 100. */
  perPage?: number;
  /** Zendesk's `sort_by`; default relevance. A fixed sort keeps offset pages stable. */
  sortBy?: 'created_at' | 'updated_at' | 'priority' | 'status' | 'ticket_type';
  /** Zendesk's `sort_order`; Zendesk's default is desc. */
  sortOrder?: 'asc' | 'desc';
}

export interface ZendeskTicketSearchResult {
  tickets: ZendeskTicket[];
  /** Zendesk's `count`: all matches, not just this page. */
  count: number;
  hasNextPage: boolean;
}

export interface ZendeskIncrementalOptions {
  /** Unix seconds to start from, for the first call. Default 0. */
  startTime?: number;
  /** The previous call's `afterCursor`; wins over `startTime`. */
  cursor?: string;
  /** `per_page`: tickets a page, at most 1000 (Zendesk's default and maximum). Default: Zendesk's. */
  pageSize?: number;
}

export interface ZendeskIncrementalPage {
  tickets: ZendeskTicket[];
  afterCursor: string | null;
  endOfStream: boolean;
}
