import { DEFAULT_START_TIME } from '../core/clock.js';
import { Prng } from '../core/prng.js';
import { ACCOUNT, FIXED_STAFF } from './constants.js';
import type { TicketPriority, TicketStatus, TicketType, UserRole, ViaChannel, ZendeskComment, ZendeskSeedData, ZendeskTicket, ZendeskUser } from './model.js';
import { drawPhoneNumber, formatPhone, type PhoneNumber } from './phone-formats.js';
import * as words from './seed-words.js';
import { isoSeconds } from './time.js';

/** How big a seed's dataset is. */
export const SEED_SIZES = { extraAgents: 4, endUsers: 120, tickets: 300 } as const;

/** First ids; later ids grow from these in seeded steps (all above 2^32, all below 2^53). */
const FIRST_USER_ID = 367120000000000;
const FIRST_TICKET_ID = 19856122753300;
const FIRST_AUDIT_ID = 41030000000000;

const DAY = 86_400_000;

/**
 * The Zendesk dataset of a seed: a pure function of `seed` and `startTime` (same input,
 * byte-identical output). Other vendors' seeds may call it to reference ticket ids and emails.
 * Always contains `agent@switchboard.test` (agent) and `admin@switchboard.test` (admin).
 */
export function generateZendeskSeed(seed: number, startTime: Date = DEFAULT_START_TIME, ticketCount: number = SEED_SIZES.tickets): ZendeskSeedData {
  const random = new Prng(seed, 'zendesk-seed');
  const start = startTime.getTime();
  const ids = { user: FIRST_USER_ID, ticket: FIRST_TICKET_ID, audit: FIRST_AUDIT_ID };
  const nextUserId = (): number => (ids.user += random.int(1, 99_999) * 16);
  const usedEmails = new Set<string>();
  const usedExternalIds = new Set<string>();
  const usedPhones = new Set<string>();

  const users: ZendeskUser[] = [];
  const staffCreated = isoSeconds(start - 400 * DAY);
  for (const staff of FIXED_STAFF) {
    usedEmails.add(staff.email);
    users.push(staffUser(nextUserId(), staff.name, staff.email, staff.role, staffCreated));
  }
  for (let i = 0; i < SEED_SIZES.extraAgents; i++) {
    const [first, last] = [random.pick(words.FIRST_NAMES), random.pick(words.LAST_NAMES)];
    const email = uniqueEmail(`${slug(first)}.${slug(last)}`, 'switchboard.test', usedEmails);
    users.push(staffUser(nextUserId(), `${first} ${last}`, email, 'agent', staffCreated));
  }
  const staff = users.filter((u) => u.role !== 'end-user');

  for (let i = 0; i < SEED_SIZES.endUsers; i++) {
    const [first, last] = [random.pick(words.FIRST_NAMES), random.pick(words.LAST_NAMES)];
    const created = start - random.int(150, 700) * DAY - random.int(0, DAY / 1000) * 1000;
    const number = random.chance(0.8) ? drawPhoneNumber(random, usedPhones) : null;
    const zone = timeZoneFor(number);
    let externalId: string | null = null;
    if (random.chance(0.3)) {
      do externalId = `crm-${random.int(10_000, 99_999)}`;
      while (usedExternalIds.has(externalId));
      usedExternalIds.add(externalId);
    }
    users.push({
      id: nextUserId(),
      name: `${first} ${last}`,
      email: random.chance(0.95) ? uniqueEmail(`${slug(first)}.${slug(last)}`, random.pick(words.EMAIL_DOMAINS), usedEmails) : null,
      phone: number ? formatPhone(random, number) : null,
      role: 'end-user',
      externalId,
      notes: random.chance(0.15) ? random.pick(words.USER_NOTES) : '',
      details: '',
      tags: random.chance(0.05) ? ['vip'] : [],
      organizationId: null,
      defaultGroupId: null,
      timeZone: zone[0],
      ianaTimeZone: zone[1],
      verified: true,
      active: true,
      suspended: false,
      createdAt: isoSeconds(created),
      updatedAt: isoSeconds(created + random.int(0, 100) * DAY),
    });
  }
  const endUsers = users.filter((u) => u.role === 'end-user');

  const tickets: ZendeskTicket[] = [];
  const comments: ZendeskComment[] = [];
  const createdTimes = Array.from({ length: ticketCount }, () => start - random.int(3_600, 120 * 86_400) * 1000).sort((a, b) => a - b);
  for (const created of createdTimes) {
    ids.ticket += random.int(1, 3);
    const ticket = seedTicket(random, ids.ticket, created, start, endUsers, staff);
    tickets.push(ticket);
    comments.push(...seedComments(random, ticket, created, Date.parse(ticket.updatedAt), staff, () => (ids.audit += random.int(2, 40))));
  }
  return { users, tickets, comments };
}

function staffUser(id: number, name: string, email: string, role: UserRole, created: string): ZendeskUser {
  return {
    id,
    name,
    email,
    phone: null,
    role,
    externalId: null,
    notes: '',
    details: '',
    tags: [],
    organizationId: null,
    defaultGroupId: ACCOUNT.supportGroupId,
    timeZone: 'London',
    ianaTimeZone: 'Europe/London',
    verified: true,
    active: true,
    suspended: false,
    createdAt: created,
    updatedAt: created,
  };
}

function seedTicket(random: Prng, id: number, created: number, start: number, endUsers: ZendeskUser[], staff: ZendeskUser[]): ZendeskTicket {
  const requester = random.pick(endUsers);
  const channel = random.weighted<ViaChannel>([['email', 40], ['web', 35], ['api', 15], ['voice', 10]]);
  const status = random.weighted<TicketStatus>([['new', 10], ['open', 30], ['pending', 15], ['hold', 5], ['solved', 25], ['closed', 15]]);
  const priority = random.weighted<TicketPriority | null>([[null, 10], ['low', 20], ['normal', 40], ['high', 20], ['urgent', 10]]);
  const type = random.weighted<TicketType | null>([[null, 15], ['question', 40], ['incident', 25], ['problem', 10], ['task', 10]]);
  const assignee = status === 'new' ? null : random.pick(staff);
  const subject = fill(random, random.pick(words.SUBJECTS));
  const updated = created + Math.floor(random.next() * (start - created));
  return {
    id,
    externalId: random.chance(0.1) ? `ext-${random.int(100_000, 999_999)}` : null,
    channel,
    createdAt: isoSeconds(created),
    updatedAt: isoSeconds(Math.max(created, updated)),
    type,
    subject,
    description: '', // set from the first comment below
    priority,
    status,
    recipient: channel === 'email' ? ACCOUNT.supportAddress : null,
    requesterId: requester.id,
    submitterId: requester.id,
    assigneeId: assignee?.id ?? null,
    organizationId: null,
    groupId: assignee ? ACCOUNT.supportGroupId : null,
    collaboratorIds: [],
    followerIds: [],
    emailCcIds: [],
    tags: random.sample(words.TAGS, random.int(0, 3)),
    customFields: [],
    brandId: ACCOUNT.brandId,
    isPublic: true,
    dueAt: type === 'task' ? isoSeconds(created + 7 * DAY) : null,
  };
}

function seedComments(
  random: Prng,
  ticket: ZendeskTicket,
  created: number,
  updated: number,
  staff: ZendeskUser[],
  nextAuditId: () => number,
): ZendeskComment[] {
  const count = ticket.status === 'new' ? random.int(1, 2) : random.int(1, 6);
  const times = [created, ...Array.from({ length: count - 1 }, () => created + Math.floor(random.next() * (updated - created)))].sort((a, b) => a - b);
  const agentId = ticket.assigneeId ?? random.pick(staff).id;
  const out: ZendeskComment[] = [];
  times.forEach((at, i) => {
    const auditId = nextAuditId();
    let authorId = ticket.requesterId;
    let body = `${fill(random, random.pick(words.OPENING_LINES))}\n\n${ticket.subject}.`;
    let isPublic = true;
    if (i > 0) {
      const agentTurn = ticket.status !== 'new' && (i % 2 === 1 || random.chance(0.3));
      if (agentTurn && random.chance(0.2)) {
        [authorId, body, isPublic] = [agentId, random.pick(words.INTERNAL_NOTES), false];
      } else if (agentTurn) {
        [authorId, body] = [agentId, random.pick(words.AGENT_REPLIES)];
      } else {
        body = random.pick(words.CUSTOMER_REPLIES);
      }
    }
    out.push({
      id: auditId + 1,
      ticketId: ticket.id,
      authorId,
      body,
      public: isPublic,
      auditId,
      channel: i === 0 ? ticket.channel : authorId === ticket.requesterId ? 'email' : 'web',
      createdAt: isoSeconds(at),
      client: null,
    });
  });
  ticket.description = out[0]?.body ?? '';
  return out;
}

function fill(random: Prng, template: string): string {
  return template
    .replace('{product}', random.pick(words.PRODUCTS))
    .replace('{feature}', random.pick(words.FEATURES))
    .replace('{n}', String(random.int(10_000, 99_999)));
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function uniqueEmail(local: string, domain: string, used: Set<string>): string {
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}

function timeZoneFor(phone: PhoneNumber | null): [string, string] {
  if (phone?.country === 'GB') return ['London', 'Europe/London'];
  switch (phone?.area) {
    case '415':
    case '206':
      return ['Pacific Time (US & Canada)', 'America/Los_Angeles'];
    case '312':
      return ['Central Time (US & Canada)', 'America/Chicago'];
    case '303':
      return ['Mountain Time (US & Canada)', 'America/Denver'];
    default:
      return ['Eastern Time (US & Canada)', 'America/New_York'];
  }
}
