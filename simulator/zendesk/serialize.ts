import type { ZendeskAudit, ZendeskComment, ZendeskTicket, ZendeskUser } from './model.js';
import { unixSeconds } from './time.js';

/** Wire JSON of the records; `baseUrl` is the request's own `scheme://host:port/zendesk`. */

const via = (channel: string): Record<string, unknown> => ({ channel, source: { from: {}, to: {}, rel: null } });

export function ticketUrl(baseUrl: string, id: number): string {
  return `${baseUrl}/api/v2/tickets/${id}.json`;
}

export function userUrl(baseUrl: string, id: number): string {
  return `${baseUrl}/api/v2/users/${id}.json`;
}

export function ticketJson(t: ZendeskTicket, baseUrl: string): Record<string, unknown> {
  return {
    url: ticketUrl(baseUrl, t.id),
    id: t.id,
    external_id: t.externalId,
    via: via(t.channel),
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    generated_timestamp: unixSeconds(t.updatedAt),
    type: t.type,
    subject: t.subject,
    raw_subject: t.subject,
    description: t.description,
    priority: t.priority,
    status: t.status,
    recipient: t.recipient,
    requester_id: t.requesterId,
    submitter_id: t.submitterId,
    assignee_id: t.assigneeId,
    organization_id: t.organizationId,
    group_id: t.groupId,
    collaborator_ids: t.collaboratorIds,
    follower_ids: t.followerIds,
    email_cc_ids: t.emailCcIds,
    forum_topic_id: null,
    problem_id: null,
    has_incidents: false,
    is_public: t.isPublic,
    due_at: t.dueAt,
    tags: t.tags,
    custom_fields: t.customFields,
    satisfaction_rating: null,
    sharing_agreement_ids: [],
    custom_status_id: null,
    fields: t.customFields,
    followup_ids: [],
    ticket_form_id: null,
    brand_id: t.brandId,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
  };
}

export function userJson(u: ZendeskUser, baseUrl: string): Record<string, unknown> {
  const staff = u.role !== 'end-user';
  return {
    id: u.id,
    url: userUrl(baseUrl, u.id),
    name: u.name,
    email: u.email,
    created_at: u.createdAt,
    updated_at: u.updatedAt,
    time_zone: u.timeZone,
    iana_time_zone: u.ianaTimeZone,
    phone: u.phone,
    shared_phone_number: u.phone === null ? null : false,
    photo: null,
    locale_id: 1,
    locale: 'en-US',
    organization_id: u.organizationId,
    role: u.role,
    verified: u.verified,
    external_id: u.externalId,
    tags: u.tags,
    // Empty text fields are null on the wire (recorded users in blakmatrix/node-zendesk fixtures).
    alias: null,
    active: u.active,
    shared: false,
    shared_agent: false,
    last_login_at: null,
    two_factor_auth_enabled: null,
    signature: null,
    details: u.details === '' ? null : u.details,
    notes: u.notes === '' ? null : u.notes,
    role_type: null,
    custom_role_id: null,
    moderator: staff,
    ticket_restriction: staff ? null : 'requested',
    only_private_comments: false,
    restricted_agent: !staff,
    suspended: u.suspended,
    default_group_id: u.defaultGroupId,
    report_csv: u.role === 'admin',
    user_fields: {},
  };
}

/** What `/users/me` answers to a caller it could not authenticate (recorded from the real API). */
export function anonymousUserJson(): Record<string, unknown> {
  return {
    id: null,
    url: null,
    name: 'Anonymous user',
    email: 'invalid@example.com',
    created_at: null,
    updated_at: null,
    time_zone: 'America/New_York',
    iana_time_zone: 'America/New_York',
    phone: null,
    shared_phone_number: null,
    photo: null,
    locale_id: 1,
    locale: 'en-US',
    organization_id: null,
    role: 'end-user',
    verified: false,
  };
}

export function htmlBody(body: string): string {
  const escaped = body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const paragraphs = escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
  return `<div class="zd-comment" dir="auto">${paragraphs}</div>`;
}

export function commentJson(c: ZendeskComment): Record<string, unknown> {
  return {
    id: c.id,
    type: 'Comment',
    author_id: c.authorId,
    body: c.body,
    html_body: htmlBody(c.body),
    plain_body: c.body,
    public: c.public,
    attachments: [],
    audit_id: c.auditId,
    via: via(c.channel),
    created_at: c.createdAt,
    metadata: { system: c.client === null ? {} : { client: c.client }, custom: {} },
  };
}

/** A comment as an audit event (`type: "Comment"`). */
export function commentEventJson(c: ZendeskComment): Record<string, unknown> {
  return { id: c.id, type: 'Comment', author_id: c.authorId, body: c.body, html_body: htmlBody(c.body), plain_body: c.body, public: c.public, attachments: [], audit_id: c.auditId };
}

export function auditJson(a: ZendeskAudit, baseUrl: string): Record<string, unknown> {
  return {
    id: a.id,
    ticket_id: a.ticketId,
    created_at: a.createdAt,
    author_id: a.authorId,
    metadata: { system: a.client === null ? {} : { client: a.client }, custom: {} },
    via: via(a.channel),
    events: a.events,
    url: `${baseUrl}/api/v2/tickets/${a.ticketId}/audits/${a.id}.json`,
  };
}
