import { TICKET_PRIORITIES, TICKET_STATUSES, type ZendeskTicket, type ZendeskUser } from './model.js';

/**
 * The subset of the Zendesk search syntax the simulator understands (see README.md):
 * `type:ticket|user`, `status:open`, `status<solved`, `priority>=high`, `ticket_type:incident`,
 * `tags:vip`, `requester:<id|email|name|me|none>`, `assignee:...`, `submitter:...`,
 * `subject:`, `description:`, `created>2026-01-01`, `updated<2days`, `external_id:`, `via:`,
 * `name:`, `email:`, `phone:`, `role:`, `notes:`, quoted phrases, `-` negation, and free text.
 * Terms on the same keyword are ORed, everything else is ANDed. `order_by:<field>` and
 * `sort:asc|desc` are ordering instructions, not filters. A keyword the simulator does not know
 * (`foo:bar`) is searched as free text, whole term, rather than matching nothing (modeled).
 */

export type ResourceType = 'ticket' | 'user' | 'organization' | 'group';
export type Operator = ':' | '<' | '>' | '<=' | '>=';

export interface Condition {
  /** null for free text. */
  key: string | null;
  op: Operator;
  value: string;
  negate: boolean;
}

export interface SearchQuery {
  /** null: every type. */
  types: Set<ResourceType> | null;
  conditions: Condition[];
  /** From `order_by:<field>` and `sort:asc|desc` in the query text (the last of each wins). */
  order: { by?: string; direction?: 'asc' | 'desc' };
}

/** Keywords with a meaning for tickets or users; anything else is free text. */
const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([
  'status', 'priority', 'ticket_type', 'tags', 'tag', 'requester', 'submitter', 'assignee', 'subject', 'description',
  'comment', 'created', 'updated', 'external_id', 'via', 'name', 'email', 'phone', 'role', 'notes', 'details',
]);

export interface MatchContext {
  users: ReadonlyMap<number, ZendeskUser>;
  /** The caller, for `me`. */
  actorId: number | undefined;
  nowMs: number;
}

const TOKEN = /(-)?(?:([a-z_]+)(<=|>=|:|<|>)(?:"([^"]*)"|(\S*))|"([^"]*)"|(\S+))/gi;
const RESOURCE_TYPES: readonly string[] = ['ticket', 'user', 'organization', 'group'];

export function parseSearchQuery(text: string): SearchQuery {
  let types: Set<ResourceType> | null = null;
  const conditions: Condition[] = [];
  const order: SearchQuery['order'] = {};
  for (const m of text.matchAll(TOKEN)) {
    const negate = m[1] === '-';
    const key = m[2]?.toLowerCase();
    if (key !== undefined) {
      const value = m[4] ?? m[5] ?? '';
      const op = m[3] as Operator;
      if (key === 'type' && !negate) {
        const type = value.toLowerCase();
        types ??= new Set();
        if (RESOURCE_TYPES.includes(type)) types.add(type as ResourceType);
        continue;
      }
      if (key === 'order_by' && op === ':' && !negate) {
        order.by = value.toLowerCase();
        continue;
      }
      if (key === 'sort' && op === ':' && !negate && /^(asc|desc)$/i.test(value)) {
        order.direction = value.toLowerCase() as 'asc' | 'desc';
        continue;
      }
      if (KNOWN_KEYWORDS.has(key)) {
        conditions.push({ key, op, value, negate });
        continue;
      }
      // Unknown keyword: the whole term is free text (quotes around the value dropped).
      conditions.push({ key: null, op: ':', value: `${m[2] ?? ''}${op}${value}`, negate });
      continue;
    }
    const free = m[6] ?? m[7] ?? '';
    if (free !== '') conditions.push({ key: null, op: ':', value: free, negate });
  }
  return { types, conditions, order };
}

/** Whether a record passes every condition group. */
function matchAll<T>(record: T, conditions: Condition[], test: (record: T, c: Condition) => boolean): boolean {
  const groups = new Map<string, Condition[]>();
  const singles: Condition[] = [];
  for (const c of conditions) {
    if (c.key === null || c.negate || c.op !== ':') singles.push(c);
    else groups.set(c.key, [...(groups.get(c.key) ?? []), c]);
  }
  const holds = (c: Condition): boolean => test(record, c) !== c.negate;
  return singles.every(holds) && [...groups.values()].every((group) => group.some(holds));
}

export function matchTicket(t: ZendeskTicket, conditions: Condition[], ctx: MatchContext): boolean {
  return matchAll(t, conditions, (ticket, c) => ticketCondition(ticket, c, ctx));
}

export function matchUser(u: ZendeskUser, conditions: Condition[], ctx: MatchContext): boolean {
  return matchAll(u, conditions, (user, c) => userCondition(user, c, ctx));
}

function ticketCondition(t: ZendeskTicket, c: Condition, ctx: MatchContext): boolean {
  const value = c.value.toLowerCase();
  switch (c.key) {
    case null:
      return value === String(t.id) || includes(t.subject, value) || includes(t.description, value);
    case 'status':
      return compareOrdinal(TICKET_STATUSES, t.status, value, c.op);
    case 'priority':
      return value === 'none' ? t.priority === null : t.priority !== null && compareOrdinal(TICKET_PRIORITIES, t.priority, value, c.op);
    case 'ticket_type':
      return value === 'none' ? t.type === null : t.type === value;
    case 'tags':
    case 'tag':
      return value === 'none' ? t.tags.length === 0 : t.tags.includes(value);
    case 'requester':
      return userRefMatches(t.requesterId, value, ctx);
    case 'submitter':
      return userRefMatches(t.submitterId, value, ctx);
    case 'assignee':
      return userRefMatches(t.assigneeId, value, ctx);
    case 'subject':
      return includes(t.subject, value);
    case 'description':
    case 'comment':
      return includes(t.description, value);
    case 'created':
      return compareDate(t.createdAt, c, ctx.nowMs);
    case 'updated':
      return compareDate(t.updatedAt, c, ctx.nowMs);
    case 'external_id':
      return t.externalId === c.value;
    case 'via':
      return t.channel === value;
    default:
      return false;
  }
}

function userCondition(u: ZendeskUser, c: Condition, ctx: MatchContext): boolean {
  const value = c.value.toLowerCase();
  switch (c.key) {
    case null:
      // Free text finds part of a name, email or notes; a phone only as stored, format included.
      return includes(u.name, value) || includes(u.email ?? '', value) || includes(u.notes, value) || u.phone === c.value;
    case 'name':
      return includes(u.name, value);
    case 'email':
      return u.email !== null && wildcard(value).test(u.email.toLowerCase());
    case 'phone':
      return u.phone === c.value;
    case 'role':
      return u.role === value;
    case 'external_id':
      return u.externalId === c.value;
    case 'tags':
    case 'tag':
      return u.tags.includes(value);
    case 'notes':
      return includes(u.notes, value);
    case 'details':
      return includes(u.details, value);
    case 'created':
      return compareDate(u.createdAt, c, ctx.nowMs);
    case 'updated':
      return compareDate(u.updatedAt, c, ctx.nowMs);
    default:
      return false;
  }
}

function includes(haystack: string, lowerNeedle: string): boolean {
  return haystack.toLowerCase().includes(lowerNeedle);
}

function wildcard(lowerValue: string): RegExp {
  return new RegExp(`^${lowerValue.split('*').map((s) => s.replace(/[\\^$.|?+()[\]{}]/g, '\\$&')).join('.*')}$`);
}

function compareOrdinal(order: readonly string[], actual: string, wanted: string, op: Operator): boolean {
  const a = order.indexOf(actual);
  const w = order.indexOf(wanted);
  if (a < 0 || w < 0) return false;
  switch (op) {
    case ':':
      return a === w;
    case '<':
      return a < w;
    case '<=':
      return a <= w;
    case '>':
      return a > w;
    case '>=':
      return a >= w;
  }
}

/** `requester:` and friends take an id, an email, a phone as stored, part of a name, `me` or `none`. */
function userRefMatches(userId: number | null, value: string, ctx: MatchContext): boolean {
  if (value === 'none') return userId === null;
  if (userId === null) return false;
  if (value === 'me') return userId === ctx.actorId;
  if (/^\d+$/.test(value)) return String(userId) === value;
  const user = ctx.users.get(userId);
  if (!user) return false;
  if (value.includes('@')) return user.email?.toLowerCase() === value;
  return user.phone?.toLowerCase() === value || includes(user.name, value);
}

const UNITS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000, month: 2_592_000_000, year: 31_536_000_000 };

function compareDate(actualIso: string, c: Condition, nowMs: number): boolean {
  const actual = Date.parse(actualIso);
  const relative = /^(\d+)(minute|hour|day|week|month|year)s?$/i.exec(c.value);
  let at: number;
  let dayOnly = false;
  if (relative) {
    at = nowMs - Number(relative[1]) * (UNITS[(relative[2] ?? '').toLowerCase()] ?? 0);
  } else {
    at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(c.value) ? `${c.value}T00:00:00Z` : c.value);
    dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(c.value);
    if (Number.isNaN(at)) return false;
  }
  const dayEnd = at + 86_400_000;
  switch (c.op) {
    case ':':
      return dayOnly ? actual >= at && actual < dayEnd : actual === at;
    case '<':
      return actual < at;
    case '<=':
      return dayOnly ? actual < dayEnd : actual <= at;
    case '>':
      return dayOnly ? actual >= dayEnd : actual > at;
    case '>=':
      return actual >= at;
  }
}
