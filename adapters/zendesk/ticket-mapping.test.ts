import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, envelopes } from '../../clients/zendesk/envelopes.js';
import { parseJson } from '../../clients/transport/json.js';
import { toComment, toTicket, toZendeskNewTicket, toZendeskTicketChanges, toZendeskTicketSearch } from './ticket-mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * - tickets.json: `GET /zendesk/api/v2/tickets.json?page[size]=100`, trimmed to four tickets
 * - comments-19856122753315.json: `GET /zendesk/api/v2/tickets/19856122753315/comments.json?page[size]=100`
 * Read the way clients/zendesk/client.ts reads them: the transport's parseJson, then the envelope (ids become strings).
 */
const fixture = (name: string) => parseJson(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const tickets = decodeEnvelope(envelopes.ticketPage, fixture('tickets.json'), { method: 'GET', path: '/api/v2/tickets' }).tickets;
const comments = decodeEnvelope(envelopes.commentPage, fixture('comments-19856122753315.json'), {
  method: 'GET',
  path: '/api/v2/tickets/19856122753315/comments',
}).comments;
const ticket = (id: string) => tickets.find((record) => record.id === id)!;

const ACCOUNT = 'https://acme.zendesk.com';

describe('Zendesk ticket → Ticket', () => {
  it('holds the four recorded tickets, ids as strings', () => {
    expect(tickets.map((record) => record.id)).toEqual(['19856122753309', '19856122753312', '19856122753329', '19856122753382']);
  });

  it('maps a solved ticket with every field, enums in upper case, and the agent URL on the account', () => {
    expect(toTicket(ticket('19856122753329'), ACCOUNT)).toEqual({
      vendor: 'zendesk',
      vendorId: '19856122753329',
      subject: 'Password reset email never arrives',
      description: 'Hi, since this morning the web dashboard stops working as soon as I open it.\n\nPassword reset email never arrives.',
      status: 'SOLVED',
      priority: 'HIGH',
      type: 'PROBLEM',
      tags: [],
      externalId: 'ext-719256',
      requesterId: '367120047093520',
      assigneeId: '367120001697808',
      createdAt: '2025-09-13T11:10:51Z',
      updatedAt: '2025-11-14T09:23:41Z',
      url: 'https://acme.zendesk.com/agent/tickets/19856122753329',
    });
  });

  it('maps a new, unassigned ticket without a priority', () => {
    expect(toTicket(ticket('19856122753309'), ACCOUNT)).toMatchObject({
      status: 'NEW',
      priority: null,
      type: 'QUESTION',
      tags: [],
      externalId: null,
      requesterId: '367120020167680',
      assigneeId: null,
    });
  });

  it('maps a ticket without a type, and one on hold', () => {
    expect(toTicket(ticket('19856122753312'), ACCOUNT)).toMatchObject({ status: 'OPEN', priority: 'LOW', type: null, tags: ['password', 'hardware'] });
    expect(toTicket(ticket('19856122753382'), ACCOUNT)).toMatchObject({ status: 'HOLD', priority: 'HIGH', type: 'INCIDENT', externalId: 'ext-789695' });
  });

  it('reads fields Zendesk leaves out as null (and no tags as none)', () => {
    const { subject: _subject, description: _description, external_id: _external, tags: _tags, ...sparse } = ticket('19856122753329');
    expect(toTicket(sparse as typeof tickets[number], ACCOUNT)).toMatchObject({ subject: null, description: null, externalId: null, tags: [] });
  });
});

describe('Zendesk comment → Comment', () => {
  it('maps a public reply: plain text as the body, the HTML beside it', () => {
    expect(toComment('19856122753315', comments[0]!)).toEqual({
      vendor: 'zendesk',
      vendorId: '41030000000339',
      ticketId: '19856122753315',
      authorId: '367120021284800',
      body: 'Good afternoon. I followed the help article but the problem is still there.\n\nData missing after update of SSO login.',
      htmlBody:
        '<div class="zd-comment" dir="auto"><p>Good afternoon. I followed the help article but the problem is still there.</p><p>Data missing after update of SSO login.</p></div>',
      public: true,
      createdAt: '2025-09-11T01:45:06Z',
    });
  });

  it('maps an internal note as not public', () => {
    expect(toComment('19856122753315', comments[1]!)).toMatchObject({
      vendorId: '41030000000352',
      authorId: '367120003150112',
      body: 'Customer is on the legacy plan; refund needs manager approval.',
      public: false,
    });
  });

  it('falls back to the body when Zendesk gives no plain or HTML body', () => {
    const { plain_body: _plain, html_body: _html, ...bare } = comments[2]!;
    expect(toComment('19856122753315', { ...bare, body: 'I tried again and got the same error.' })).toMatchObject({
      body: 'I tried again and got the same error.',
      htmlBody: null,
    });
  });
});

describe('NewTicket → Zendesk create body', () => {
  it('sends the description as the first, public comment and the requester by id', () => {
    expect(
      toZendeskNewTicket({
        subject: 'Printer on fire',
        description: 'It is on fire.',
        requester: { id: '367120007121984', email: 'ignored@example.com' },
        assigneeId: '367120001218624',
        status: 'OPEN',
        priority: 'URGENT',
        type: 'INCIDENT',
        tags: ['hardware', 'vip'],
        externalId: 'crm-42',
      }),
    ).toEqual({
      subject: 'Printer on fire',
      comment: { body: 'It is on fire.', public: true },
      requester_id: '367120007121984',
      assignee_id: '367120001218624',
      status: 'open',
      priority: 'urgent',
      type: 'incident',
      tags: ['hardware', 'vip'],
      external_id: 'crm-42',
    });
  });

  it('names someone new by name and email, and leaves out what is not given', () => {
    expect(
      toZendeskNewTicket({
        subject: 'Hello',
        description: 'Hi',
        requester: { id: null, name: 'Kim Park', email: 'kim@example.com' },
        assigneeId: null,
        status: null,
        tags: null,
        externalId: '',
      }),
    ).toEqual({ subject: 'Hello', comment: { body: 'Hi', public: true }, requester: { name: 'Kim Park', email: 'kim@example.com' } });
    expect(toZendeskNewTicket({ subject: 'Hello', description: 'Hi', requester: { email: 'kim@example.com' } }).requester).toEqual({
      name: undefined,
      email: 'kim@example.com',
    });
  });
});

describe('TicketChanges → Zendesk update body', () => {
  it('sends only the changes given, in Zendesk spelling', () => {
    expect(toZendeskTicketChanges({ subject: 'New subject', status: 'SOLVED', priority: 'LOW', type: 'TASK', tags: ['done'] })).toEqual({
      subject: 'New subject',
      status: 'solved',
      priority: 'low',
      type: 'task',
      tags: ['done'],
    });
    expect(toZendeskTicketChanges({})).toEqual({});
  });

  it('unassigns on a null assignee, and leaves the assignee alone when it is not given', () => {
    expect(toZendeskTicketChanges({ assigneeId: null })).toEqual({ assignee_id: null });
    expect(toZendeskTicketChanges({ assigneeId: '367120001218624' })).toEqual({ assignee_id: '367120001218624' });
    expect(toZendeskTicketChanges({ subject: null, status: null })).toEqual({});
  });

  it('appends a comment, internal unless it says public', () => {
    expect(toZendeskTicketChanges({ comment: { body: 'Note to self' } })).toEqual({ comment: { body: 'Note to self', public: false } });
    expect(toZendeskTicketChanges({ comment: { body: 'Reply', public: true } })).toEqual({ comment: { body: 'Reply', public: true } });
  });
});

describe('TicketFilter → Zendesk ticket search', () => {
  it('asks for one page, newest first, in Zendesk spelling', () => {
    expect(toZendeskTicketSearch({ status: 'PENDING', assigneeId: '367120004786224', tag: 'vip', text: 'invoice' }, 3, 100)).toEqual({
      status: 'pending',
      requesterId: undefined,
      assigneeId: '367120004786224',
      tag: 'vip',
      text: 'invoice',
      page: 3,
      perPage: 100,
      sortBy: 'created_at',
      sortOrder: 'desc',
    });
  });

  it('leaves null filters out', () => {
    expect(toZendeskTicketSearch({ status: null, requesterId: '367120020167680', assigneeId: null, tag: null, text: null }, 1, 25)).toEqual({
      status: undefined,
      requesterId: '367120020167680',
      assigneeId: undefined,
      tag: undefined,
      text: undefined,
      page: 1,
      perPage: 25,
      sortBy: 'created_at',
      sortOrder: 'desc',
    });
  });
});
