import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createZendeskClient, type ZendeskClient } from '../clients/zendesk/client.js';
import { decodeZendeskError } from '../clients/zendesk/error-decoder.js';
import { buildTicketSearchQuery } from '../clients/zendesk/search-query.js';
import type { ZendeskTicket } from '../clients/zendesk/types.js';
import { startSimulator } from '../simulator/server.js';
import { simulatorAdmin } from './support/simulator-admin.js';
import { upstreamFailure } from './support/upstream-failure.js';

const SEED = 42;
const EMAIL = 'agent@switchboard.test';
const TOKEN = 'simulator-token';

let sim: Awaited<ReturnType<typeof startSimulator>>;
let client: ZendeskClient;

function clientWith(token: string, transport: Parameters<typeof createZendeskClient>[0]['transport'] = {}): ZendeskClient {
  return createZendeskClient({
    baseUrl: `${sim.url}/zendesk`,
    email: EMAIL,
    token,
    // Fast backoff keeps retry tests quick; Retry-After is still honoured in full.
    transport: { backoff: { baseMs: 1, capMs: 5 }, timeoutMs: 3000, ...transport },
  });
}

const journal = () => simulatorAdmin(sim.url).journal('zendesk');
const fault = (spec: Record<string, unknown>) => simulatorAdmin(sim.url).fault({ vendor: 'zendesk', ...spec });

const failure = upstreamFailure;

/** Every id-like field of a record is a decimal string (or null); external_id is the caller's own string. */
function expectStringIds(record: object): void {
  for (const [key, value] of Object.entries(record)) {
    if (key === 'external_id') {
      if (value !== null) expect(typeof value).toBe('string');
    } else if (key === 'id' || key.endsWith('_id')) {
      if (value !== null) expect(value, key).toMatch(/^\d+$/);
    } else if (key.endsWith('_ids')) {
      for (const id of value as unknown[]) expect(id, key).toMatch(/^\d+$/);
    }
  }
}

async function someTickets(count: number): Promise<ZendeskTicket[]> {
  const tickets: ZendeskTicket[] = [];
  for await (const ticket of client.listAllTickets()) {
    tickets.push(ticket);
    if (tickets.length === count) break;
  }
  return tickets;
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: SEED });
  client = clientWith(TOKEN);
});
afterAll(() => sim?.close());
beforeEach(async () => {
  // Fresh data, no faults, empty journal for every test.
  await simulatorAdmin(sim.url).reset(SEED);
});

describe('tickets', () => {
  it('lists one cursor page with string ids, and the next page continues it', async () => {
    const first = await client.listTickets({ pageSize: 25 });
    expect(first.tickets).toHaveLength(25);
    expect(first.hasMore).toBe(true);
    expect(first.afterCursor).toEqual(expect.any(String));
    for (const ticket of first.tickets) expectStringIds(ticket);
    expect(first.tickets[0]).toMatchObject({
      id: expect.any(String),
      status: expect.any(String),
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      tags: expect.any(Array),
    });

    const second = await client.listTickets({ pageSize: 25, after: first.afterCursor! });
    expect(second.tickets).toHaveLength(25);
    const firstIds = new Set(first.tickets.map((ticket) => ticket.id));
    expect(second.tickets.some((ticket) => firstIds.has(ticket.id))).toBe(false);
    const [entry] = (await journal()).slice(-1);
    expect(entry!.query).toContain('page%5Bsize%5D=25');
    expect(entry!.query).toContain('page%5Bafter%5D=');
  });

  it('pages through every ticket, without requesting the empty page after the last', async () => {
    const ids: string[] = [];
    for await (const ticket of client.listAllTickets()) ids.push(ticket.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(100);

    // Cross-check against an independent endpoint: the incremental export sees the same tickets.
    const exported = new Set<string>();
    let page = await client.incrementalTickets({ startTime: 0 });
    for (let guard = 0; ; guard++) {
      for (const ticket of page.tickets) exported.add(ticket.id);
      if (page.endOfStream || guard > 50) break;
      page = await client.incrementalTickets({ cursor: page.afterCursor! });
    }
    expect(new Set(ids)).toEqual(exported);

    const listCalls = (await journal()).filter((entry) => /\/api\/v2\/tickets(\.json)?$/.test(entry.path));
    expect(listCalls).toHaveLength(Math.ceil(ids.length / 100));
  });

  it("pages through the tickets a user requested, matching search's count, and an unknown user's empty page", async () => {
    // The seed's user with the most tickets, counted from the full ticket list.
    const perRequester = new Map<string, string[]>();
    for await (const ticket of client.listAllTickets()) {
      if (ticket.requester_id) perRequester.set(ticket.requester_id, [...(perRequester.get(ticket.requester_id) ?? []), ticket.id]);
    }
    const [userId, expectedIds] = [...perRequester].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(expectedIds.length).toBeGreaterThanOrEqual(3);
    await simulatorAdmin(sim.url).clearJournal();

    // A page size that needs at least three pages.
    const pageSize = Math.ceil(expectedIds.length / 3);
    const pages = [await client.listRequestedTickets(userId, { pageSize })];
    while (pages.at(-1)!.hasMore) {
      expect(pages.length).toBeLessThan(10);
      pages.push(await client.listRequestedTickets(userId, { pageSize, after: pages.at(-1)!.afterCursor! }));
    }
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.slice(0, -1).every((page) => page.tickets.length === pageSize)).toBe(true);
    const tickets = pages.flatMap((page) => page.tickets);
    for (const ticket of tickets) expectStringIds(ticket);
    expect(tickets.every((ticket) => ticket.requester_id === userId)).toBe(true);
    const ids = tickets.map((ticket) => ticket.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(expectedIds));

    const calls = await journal();
    expect(calls).toHaveLength(pages.length);
    for (const entry of calls) {
      expect(entry).toMatchObject({ method: 'GET', status: 200 });
      expect(entry.path).toMatch(new RegExp(`/api/v2/users/${userId}/tickets/requested(\\.json)?$`));
      expect(entry.query).toContain(`page%5Bsize%5D=${pageSize}`);
    }
    expect(calls.slice(1).every((entry) => entry.query.includes('page%5Bafter%5D='))).toBe(true);

    // An independent endpoint agrees: search's `requester:ID` count.
    const searched = await client.searchTickets({ requesterId: userId, perPage: 1 });
    expect(searched.count).toBe(tickets.length);

    const unknown = await client.listRequestedTickets('999999999999');
    expect(unknown).toEqual({ tickets: [], afterCursor: null, hasMore: false });
    expect((await journal()).at(-1)).toMatchObject({ status: 404 });
  });

  it('gets a ticket by id, and null for a ticket that does not exist', async () => {
    const [known] = await someTickets(1);
    const ticket = await client.getTicket(known!.id);
    expect(ticket).toEqual(known);
    expect(await client.getTicket('1')).toBeNull();
    expect((await journal()).at(-1)).toMatchObject({ status: 404 });
  });

  it('loads 150 tickets with show_many in two calls of at most 100 ids', async () => {
    const tickets = await someTickets(150);
    await simulatorAdmin(sim.url).clearJournal();
    const ids = tickets.map((ticket) => ticket.id);
    const loaded = await client.showManyTickets(ids);
    expect(new Set(loaded.map((ticket) => ticket.id))).toEqual(new Set(ids));
    const calls = (await journal()).filter((entry) => entry.path.endsWith('/tickets/show_many.json'));
    expect(calls).toHaveLength(2);
    const sizes = calls.map((entry) => decodeURIComponent(new URLSearchParams(entry.query).get('ids')!).split(',').length);
    expect(sizes.sort((a, b) => a - b)).toEqual([50, 100]);
    expect(await client.showManyTickets([])).toEqual([]);
  });

  it('searches tickets by status, requester, assignee, tag and text', async () => {
    const open = await client.searchTickets({ status: 'open', perPage: 100 });
    expect(open.tickets.length).toBeGreaterThan(0);
    expect(open.tickets.every((ticket) => ticket.status === 'open')).toBe(true);
    expect(open.count).toBeGreaterThanOrEqual(open.tickets.length);
    const [query] = (await journal()).slice(-1).map((entry) => new URLSearchParams(entry.query).get('query'));
    expect(query).toBe('type:ticket status:open');

    const sample = (await someTickets(100)).find((ticket) => ticket.assignee_id && ticket.tags.length > 0 && ticket.requester_id)!;
    expect(sample).toBeDefined();
    const byPeople = await client.searchTickets({ requesterId: sample.requester_id!, assigneeId: sample.assignee_id! });
    expect(byPeople.tickets.map((ticket) => ticket.id)).toContain(sample.id);
    expect(
      byPeople.tickets.every(
        (ticket) => ticket.requester_id === sample.requester_id && ticket.assignee_id === sample.assignee_id,
      ),
    ).toBe(true);

    const byTag = await client.searchTickets({ tag: sample.tags[0]!, perPage: 100 });
    expect(byTag.tickets.every((ticket) => ticket.tags.includes(sample.tags[0]!))).toBe(true);

    const word = sample.subject!.split(' ').find((w) => w.length > 4)!.replace(/[^\p{L}\p{N}]/gu, '');
    const byText = await client.searchTickets({ text: word, perPage: 100 });
    expect(byText.tickets.length).toBeGreaterThan(0);

    const paged = await client.searchTickets({ perPage: 10, page: 1 });
    expect(paged.tickets).toHaveLength(10);
    expect(paged.hasNextPage).toBe(paged.count > 10);
  });

  it('creates, updates with a comment, lists comments and deletes a ticket', async () => {
    const me = await client.me();
    const created = await client.createTicket({
      subject: 'Printer on fire',
      comment: { body: 'It is really on fire.', public: true },
      requester: { name: 'Pat Customer', email: 'pat.customer@example.test' },
      priority: 'urgent',
      tags: ['hardware'],
    });
    expectStringIds(created);
    expect(created).toMatchObject({ subject: 'Printer on fire', priority: 'urgent', tags: ['hardware'] });
    expect(await client.getTicket(created.id)).toMatchObject({ id: created.id, subject: 'Printer on fire' });

    const updated = await client.updateTicket(created.id, {
      status: 'pending',
      assignee_id: me.id,
      comment: { body: 'Extinguisher sent.', public: false },
    });
    expect(updated).toMatchObject({ id: created.id, status: 'pending', assignee_id: me.id });

    const first = await client.listComments(created.id, { pageSize: 1 });
    expect(first.comments).toHaveLength(1);
    expect(first.hasMore).toBe(true);
    const rest = await client.listComments(created.id, { after: first.afterCursor! });
    const comments = [...first.comments, ...rest.comments];
    expect(comments.map((comment) => comment.body)).toEqual(['It is really on fire.', 'Extinguisher sent.']);
    expect(comments[1]).toMatchObject({ public: false, author_id: me.id });
    for (const comment of comments) expectStringIds(comment);

    expect(await client.deleteTicket(created.id)).toBe(true);
    expect(await client.getTicket(created.id)).toBeNull();
    expect(await client.deleteTicket(created.id)).toBe(false);
  });

  it('maps a 422 to UPSTREAM_REJECTED with Zendesk details per field', async () => {
    const error = await failure(client.createTicket({ subject: 'No description' }));
    expect(error.code).toBe('UPSTREAM_REJECTED');
    expect(error.status).toBe(422);
    expect(error.vendorCode).toBe('RecordInvalid');
    expect(error.vendorMessage).toBe('Record validation errors');
    // Zendesk files system-field errors under `base`; the mapping keeps its field keys.
    expect(Object.values(error.details ?? {}).flat()).toEqual(['Description: cannot be blank']);
    // A write is never repeated.
    expect((await journal()).filter((entry) => entry.method === 'POST')).toHaveLength(1);
  });

  it('reads the incremental export page by page', async () => {
    const page = await client.incrementalTickets({ startTime: 0 });
    expect(page.tickets.length).toBeGreaterThan(0);
    expect(typeof page.endOfStream).toBe('boolean');
    for (const ticket of page.tickets) expectStringIds(ticket);
    if (!page.endOfStream) expect(page.afterCursor).toEqual(expect.any(String));
  });
});

describe('users', () => {
  it('returns the authenticated agent from me(), and rejects bad credentials', async () => {
    const me = await client.me();
    expect(me).toMatchObject({ email: EMAIL, role: 'agent' });
    expectStringIds(me);
    const wrong = clientWith('not-the-token');
    // A refused API token is a 401 on /users/me too (only a wrong password or no credentials
    // get the 200 "Anonymous user" there, and this client always sends a token).
    const rejectedMe = await failure(wrong.me());
    expect(rejectedMe).toMatchObject({ code: 'UPSTREAM_REJECTED', status: 401, vendorMessage: "Couldn't authenticate you" });
    const refused = await failure(wrong.getTicket('1'));
    expect(refused).toMatchObject({ code: 'UPSTREAM_REJECTED', status: 401, vendorMessage: "Couldn't authenticate you" });
    expect(JSON.stringify(refused) + String(refused.stack)).not.toContain('not-the-token');
  });

  it('gets users by id, in batches, and null for a missing user', async () => {
    const tickets = await someTickets(200);
    const ids = [...new Set(tickets.flatMap((ticket) => [ticket.requester_id, ticket.assignee_id]).filter((id) => id !== null))] as string[];
    expect(ids.length).toBeGreaterThan(0);
    const user = await client.getUser(ids[0]!);
    expect(user).toMatchObject({ id: ids[0], name: expect.any(String) });
    expect(await client.getUser('1')).toBeNull();

    await simulatorAdmin(sim.url).clearJournal();
    const users = await client.showManyUsers(ids);
    expect(new Set(users.map((u) => u.id))).toEqual(new Set(ids));
    const calls = (await journal()).filter((entry) => entry.path.endsWith('/users/show_many.json'));
    expect(calls).toHaveLength(Math.ceil(ids.length / 100));
  });

  it('searches users by email and by the stored phone spelling', async () => {
    const me = await client.me();
    const byEmail = await client.searchUsers(EMAIL);
    expect(byEmail.map((user) => user.id)).toContain(me.id);

    const tickets = await someTickets(100);
    const requesters = await client.showManyUsers(tickets.map((ticket) => ticket.requester_id!));
    const withPhone = requesters.find((user) => user.phone);
    expect(withPhone).toBeDefined();
    const byPhone = await client.searchUsers(withPhone!.phone!);
    expect(byPhone.map((user) => user.id)).toContain(withPhone!.id);
  });

  it('pages a user search to the end by following next_page', async () => {
    // Every end-user: more than one page of 100.
    const all = await client.searchUsers('role:end-user');
    const calls = (await journal()).filter((entry) => entry.path.endsWith('/users/search.json'));
    expect(all.length).toBeGreaterThan(100);
    expect(all.every((user) => user.role === 'end-user')).toBe(true);
    expect(new Set(all.map((user) => user.id)).size).toBe(all.length);
    expect(calls).toHaveLength(Math.ceil(all.length / 100));
  });

  it('creates users, finds them by external id, and create_or_update reports created or not', async () => {
    const created = await client.createUser({ name: 'Jo Tester', email: 'jo.tester@example.test', external_id: 'crm-jo-1', phone: '+15555550123' });
    expect(created).toMatchObject({ name: 'Jo Tester', email: 'jo.tester@example.test', external_id: 'crm-jo-1' });
    expectStringIds(created);

    const found = await client.findUsersByExternalId('crm-jo-1');
    expect(found.map((user) => user.id)).toEqual([created.id]);
    expect(await client.findUsersByExternalId('crm-nobody')).toEqual([]);

    const matched = await client.createOrUpdateUser({ name: 'Jo Renamed', email: 'jo.tester@example.test' });
    expect(matched).toMatchObject({ created: false, user: { id: created.id, name: 'Jo Renamed' } });
    const fresh = await client.createOrUpdateUser({ name: 'New Person', email: 'new.person@example.test' });
    expect(fresh.created).toBe(true);
    expect(fresh.user.id).not.toBe(created.id);
  });
});

describe('faults', () => {
  it('retries a 500 and then fails with UPSTREAM_UNAVAILABLE', async () => {
    const [known] = await someTickets(1);
    await simulatorAdmin(sim.url).clearJournal();
    await fault({ path: '/api/v2/tickets*', kind: 'status', status: 500 });
    const retrying = clientWith(TOKEN, { retries: 2 });
    const error = await failure(retrying.getTicket(known!.id));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk', status: 500, attempts: 3 });
    expect((await journal()).map((entry) => entry.status)).toEqual([500, 500, 500]);
  });

  it('succeeds on the retry after one 429 with Retry-After', async () => {
    const [known] = await someTickets(1);
    await simulatorAdmin(sim.url).clearJournal();
    await fault({ path: '/api/v2/tickets*', kind: 'status', status: 429, retryAfter: 1, times: 1 });
    const started = performance.now();
    const ticket = await client.getTicket(known!.id);
    expect(ticket?.id).toBe(known!.id);
    expect(performance.now() - started).toBeGreaterThanOrEqual(995);
    expect((await journal()).map((entry) => entry.status)).toEqual([429, 200]);
  });

  it('retries a dropped connection and a malformed body on reads', async () => {
    const [known] = await someTickets(1);
    await simulatorAdmin(sim.url).clearJournal();
    await fault({ path: '/api/v2/tickets*', kind: 'reset', times: 1 });
    expect((await client.getTicket(known!.id))?.id).toBe(known!.id);
    await fault({ path: '/api/v2/tickets*', kind: 'malformed', times: 1 });
    expect((await client.getTicket(known!.id))?.id).toBe(known!.id);
    expect((await journal()).map((entry) => entry.status)).toEqual([0, 200, 200, 200]);
  });

  it('times out a hanging Zendesk with UPSTREAM_TIMEOUT', async () => {
    const [known] = await someTickets(1);
    await fault({ path: '/api/v2/tickets*', kind: 'latency', latencyMs: 5000 });
    const impatient = clientWith(TOKEN, { timeoutMs: 200, retries: 0 });
    const error = await failure(impatient.getTicket(known!.id));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('does not repeat a ticket update carrying a comment', async () => {
    const [known] = await someTickets(1);
    await simulatorAdmin(sim.url).clearJournal();
    await fault({ path: '/api/v2/tickets*', kind: 'status', status: 503, times: 1 });
    await failure(client.updateTicket(known!.id, { comment: { body: 'only once' } }));
    expect((await journal()).filter((entry) => entry.method === 'PUT')).toHaveLength(1);
  });
});

describe('error details mapping', () => {
  it('maps Zendesk details to messages per field', () => {
    const info = decodeZendeskError(422, {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        subject: [{ description: 'Subject: cannot be blank', error: 'BlankValue' }],
        priority: [{ error: 'InvalidValue' }, { description: 'Priority: is not valid', error: 'InvalidValue' }],
      },
    }, '');
    expect(info).toEqual({
      message: 'Record validation errors',
      code: 'RecordInvalid',
      details: { subject: ['Subject: cannot be blank'], priority: ['InvalidValue', 'Priority: is not valid'] },
    });
    expect(decodeZendeskError(401, { error: "Couldn't authenticate you" }, '')).toEqual({ message: "Couldn't authenticate you" });
    expect(decodeZendeskError(403, { error: { title: 'Forbidden', message: 'You do not have access' } }, '')).toEqual({
      message: 'You do not have access',
      code: 'Forbidden',
    });
  });
});

describe('search query syntax', () => {
  it('quotes free text and values that are not one plain token', () => {
    expect(
      buildTicketSearchQuery({ status: 'open', requesterId: '123', assigneeId: '456', tag: 'vip', text: 'printer "on" fire' }),
    ).toBe('type:ticket status:open requester:123 assignee:456 tags:vip "printer on fire"');
    expect(buildTicketSearchQuery({ tag: 'two words' })).toBe('type:ticket tags:"two words"');
    expect(buildTicketSearchQuery({})).toBe('type:ticket');
  });
});
