import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddTicketCommentDocument,
  ContactDocument,
  ContactsByEmailDocument,
  ContactsByPhoneDocument,
  CreateContactDocument,
  CreateTicketDocument,
  NodeDocument,
  TicketDocument,
  TicketWithCommentsDocument,
  TicketsDocument,
  UpdateTicketDocument,
} from '../clients/graphql/generated/graphql.js';
import { graphql } from '../clients/graphql/generated/gql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

/** Reads the simulator's Zendesk directly, as a second opinion on what the gateway says. */
async function zendesk<T>(path: string): Promise<T> {
  const response = await fetch(`${gw.simulatorUrl}/zendesk/api/v2${path}`, {
    headers: { authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('tickets', () => {
  it('loads 50 tickets with their requesters and assignees in at most 3 upstream calls', async () => {
    await gw.sim.clearJournal();
    const { body } = await gw.run(TicketsDocument, { first: 50 });
    expect(body.errors).toBeUndefined();
    const edges = body.data!.tickets!.edges;
    expect(edges).toHaveLength(50);
    expect(edges.every((edge) => edge.node.requester?.id)).toBe(true);
    expect(edges.some((edge) => edge.node.assignee?.id)).toBe(true);
    const calls = await gw.sim.journal('zendesk');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(3);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 4; page += 1) {
      const { body } = await gw.run(TicketsDocument, { first: 40, after });
      expect(body.errors).toBeUndefined();
      const connection = body.data!.tickets!;
      seen.push(...connection.edges.map((edge) => edge.node.vendorId));
      after = connection.pageInfo.endCursor;
      expect(connection.pageInfo.hasNextPage).toBe(true);
    }
    expect(new Set(seen).size).toBe(160);
    const direct = await zendesk<{ tickets: { id: number }[] }>('/tickets.json?page[size]=100');
    expect(seen.slice(0, 100)).toEqual(direct.tickets.map((ticket) => String(ticket.id)));
  });

  it('asks Zendesk for the page size the caller asked for, on the list and through search', async () => {
    await gw.sim.clearJournal();
    const listed = await gw.run(TicketsDocument, { first: 25 });
    expect(listed.body.data!.tickets!.edges).toHaveLength(25);
    const listCalls = (await gw.sim.journal('zendesk')).filter((entry) => entry.path.endsWith('/tickets.json'));
    expect(listCalls.map((entry) => new URLSearchParams(entry.query).get('page[size]'))).toEqual(['25']);

    // Search pages by offset: pages of 7 read one after another are the first 21 results, each one request of 7.
    const whole = await gw.run(TicketsDocument, { filter: { status: 'OPEN' }, first: 21 });
    await gw.sim.clearJournal();
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 3; page += 1) {
      const { body } = await gw.run(TicketsDocument, { filter: { status: 'OPEN' }, first: 7, after });
      expect(body.errors).toBeUndefined();
      seen.push(...body.data!.tickets!.edges.map((edge) => edge.node.vendorId));
      after = body.data!.tickets!.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.body.data!.tickets!.edges.map((edge) => edge.node.vendorId));
    const searches = (await gw.sim.journal('zendesk')).filter((entry) => entry.path.endsWith('/search.json'));
    expect(searches.map((entry) => new URLSearchParams(entry.query).get('per_page'))).toEqual(['7', '7', '7']);
  });

  it('filters by status, tag and requester through search', async () => {
    const { body } = await gw.run(TicketsDocument, { filter: { status: 'OPEN' }, first: 30 });
    expect(body.errors).toBeUndefined();
    const statuses = new Set(body.data!.tickets!.edges.map((edge) => edge.node.status));
    expect([...statuses]).toEqual(['OPEN']);
    const created = body.data!.tickets!.edges.map((edge) => edge.node.createdAt);
    expect(created, 'filtered tickets come newest first').toEqual([...created].sort().reverse());

    const someone = body.data!.tickets!.edges[0]!.node.requester!;
    const byRequester = await gw.run(TicketsDocument, { filter: { requesterId: someone.id }, first: 100 });
    expect(byRequester.body.errors).toBeUndefined();
    expect(byRequester.body.data!.tickets!.edges.length).toBeGreaterThan(0);
    expect(byRequester.body.data!.tickets!.edges.every((edge) => edge.node.requester?.id === someone.id)).toBe(true);
  });

  it('reads one ticket by global id or by Zendesk number, with the same answer, and via node()', async () => {
    const list = await gw.run(TicketsDocument, { first: 1 });
    const first = list.body.data!.tickets!.edges[0]!.node;
    const byId = await gw.run(TicketDocument, { id: first.id });
    const byNumber = await gw.run(TicketDocument, { id: first.vendorId });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data!.ticket).toEqual(byNumber.body.data!.ticket);
    expect(byId.body.data!.ticket!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const node = await gw.run(NodeDocument, { id: first.id });
    expect(node.body.data!.node).toMatchObject({ __typename: 'Ticket', id: first.id, subject: first.subject });
    const direct = await zendesk<{ ticket: { subject: string; requester_id: number } }>(`/tickets/${first.vendorId}.json`);
    expect(byId.body.data!.ticket!.subject).toBe(direct.ticket.subject);
    expect(byId.body.data!.ticket!.requester!.id).toBe(
      Buffer.from(`Contact:zendesk:${direct.ticket.requester_id}`).toString('base64'),
    );
  });

  it('answers null for a missing ticket and a field error for a malformed id', async () => {
    const missing = await gw.run(TicketDocument, { id: '999999999' });
    expect(missing.body.errors).toBeUndefined();
    expect(missing.body.data!.ticket).toBeNull();
    const malformed = await gw.run(TicketDocument, { id: 'not-an-id' });
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(malformed.body.errors?.[0]?.message).toContain('id');
  });

  it('refuses backward paging naming the argument, and resolves another vendor\'s id to null', async () => {
    const backward = await gw.run(graphql(`query BackwardProbe { tickets(last: 2) { edges { cursor } } }`), {});
    expect(backward.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'last' }] } });
    const list = await gw.run(TicketsDocument, { first: 1 });
    const vendorId = list.body.data!.tickets!.edges[0]!.node.vendorId;
    for (const inner of [`goto:${vendorId}`, `zendesk:${vendorId}/../1`, 'zendesk:']) {
      const node = await gw.run(NodeDocument, { id: Buffer.from(`Ticket:${inner}`).toString('base64') });
      expect(node.body.errors, inner).toBeUndefined();
      expect(node.body.data!.node, inner).toBeNull();
    }
  });

  it('pages a ticket conversation', async () => {
    const list = await gw.run(TicketsDocument, { first: 20 });
    const ticketId = list.body.data!.tickets!.edges[0]!.node.id;
    const all = await gw.run(TicketWithCommentsDocument, { id: ticketId, first: 100 });
    const comments = all.body.data!.ticket!.comments!.edges;
    expect(comments.length).toBeGreaterThan(0);
    const firstOne = await gw.run(TicketWithCommentsDocument, { id: ticketId, first: 1 });
    const rest = await gw.run(TicketWithCommentsDocument, {
      id: ticketId,
      first: 100,
      after: firstOne.body.data!.ticket!.comments!.pageInfo.endCursor,
    });
    expect([
      ...firstOne.body.data!.ticket!.comments!.edges.map((edge) => edge.node.id),
      ...rest.body.data!.ticket!.comments!.edges.map((edge) => edge.node.id),
    ]).toEqual(comments.map((edge) => edge.node.id));
  });
});

describe('ticket mutations', () => {
  it('creates a ticket for a new requester, updates it and adds a comment', async () => {
    const created = await gw.run(
      CreateTicketDocument,
      {
        input: {
          subject: 'Printer on fire',
          description: 'It is, in fact, on fire.',
          requester: { name: 'Ada Lovelace', email: 'ada@example.org' },
          priority: 'URGENT',
          tags: ['hardware', 'fire'],
        },
      },
      'agent',
    );
    expect(created.body.errors).toBeUndefined();
    const result = created.body.data!.createTicket!;
    if (result.__typename !== 'MutationCreateTicketSuccess') throw new Error(`unexpected ${result.__typename}`);
    expect(result.ticket).toMatchObject({ subject: 'Printer on fire', priority: 'URGENT', tags: ['hardware', 'fire'] });
    expect(result.ticket.requester?.email).toBe('ada@example.org');

    const updated = await gw.run(UpdateTicketDocument, { id: result.ticket.id, input: { status: 'PENDING', priority: 'HIGH' } }, 'agent');
    expect(updated.body.data!.updateTicket).toMatchObject({ __typename: 'MutationUpdateTicketSuccess', ticket: { status: 'PENDING', priority: 'HIGH' } });

    const commented = await gw.run(
      AddTicketCommentDocument,
      { ticketId: result.ticket.id, comment: { body: 'Extinguisher dispatched.', public: true } },
      'agent',
    );
    expect(commented.body.data!.addTicketComment!.__typename).toBe('MutationAddTicketCommentSuccess');
    const conversation = await gw.run(TicketWithCommentsDocument, { id: result.ticket.id, first: 10 });
    const bodies = conversation.body.data!.ticket!.comments!.edges.map((edge) => edge.node.body);
    expect(bodies).toEqual(['It is, in fact, on fire.', 'Extinguisher dispatched.']);
  });

  it('refuses bad input with errors that name the field, before any upstream call', async () => {
    await gw.sim.clearJournal();
    const { body } = await gw.run(
      CreateTicketDocument,
      { input: { subject: '  ', description: 'x', requester: { email: 'not-an-email' } } },
      'agent',
    );
    expect(body.errors).toBeUndefined();
    const result = body.data!.createTicket!;
    if (result.__typename !== 'ValidationError') throw new Error(`unexpected ${result.__typename}`);
    const fields = result.issues.map((issue) => issue.field);
    expect(fields).toContain('input.subject');
    expect(fields).toContain('input.requester.email');
    expect(await gw.sim.journal('zendesk')).toHaveLength(0);
  });

  it('names the comment argument\'s field when a comment is blank', async () => {
    const list = await gw.run(TicketsDocument, { first: 1 });
    const { body } = await gw.run(AddTicketCommentDocument, { ticketId: list.body.data!.tickets!.edges[0]!.node.id, comment: { body: '  ' } }, 'agent');
    const result = body.data!.addTicketComment!;
    if (result.__typename !== 'ValidationError') throw new Error(`unexpected ${JSON.stringify(body)}`);
    expect(result.issues.map((issue) => issue.field)).toEqual(['comment.body']);
  });

  it('maps Zendesk validation details to the input field', async () => {
    const { body } = await gw.run(
      CreateTicketDocument,
      { input: { subject: 'Assigned to nobody', description: 'x', requester: { email: 'someone@example.org', name: 'Some One' }, assigneeId: '1' } },
      'agent',
    );
    const result = body.data!.createTicket!;
    if (result.__typename !== 'ValidationError') throw new Error(`unexpected ${result.__typename}: ${JSON.stringify(body)}`);
    expect(result.issues.map((issue) => issue.field)).toContain('input.assigneeId');
  });

  it('answers NotFoundError when updating a ticket that does not exist', async () => {
    const { body } = await gw.run(UpdateTicketDocument, { id: '424242424242', input: { status: 'OPEN' } }, 'agent');
    expect(body.data!.updateTicket).toMatchObject({ __typename: 'NotFoundError', resource: 'Ticket', id: '424242424242' });
  });
});

describe('contacts', () => {
  it('finds one contact from a number written in several formats', async () => {
    const users = await zendesk<{ users: { id: number; phone: string | null; role: string }[] }>('/users.json?page[size]=100');
    const withPhone = users.users.find((user) => user.role === 'end-user' && user.phone && /^\+1\d{10}$/.test(user.phone.replace(/[^\d+]/g, '')));
    expect(withPhone, 'the seed has a North American number').toBeDefined();
    const digits = withPhone!.phone!.replace(/\D/g, '').slice(-10);
    const spellings = [
      `+1${digits}`,
      `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
      `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`,
      `001${digits}`,
    ];
    for (const phone of spellings) {
      await gw.sim.clearJournal();
      const { body } = await gw.run(ContactsByPhoneDocument, { phone });
      expect(body.errors, phone).toBeUndefined();
      expect(body.data!.contactsByPhone!.map((contact) => contact.vendorId), phone).toContain(String(withPhone!.id));
      // Every spelling in one search (`phone:"a" phone:"b"`, ORed by Zendesk).
      const searches = (await gw.sim.journal('zendesk')).filter((entry) => entry.path.endsWith('/users/search.json'));
      expect(searches, phone).toHaveLength(1);
    }
  });

  it('finds a contact stored in any format the seed uses, from its E.164 number', async () => {
    const users = await zendesk<{ users: { id: number; phone: string | null }[] }>('/users.json?page[size]=100');
    const byShape = new Map<string, { id: number; phone: string }>();
    for (const user of users.users) {
      if (user.phone) byShape.set(user.phone.replace(/\d/g, '9'), { id: user.id, phone: user.phone });
    }
    expect(byShape.size, 'the seed stores numbers in several formats').toBeGreaterThanOrEqual(6);
    for (const { id, phone } of byShape.values()) {
      const region = phone.startsWith('0') && !phone.startsWith('00') ? 'GB' : 'US';
      const e164 = parsePhoneNumberFromString(phone.replace(/^00/, '+'), region)!.number;
      const { body } = await gw.run(ContactsByPhoneDocument, { phone: e164 });
      expect(body.errors, phone).toBeUndefined();
      expect(body.data!.contactsByPhone!.map((contact) => contact.vendorId), `${phone} from ${e164}`).toContain(String(id));
    }
  });

  it('finds contacts by email and lists their tickets', async () => {
    const list = await gw.run(TicketsDocument, { first: 5 });
    const requester = list.body.data!.tickets!.edges[0]!.node.requester!;
    const { body } = await gw.run(ContactsByEmailDocument, { email: requester.email!.toUpperCase() });
    expect(body.data!.contactsByEmail!.map((contact) => contact.id)).toEqual([requester.id]);
    const contact = await gw.run(ContactDocument, { id: requester.id, first: 50 });
    expect(contact.body.data!.contact!.tickets!.edges.length).toBeGreaterThan(0);
  });

  it('creates a contact with the phone normalised, and refuses a duplicate email naming the field', async () => {
    const input = { name: 'Grace Hopper', email: `grace.${Date.now()}@example.org`, phone: '(212) 555-0142' };
    const created = await gw.run(CreateContactDocument, { input }, 'agent');
    const result = created.body.data!.createContact!;
    if (result.__typename !== 'MutationCreateContactSuccess') throw new Error(`unexpected ${JSON.stringify(created.body)}`);
    expect(result.contact.phone).toBe('+12125550142');
    const again = await gw.run(CreateContactDocument, { input }, 'agent');
    const duplicate = again.body.data!.createContact!;
    if (duplicate.__typename !== 'ValidationError') throw new Error(`unexpected ${JSON.stringify(again.body)}`);
    expect(duplicate.issues.map((issue) => issue.field)).toContain('input.email');
  });
});
