import type { ZendeskTicketSearch } from './types.js';

/**
 * A value for Zendesk's search syntax: bare when it is one plain token, else a quoted phrase.
 * Zendesk's syntax has no escape for `"` inside a phrase, so quotes become spaces.
 */
function searchValue(value: string): string {
  const cleaned = value.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  return /^[^\s:<>()-][^\s:<>()]*$/.test(cleaned) ? cleaned : `"${cleaned}"`;
}

/**
 * Builds the `query` of `GET /api/v2/search.json` for tickets, following Zendesk's search
 * reference: `type:ticket status:open requester:ID assignee:ID tags:TAG "free text"`
 * (`requester:`/`assignee:` accept a user id, `tags:` a tag; a quoted string matches the phrase).
 */
export function buildTicketSearchQuery(search: ZendeskTicketSearch): string {
  const terms = ['type:ticket'];
  if (search.status) terms.push(`status:${searchValue(search.status)}`);
  if (search.requesterId) terms.push(`requester:${searchValue(search.requesterId)}`);
  if (search.assigneeId) terms.push(`assignee:${searchValue(search.assigneeId)}`);
  if (search.tag) terms.push(`tags:${searchValue(search.tag)}`);
  const text = search.text?.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  if (text) terms.push(`"${text}"`);
  return terms.join(' ');
}

/**
 * `email:a email:b` / `phone:"x" phone:"y"` for `users/search.json?query=`: Zendesk ORs terms on
 * the same keyword (the syntax behind the common `status:open status:pending`), so one search
 * looks up several values at once.
 */
export function buildUserSearchQuery(keyword: 'email' | 'phone', values: readonly string[]): string {
  return values.map((value) => `${keyword}:${searchValue(value)}`).join(' ');
}
