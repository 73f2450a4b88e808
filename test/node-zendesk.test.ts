// The real node-zendesk 6 client, unchanged, against the simulator over real HTTP.
import zendesk from 'node-zendesk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../simulator/server.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';

type Started = Awaited<ReturnType<typeof startSimulator>>;
type Client = ReturnType<typeof zendesk.createClient>;

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
});
