// The real node-zendesk 6 client, unchanged, against the simulator over real HTTP.
import zendesk from 'node-zendesk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../simulator/server.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';

type Started = Awaited<ReturnType<typeof startSimulator>>;
type Client = ReturnType<typeof zendesk.createClient>;
/**
 * node-zendesk's declared types (generated from its JSDoc) get many answers wrong (`void`,
 * `NodeModule`); the calls that hit them go through this untyped view and check what they read.
 */
type Service = 'tickets' | 'users' | 'organizations' | 'groups' | 'jobstatuses' | 'oauthtokens' | 'oauthclients' | 'ticketfields' | 'ticketaudits' | 'search' | 'tags';
type Method =
  | 'addTags' | 'updateTags' | 'setTags' | 'listTags' | 'get' | 'delete' | 'createMany' | 'updateMany' | 'deleteMany' | 'createOrUpdateMany'
  | 'list' | 'show' | 'showMany' | 'watch' | 'create' | 'current' | 'exportResults';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = Record<Service, Record<Method, (...args: any[]) => Promise<any>>>;
const untyped = (client: Client): Untyped => client as unknown as Untyped;

const seed = generateZendeskSeed(42);
const agent = seed.users.find((u) => u.email === 'agent@switchboard.test');
const statusOf = (response: object): number => (response as { status: number }).status;

describe('node-zendesk 6 against the Zendesk simulator', () => {
  let sim: Started;
  let client: Client;
  let ticketId: number;

  beforeAll(async () => {
    sim = await startSimulator({ seed: 42 });
    client = zendesk.createClient({ username: 'agent@switchboard.test', token: 'simulator-token', endpointUri: `${sim.url}/zendesk/api/v2` });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('creates a ticket (201) with a 64-bit-range id', async () => {
    const { response, result } = await client.tickets.create({
      ticket: {
        subject: 'Printer on fire',
        comment: { body: 'The smoke is very colourful.' },
        requester: { name: 'Pat Customer', email: 'pat.customer@example.com' },
        priority: 'high',
        tags: ['hardware', 'urgent fire'],
      } as never,
    });
    expect(statusOf(response)).toBe(201);
    expect(result.id).toBeGreaterThan(2 ** 32);
    expect(result.subject).toBe('Printer on fire');
    expect(result.status).toBe('new');
    expect(result.tags).toEqual(['hardware', 'urgent', 'fire']);
    ticketId = result.id;
  });

  it('shows the ticket', async () => {
    const { result } = await client.tickets.show(ticketId);
    expect(result.id).toBe(ticketId);
    expect(result.description).toBe('The smoke is very colourful.');
    expect(result.url).toBe(`${sim.url}/zendesk/api/v2/tickets/${ticketId}.json`);
  });

  it('lists every ticket across several cursor pages', async () => {
    await fetch(`${sim.url}/_sim/journal`, { method: 'DELETE' });
    const tickets = await client.tickets.list();
    expect(tickets).toHaveLength(seed.tickets.length + 1);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
    expect(tickets.map((t) => t.id)).toContain(ticketId);
    const journal = (await (await fetch(`${sim.url}/_sim/journal?vendor=zendesk`)).json()) as { entries: { path: string; query: string }[] };
    const pages = journal.entries.filter((e) => e.path === '/zendesk/api/v2/tickets.json');
    // 301 tickets at 100 a page: 4 pages with data, then the empty page behind the last non-null links.next.
    expect(pages).toHaveLength(5);
    expect(pages[0]?.query).toBe('page%5Bsize%5D=100');
  });

  it('updates the ticket with a private comment authored by the caller', async () => {
    const { result } = await client.tickets.update(ticketId, { ticket: { status: 'pending', comment: { body: 'Called the fire brigade.', public: false } } as never });
    expect(result.status).toBe('pending');
    const comments = (await client.tickets.getComments(ticketId)) as { body: string; author_id: number; public: boolean }[];
    expect(comments.map((c) => c.body)).toEqual(['The smoke is very colourful.', 'Called the fire brigade.']);
    expect(comments[1]).toMatchObject({ author_id: agent?.id, public: false });
  });

  it('searches users by phone exactly as stored, and not in another format', async () => {
    const user = seed.users.find((u) => u.phone !== null && /[\s().-]/.test(u.phone));
    expect(user).toBeDefined();
    const found = await client.users.search({ query: user?.phone });
    expect(found.map((u) => u.id)).toEqual([user?.id]);
    const digitsOnly = (user?.phone ?? '').replace(/[^\d+]/g, '');
    expect(await client.users.search({ query: digitsOnly })).toEqual([]);
  });

  it('create_or_update creates (201) then updates (200) the same user', async () => {
    const created = await client.users.createOrUpdate({ user: { name: 'Robin Caller', email: 'robin.caller@example.com', phone: '+14155550999' } });
    expect(statusOf(created.response)).toBe(201);
    const updated = await client.users.createOrUpdate({ user: { name: 'Robin Q. Caller', email: 'robin.caller@example.com' } });
    expect(statusOf(updated.response)).toBe(200);
    expect(updated.result.id).toBe(created.result.id);
    expect(updated.result.name).toBe('Robin Q. Caller');
    expect(updated.result.phone).toBe('+14155550999');
  });

  it('users.me: a wrong password gets the anonymous user, a wrong token is refused with 401', async () => {
    const endpointUri = `${sim.url}/zendesk/api/v2`;
    const wrongPassword = zendesk.createClient({ username: 'agent@switchboard.test', password: 'not-the-password', endpointUri });
    expect((await wrongPassword.users.me()).result.name).toBe('Anonymous user');
    const wrongToken = zendesk.createClient({ username: 'agent@switchboard.test', token: 'not-the-token', endpointUri });
    await expect(wrongToken.users.me()).rejects.toThrow(/401/);
  });

  it('raises the 404 of a missing ticket', async () => {
    await expect(client.tickets.show(1)).rejects.toThrow(/404/);
  });

  describe('bulk writes and job statuses (virtual clock)', () => {
    const advance = async (advanceMs: number): Promise<void> => {
      await fetch(`${sim.url}/_sim/clock`, { method: 'POST', body: JSON.stringify({ advanceMs }) });
    };
    const jobOf = (result: unknown): JobStatus => (result as { job_status: JobStatus }).job_status;
    let created: number[] = [];

    it('tickets.createMany answers a queued job that works through the tickets and completes', async () => {
      const { result } = await untyped(client).tickets.createMany({
        tickets: [1, 2, 3].map((n) => ({ subject: `Bulk ${n}`, comment: { body: `Bulk body ${n}` }, requester_id: agent?.id })),
      } as never);
      const queued = jobOf(result);
      expect(queued).toMatchObject({ status: 'queued', total: 3, progress: null, results: null });
      expect(queued.url).toBe(`${sim.url}/zendesk/api/v2/job_statuses/${queued.id}.json`);
      expect(jobOf((await untyped(client).jobstatuses.show(queued.id)).result).status).toBe('queued');
      await advance(2_500);
      const working = jobOf((await untyped(client).jobstatuses.show(queued.id)).result);
      expect(working).toMatchObject({ status: 'working', progress: 0 });
      await advance(2_000);
      expect(jobOf((await untyped(client).jobstatuses.show(queued.id)).result)).toMatchObject({ status: 'working', progress: 2 });
      await advance(1_000);
      const done = (await untyped(client).jobstatuses.watch(queued.id, 5, 5)) as JobStatus;
      expect(done).toMatchObject({ status: 'completed', total: 3, progress: 3 });
      expect(done.results?.map((r) => r.index)).toEqual([0, 1, 2]);
      created = (done.results ?? []).map((r) => r.id as number);
      const shown = await client.tickets.showMany(created);
      expect((shown.result as unknown as { subject: string }[]).map((t) => t.subject)).toEqual(['Bulk 1', 'Bulk 2', 'Bulk 3']);
    });

    it('tickets.updateMany and tickets.deleteMany run as jobs; show_many and list read them', async () => {
      const update = jobOf((await untyped(client).tickets.updateMany(created.slice(0, 2), { ticket: { status: 'open' } } as never)).result);
      const destroy = jobOf((await untyped(client).tickets.deleteMany([created[2] as number])).result);
      const listed = (await untyped(client).jobstatuses.list()).result as unknown as { job_statuses: JobStatus[] };
      expect(listed.job_statuses.map((j) => j.id)).toEqual(expect.arrayContaining([update.id, destroy.id]));
      await advance(10_000);
      const many = (await untyped(client).jobstatuses.showMany([update.id, destroy.id])).result as unknown as { job_statuses: JobStatus[] };
      expect(many.job_statuses.map((j) => j.status)).toEqual(['completed', 'completed']);
      expect(many.job_statuses[0]?.results).toEqual(created.slice(0, 2).map((id) => ({ id, action: 'update', success: true, status: 'Updated' })));
      expect(many.job_statuses[1]?.results).toEqual([{ id: created[2], action: 'delete', success: true, status: 'Deleted' }]);
      expect((await client.tickets.show(created[0] as number)).result.status).toBe('open');
      await expect(client.tickets.show(created[2] as number)).rejects.toThrow(/404/);
    });

    it('users.createMany and users.createOrUpdateMany report Created and Updated', async () => {
      const createJob = jobOf((await untyped(client).users.createMany({ users: [{ name: 'Bulk One', email: 'bulk.one@example.com' }] } as never)).result);
      await advance(5_000);
      const first = (await untyped(client).jobstatuses.watch(createJob.id, 5, 5)) as JobStatus;
      expect(first.results).toEqual([expect.objectContaining({ index: 0, status: 'Created', email: 'bulk.one@example.com' })]);
      const upsertJob = jobOf(
        (await untyped(client).users.createOrUpdateMany({ users: [{ name: 'Bulk One Renamed', email: 'bulk.one@example.com' }, { name: 'Bulk Two', email: 'bulk.two@example.com' }] } as never))
          .result,
      );
      await advance(5_000);
      const second = (await untyped(client).jobstatuses.watch(upsertJob.id, 5, 5)) as JobStatus;
      expect(second.results?.map((r) => r.status)).toEqual(['Updated', 'Created']);
      expect(second.results?.[0]?.id).toBe(first.results?.[0]?.id);
      expect((await client.users.show(first.results?.[0]?.id as number)).result.name).toBe('Bulk One Renamed');
    });
  });

  describe('tags', () => {
    it('adds (PUT), sets (POST), reads and removes a ticket\'s tags', async () => {
      const added = (await untyped(client).tickets.addTags(ticketId, { tags: ['escalated'] })) as unknown as { tags: string[] }[];
      expect(added[0]?.tags).toEqual(['hardware', 'urgent', 'fire', 'escalated']);
      const set = (await untyped(client).tickets.updateTags(ticketId, { tags: ['smoke', 'fire'] })) as unknown as { tags: string[] }[];
      expect(set[0]?.tags).toEqual(['smoke', 'fire']);
      const read = (await untyped(client).tickets.get(['tickets', ticketId, 'tags'])).result as unknown as { tags: string[] };
      expect(read.tags).toEqual(['smoke', 'fire']);
      // tickets.delete() only takes an id; the base client's DELETE (here via `search`, which keeps it) takes a path.
      const removed = (await untyped(client).search.delete(['tickets', ticketId, 'tags', { tags: 'smoke' }])).result as unknown as { tags: string[] };
      expect(removed.tags).toEqual(['fire']);
      expect((await client.tickets.show(ticketId)).result.tags).toEqual(['fire']);
    });

    it('lists the account\'s tags by use and a user\'s tags', async () => {
      const tags = (await untyped(client).tags.list()) as unknown as { name: string; count: number }[];
      expect(tags.length).toBeGreaterThan(1);
      const counts = tags.map((t) => t.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(tags.find((t) => t.name === 'fire')?.count).toBeGreaterThanOrEqual(1);
      const userId = agent?.id as number;
      await untyped(client).users.setTags(userId, { tags: ['night-shift'] });
      await untyped(client).users.addTags(userId, { tags: ['tier2'] });
      const userTags = (await untyped(client).users.listTags(userId)) as unknown as { tags: string[] }[];
      expect(userTags[0]?.tags).toEqual(['night-shift', 'tier2']);
    });
  });

  describe('search export, counts, sideloads', () => {
    it('search.exportResults pages by cursor through one type (filter[type]), oldest first', async () => {
      const open = seed.tickets.filter((t) => t.status === 'open').length;
      const results = (await untyped(client).search.exportResults('status:open', 'ticket', 7)) as unknown as { id: number; result_type: string; created_at: string }[];
      expect(results.length).toBeGreaterThanOrEqual(open);
      expect(new Set(results.map((r) => r.result_type))).toEqual(new Set(['ticket']));
      const times = results.map((r) => r.created_at);
      expect(times).toEqual([...times].sort());
    });

    it('counts tickets and users as {"count":{"value","refreshed_at"}}', async () => {
      const tickets = (await untyped(client).tickets.get(['tickets', 'count'])).result as unknown as { count: { value: number; refreshed_at: string } };
      const users = (await untyped(client).users.get(['users', 'count'])).result as unknown as { count: { value: number; refreshed_at: string } };
      expect(tickets.count.value).toBeGreaterThan(seed.tickets.length - 5);
      expect(tickets.count.refreshed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(users.count.value).toBeGreaterThanOrEqual(seed.users.length);
    });

    it('include=users,groups,organizations side-loads the top-level arrays node-zendesk maps onto tickets', async () => {
      const withSideloads = zendesk.createClient({ username: 'agent@switchboard.test', token: 'simulator-token', endpointUri: `${sim.url}/zendesk/api/v2` });
      withSideloads.tickets.setSideLoad(['users', 'groups', 'organizations']);
      const assigned = seed.tickets.find((t) => t.assigneeId !== null);
      const { result } = await withSideloads.tickets.show(assigned?.id as number);
      const ticket = result as unknown as { requester: { id: number }; assignee: { id: number; role: string } };
      expect(ticket.requester.id).toBe(assigned?.requesterId);
      expect(ticket.assignee).toMatchObject({ id: assigned?.assigneeId, role: expect.stringMatching(/agent|admin/) });
    });
  });

  describe('read-only organizations, groups and ticket fields; incremental users; audits', () => {
    it('lists and shows organizations and groups', async () => {
      const organizations = (await untyped(client).organizations.list()) as unknown as { id: number; name: string }[];
      expect(organizations.length).toBeGreaterThan(0);
      expect((await untyped(client).organizations.show(organizations[0]?.id as number)).result.name).toBe(organizations[0]?.name);
      const groups = (await untyped(client).groups.list()) as unknown as { id: number; name: string }[];
      expect(groups.map((g) => g.name)).toContain('Support');
      expect((await untyped(client).groups.show(groups[0]?.id as number)).result.id).toBe(groups[0]?.id);
    });

    it('lists and shows ticket fields (the system fields)', async () => {
      const fields = (await untyped(client).ticketfields.list()) as unknown as { id: number; type: string }[];
      expect(fields.map((f) => f.type)).toEqual(expect.arrayContaining(['subject', 'description', 'status', 'priority', 'tickettype', 'group', 'assignee']));
      const priority = fields.find((f) => f.type === 'priority');
      const shown = (await untyped(client).ticketfields.show(priority?.id as number)).result as unknown as { system_field_options: { value: string }[] };
      expect(shown.system_field_options.map((o) => o.value)).toEqual(['low', 'normal', 'high', 'urgent']);
    });

    it('exports users incrementally by cursor', async () => {
      // The users client hands back the `users` array of the page.
      const { result } = await untyped(client).users.get(['incremental', 'users', 'cursor', { start_time: 0 }]);
      const users = result as { id: number; updated_at: string }[];
      expect(users.length).toBeGreaterThan(seed.users.length);
      expect(users.map((u) => u.id)).toEqual(expect.arrayContaining(seed.users.map((u) => u.id)));
      const times = users.map((u) => u.updated_at);
      expect(times).toEqual([...times].sort());
    });

    it('lists a ticket\'s audits, the create audit first', async () => {
      const audits = (await untyped(client).ticketaudits.list(ticketId)) as unknown as { id: number; ticket_id: number; events: { type: string }[] }[];
      expect(audits.length).toBeGreaterThanOrEqual(2);
      expect(audits.every((a) => a.ticket_id === ticketId)).toBe(true);
      expect(audits[0]?.events.map((e) => e.type)).toContain('Comment');
    });
  });

  describe('OAuth', () => {
    it('an admin creates a token; a bearer client uses it; revoked, it is refused', async () => {
      const admin = zendesk.createClient({ username: 'admin@switchboard.test', token: 'simulator-token', endpointUri: `${sim.url}/zendesk/api/v2` });
      const clients = (await untyped(admin).oauthclients.list()) as unknown as { id: number }[];
      const { result } = await untyped(admin).oauthtokens.create({ token: { client_id: clients[0]?.id, scopes: ['read', 'write'] } });
      const token = result as unknown as { id: number; full_token: string; token: string };
      expect(token.full_token.startsWith(token.token)).toBe(true);
      const bearer = zendesk.createClient({ token: token.full_token, useOAuth: true, endpointUri: `${sim.url}/zendesk/api/v2` } as never);
      expect((await bearer.users.me()).result.email).toBe('admin@switchboard.test');
      expect(((await untyped(bearer).oauthtokens.current()).result as unknown as { id: number }).id).toBe(token.id);
      await admin.oauthtokens.revoke(token.id).catch(() => undefined);
      await expect(bearer.users.me()).rejects.toThrow(/401/);
    });
  });
});

interface JobStatus {
  id: string;
  url: string;
  status: string;
  total: number | null;
  progress: number | null;
  results: { id?: number; index?: number; status?: string; email?: string }[] | null;
}
