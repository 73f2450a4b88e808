// The Zendesk simulator's wire behaviour: pagination quirks, auth, errors, rate limits, exports, SSO.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useFreshSimulator } from './support/fresh-simulator.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import { encodeCursor } from '../simulator/zendesk/pagination.js';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}
type Json = Record<string, unknown>;

const basic = (login: string, secret: string): string => `Basic ${Buffer.from(`${login}:${secret}`).toString('base64')}`;
const AGENT = basic('agent@switchboard.test/token', 'simulator-token');
const seed = generateZendeskSeed(42);
const json = <T = Json>(a: Answer): T => JSON.parse(a.text) as T;

describe('Zendesk simulator', () => {
  const simulator = useFreshSimulator(42);
  const api = async (method: string, path: string, options: { body?: unknown; auth?: string | null; headers?: Record<string, string> } = {}): Promise<Answer> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers };
    if (options.auth !== null) headers.Authorization = options.auth ?? AGENT;
    const url = path.startsWith('http') ? path : `${simulator().url}/zendesk${path}`;
    const res = await fetch(url, { method, headers, redirect: 'manual', body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };


  describe('cursor pagination', () => {
    it('keeps the last-page quirk: has_more false with a next link that answers an empty page', async () => {
      let url = '/api/v2/tickets.json?page%5Bsize%5D=100';
      const pages: { tickets: unknown[]; meta: Json; links: { next: string | null; prev: string | null } }[] = [];
      for (let guard = 0; guard < 10; guard++) {
        const page = json<(typeof pages)[number]>(await api('GET', url));
        pages.push(page);
        if (page.links.next === null) break;
        url = page.links.next;
      }
      expect(pages.map((p) => p.tickets.length)).toEqual([100, 100, 100, 0]);
      expect(pages.map((p) => p.meta.has_more)).toEqual([true, true, false, false]);
      expect(pages[2]?.links.next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zendesk\/api\/v2\/tickets\.json\?page%5Bafter%5D=.+&page%5Bsize%5D=100$/);
      expect(pages[3]).toMatchObject({ meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } });
    });

    it('decodes percent-encoded keys and builds links from the request host', async () => {
      const encoded = json<{ tickets: { id: number }[] }>(await api('GET', '/api/v2/tickets.json?page%5Bsize%5D=5'));
      const plain = json<{ tickets: { id: number }[] }>(await api('GET', '/api/v2/tickets?page[size]=5'));
      expect(encoded.tickets).toHaveLength(5);
      expect(plain.tickets.map((t) => t.id)).toEqual(encoded.tickets.map((t) => t.id));
      const viaProxy = await new Promise<Json>((resolve, reject) => {
        const req = request(`${simulator().url}/zendesk/api/v2/tickets.json?page%5Bsize%5D=2`, { headers: { Host: 'support.example:8443', Authorization: AGENT } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve(JSON.parse(body) as Json));
        });
        req.on('error', reject);
        req.end();
      });
      expect((viaProxy.links as { next: string }).next).toMatch(/^http:\/\/support\.example:8443\/zendesk\/api\/v2\/tickets\.json\?/);
      expect((viaProxy.tickets as { url: string }[])[0]?.url).toMatch(/^http:\/\/support\.example:8443\/zendesk\/api\/v2\/tickets\/\d+\.json$/);
    });

    it('builds cursors like the real ones: base64 of {"o":"id","v":<packed id>}', async () => {
      // A recorded real cursor (blakmatrix/node-zendesk test/fixtures/PaginatedUsers.json) for user 6130869168922.
      expect(encodeCursor(6130869168922)).toBe('eyJvIjoiaWQiLCJ2IjoiYVJwclIzU1RCUUFBIn0=');
      const page = json<{ tickets: { id: number }[]; meta: { after_cursor: string } }>(await api('GET', '/api/v2/tickets.json?page%5Bsize%5D=3'));
      const outer = JSON.parse(Buffer.from(page.meta.after_cursor, 'base64').toString('utf8')) as { o: string; v: string };
      expect(outer.o).toBe('id');
      const packed = Buffer.from(outer.v, 'base64');
      expect([packed.length, packed[0]]).toEqual([9, 0x69]);
      expect(Number(packed.readBigInt64LE(1))).toBe(page.tickets[2]?.id);
    });

    it('limits page[size] to 100', async () => {
      const answer = await api('GET', '/api/v2/tickets.json?page%5Bsize%5D=101');
      expect(answer.status).toBe(400);
      expect(answer.text).toContain('page[size]');
    });

    it('pages comments by cursor too', async () => {
      const ticket = seed.tickets.find((t) => seed.comments.filter((c) => c.ticketId === t.id).length >= 3);
      const expected = seed.comments.filter((c) => c.ticketId === ticket?.id).map((c) => c.id);
      const seen: number[] = [];
      let url: string | null = `/api/v2/tickets/${ticket?.id}/comments.json?page%5Bsize%5D=2`;
      while (url !== null) {
        const page: { comments: { id: number }[]; links: { next: string | null } } = json(await api('GET', url));
        seen.push(...page.comments.map((c) => c.id));
        url = page.links.next;
      }
      expect(seen).toEqual(expected);
    });
  });

  describe('offset pagination', () => {
    it('answers next_page, previous_page and count', async () => {
      const page = json<{ tickets: unknown[]; next_page: string; previous_page: string; count: number }>(await api('GET', '/api/v2/tickets.json?page=2&per_page=100'));
      expect(page.tickets).toHaveLength(100);
      expect(page.count).toBe(300);
      expect(page.next_page).toMatch(/\/zendesk\/api\/v2\/tickets\.json\?page=3&per_page=100$/);
      expect(page.previous_page).toMatch(/\?page=1&per_page=100$/);
      expect(json<{ next_page: unknown }>(await api('GET', '/api/v2/tickets.json?page=3')).next_page).toBeNull();
    });

    it('refuses past 10,000 records with 400', async () => {
      const answer = await api('GET', '/api/v2/tickets.json?page=101&per_page=100');
      expect(answer.status).toBe(400);
      expect(json<{ errors: { code: string }[] }>(answer).errors[0]?.code).toBe('InvalidPaginationDepth');
      expect((await api('GET', '/api/v2/tickets.json?page=100&per_page=100')).status).toBe(200);
    });
  });

  describe('auth', () => {
    it("answers 401 Couldn't authenticate you for a bad token, no credentials, or an end-user", async () => {
      const endUser = seed.users.find((u) => u.role === 'end-user' && u.email !== null);
      for (const auth of [basic('agent@switchboard.test/token', 'wrong'), null, basic(`${endUser?.email}/token`, 'simulator-token'), 'Bearer wrong']) {
        const answer = await api('GET', '/api/v2/tickets.json', { auth });
        expect(answer.status).toBe(401);
        expect(json(answer)).toEqual({ error: "Couldn't authenticate you" });
      }
    });

    it('answers /users/me with the anonymous user for no credentials or a wrong password, but 401 for a wrong token', async () => {
      for (const auth of [null, basic('agent@switchboard.test', 'wrong-password')]) {
        const answer = await api('GET', '/api/v2/users/me.json', { auth });
        expect(answer.status).toBe(200);
        expect(json<{ user: { id: null; name: string } }>(answer).user).toMatchObject({ id: null, name: 'Anonymous user' });
      }
      for (const auth of [basic('agent@switchboard.test/token', 'wrong'), 'Bearer wrong']) {
        const answer = await api('GET', '/api/v2/users/me.json', { auth });
        expect(answer.status).toBe(401);
        expect(json(answer)).toEqual({ error: "Couldn't authenticate you" });
      }
    });

    it('answers 403 with the real Forbidden body, also for an injected 403 without a body', async () => {
      await fetch(`${simulator().url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ vendor: 'zendesk', kind: 'status', status: 403, times: 1 }) });
      const answer = await api('GET', '/api/v2/tickets.json');
      expect(answer.status).toBe(403);
      expect(json(answer)).toEqual({
        error: { title: 'Forbidden', message: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' },
      });
    });

    it('accepts the token for any agent or admin, the password, and the OAuth token', async () => {
      const admin = await api('GET', '/api/v2/users/me', { auth: basic('admin@switchboard.test/token', 'simulator-token') });
      expect(json<{ user: { role: string } }>(admin).user.role).toBe('admin');
      const password = await api('GET', '/api/v2/users/me.json', { auth: basic('agent@switchboard.test', 'simulator-password') });
      expect(json<{ user: { email: string } }>(password).user.email).toBe('agent@switchboard.test');
      const oauth = await api('GET', '/api/v2/users/me.json', { auth: 'Bearer simulator-oauth-token' });
      expect(json<{ user: { email: string } }>(oauth).user.email).toBe('agent@switchboard.test');
    });
  });

  describe('errors and writes', () => {
    it('422 RecordInvalid names the field in details', async () => {
      const cases: [Json, string, string][] = [
        [{ subject: 'no body' }, 'base', 'Description: cannot be blank'],
        [{ comment: { body: 'x' }, priority: 'whenever' }, 'base', 'Priority: is invalid'],
        [{ comment: { body: 'x' }, status: 'lost' }, 'base', 'Status: is invalid'],
        [{ comment: { body: 'x' }, type: 'rant' }, 'base', 'Type: is invalid'],
        [{ comment: { body: 'x' }, requester: {} }, 'requester', 'Requester: Name:  is too short (minimum is 1 character)'],
        [{ comment: { body: 'x' }, assignee_id: 12345 }, 'assignee', 'Assignee: is invalid'],
      ];
      for (const [ticket, key, description] of cases) {
        const answer = await api('POST', '/api/v2/tickets.json', { body: { ticket } });
        expect(answer.status).toBe(422);
        const body = json<{ error: string; description: string; details: Record<string, { description: string; error: string }[]> }>(answer);
        expect(body.error).toBe('RecordInvalid');
        expect(body.description).toBe('Record validation errors');
        expect(body.details[key]?.[0]?.description).toContain(description);
      }
      const closed = seed.tickets.find((t) => t.status === 'closed');
      for (const ticket of [{ status: 'open' }, { comment: { body: 'one more thing', public: false } }]) {
        const update = await api('PUT', `/api/v2/tickets/${closed?.id}.json`, { body: { ticket } });
        expect(update.status).toBe(422);
        expect(json<{ details: Json }>(update).details.status).toEqual([{ description: 'Status: closed prevents ticket update', error: 'ClosedTicket' }]);
      }
      const user = await api('POST', '/api/v2/users.json', { body: { user: { name: 'Dup', email: 'agent@switchboard.test' } } });
      expect(json<{ details: { email: { error: string }[] } }>(user).details.email[0]?.error).toBe('DuplicateValue');
    });

    it('refuses to clear a priority or to put a ticket back to new', async () => {
      const prioritised = seed.tickets.find((t) => t.priority !== null && t.status === 'open');
      const cleared = await api('PUT', `/api/v2/tickets/${prioritised?.id}.json`, { body: { ticket: { priority: null } } });
      expect(cleared.status).toBe(422);
      expect(json<{ details: Json }>(cleared).details.priority).toEqual([{ description: 'Priority: cannot be reset', error: 'InvalidValue' }]);
      const after = json<{ ticket: { priority: string } }>(await api('GET', `/api/v2/tickets/${prioritised?.id}.json`)).ticket;
      expect(after.priority).toBe(prioritised?.priority);

      const unprioritised = seed.tickets.find((t) => t.priority === null && t.status === 'open');
      expect((await api('PUT', `/api/v2/tickets/${unprioritised?.id}.json`, { body: { ticket: { priority: null } } })).status).toBe(200);

      const renewed = await api('PUT', `/api/v2/tickets/${prioritised?.id}.json`, { body: { ticket: { status: 'new' } } });
      expect(renewed.status).toBe(422);
      expect(json<{ details: { status: { description: string }[] } }>(renewed).details.status[0]?.description).toMatch(/^Status: .*New/);
      const fresh = seed.tickets.find((t) => t.status === 'new');
      expect((await api('PUT', `/api/v2/tickets/${fresh?.id}.json`, { body: { ticket: { status: 'new', tags: ['still-new'] } } })).status).toBe(200);
    });

    it('sends empty user text fields as null', async () => {
      const plain = seed.users.find((u) => u.role === 'end-user' && u.notes === '' && u.details === '');
      const user = json<{ user: Json }>(await api('GET', `/api/v2/users/${plain?.id}.json`)).user;
      expect(user).toMatchObject({ alias: null, details: null, notes: null, signature: null });
      const agent = json<{ user: Json }>(await api('GET', '/api/v2/users/me.json')).user;
      expect(agent).toMatchObject({ alias: null, signature: null });
      const noted = seed.users.find((u) => u.notes !== '');
      expect(json<{ user: Json }>(await api('GET', `/api/v2/users/${noted?.id}.json`)).user.notes).toBe(noted?.notes);
    });

    it('creates with 201 and Location, updates with ticket + audit, deletes with an empty 204', async () => {
      const created = await api('POST', '/api/v2/tickets.json', { body: { ticket: { subject: 'Hi', comment: { body: 'Hello' }, requester_id: seed.users[10]?.id, assignee_id: seed.users[0]?.id } } });
      expect(created.status).toBe(201);
      const ticket = json<{ ticket: { id: number; url: string; status: string } }>(created).ticket;
      expect(created.headers.get('location')).toBe(ticket.url);
      expect(ticket.status).toBe('open');

      const updated = json<{ ticket: { status: string }; audit: { events: Json[] } }>(
        await api('PUT', `/api/v2/tickets/${ticket.id}`, { body: { ticket: { status: 'solved', comment: { body: 'Fixed' } } } }),
      );
      expect(updated.ticket.status).toBe('solved');
      expect(updated.audit.events.map((e) => e.type)).toEqual(['Comment', 'Change']);
      expect(updated.audit.events[1]).toMatchObject({ field_name: 'status', value: 'solved', previous_value: 'open' });

      const deleted = await api('DELETE', `/api/v2/tickets/${ticket.id}.json`);
      expect(deleted.status).toBe(204);
      expect(deleted.text).toBe('');
      expect(deleted.headers.get('content-type')).toBeNull();
      const gone = await api('GET', `/api/v2/tickets/${ticket.id}.json`);
      expect(gone.status).toBe(404);
      expect(json(gone)).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    });

    it('create_or_update answers 201 for a new user and 200 when email or external_id matches', async () => {
      const created = await api('POST', '/api/v2/users/create_or_update.json', { body: { user: { name: 'Kim', email: 'kim@example.com', external_id: 'crm-new-1' } } });
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toMatch(/\/zendesk\/api\/v2\/users\/\d+\.json$/);
      const id = json<{ user: { id: number } }>(created).user.id;
      const byEmail = await api('POST', '/api/v2/users/create_or_update.json', { body: { user: { email: 'KIM@example.com', phone: '020 7946 0001' } } });
      expect(byEmail.status).toBe(200);
      expect(json<{ user: { id: number; phone: string } }>(byEmail).user).toMatchObject({ id, phone: '020 7946 0001' });
      const byExternal = await api('POST', '/api/v2/users/create_or_update.json', { body: { user: { external_id: 'crm-new-1', name: 'Kim Park' } } });
      expect(byExternal.status).toBe(200);
      expect(json<{ user: { id: number; name: string } }>(byExternal).user).toMatchObject({ id, name: 'Kim Park' });
    });

    it('show_many serves up to 100 ids and skips missing ones', async () => {
      const ids = seed.tickets.slice(0, 3).map((t) => t.id);
      const many = json<{ tickets: { id: number }[] }>(await api('GET', `/api/v2/tickets/show_many.json?ids=${[...ids, 1].join(',')}`));
      expect(many.tickets.map((t) => t.id)).toEqual(ids);
      const tooMany = Array.from({ length: 101 }, (_, i) => i + 1).join(',');
      expect((await api('GET', `/api/v2/tickets/show_many.json?ids=${tooMany}`)).status).toBe(400);
      const users = json<{ users: { id: number }[] }>(await api('GET', `/api/v2/users/show_many.json?ids=${seed.users[0]?.id},${seed.users[1]?.id}`));
      expect(users.users).toHaveLength(2);
    });

    it('answers unknown endpoints and bad JSON the Zendesk way', async () => {
      expect(json(await api('GET', '/api/v2/nothing.json'))).toEqual({ error: 'InvalidEndpoint', description: 'Not found' });
      const bad = await api('POST', '/api/v2/tickets.json', { body: '{"ticket":' });
      expect(bad.status).toBe(400);
    });
  });

  describe('search', () => {
    const count = async (query: string): Promise<number> => json<{ count: number }>(await api('GET', `/api/v2/search.json?query=${encodeURIComponent(query)}`)).count;

    it('filters tickets by status, priority, requester, assignee and tags', async () => {
      const open = seed.tickets.filter((t) => t.status === 'open').length;
      expect(await count('type:ticket status:open')).toBe(open);
      expect(await count('type:ticket status<solved')).toBe(seed.tickets.filter((t) => ['new', 'open', 'pending', 'hold'].includes(t.status)).length);
      expect(await count('type:ticket priority:urgent')).toBe(seed.tickets.filter((t) => t.priority === 'urgent').length);
      expect(await count('type:ticket tags:billing')).toBe(seed.tickets.filter((t) => t.tags.includes('billing')).length);
      const requester = seed.tickets[0]?.requesterId;
      expect(await count(`type:ticket requester:${requester}`)).toBe(seed.tickets.filter((t) => t.requesterId === requester).length);
      const agentId = seed.users[0]?.id;
      expect(await count(`type:ticket assignee:${agentId} status:open status:pending`)).toBe(
        seed.tickets.filter((t) => t.assigneeId === agentId && (t.status === 'open' || t.status === 'pending')).length,
      );
    });

    it('finds tickets by free text and users by phone and email', async () => {
      const word = seed.tickets[5]?.subject.split(' ')[1] ?? '';
      const results = json<{ results: { subject: string; result_type: string }[] }>(await api('GET', `/api/v2/search.json?query=${encodeURIComponent(`type:ticket "${word}"`)}`)).results;
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => r.result_type === 'ticket' && `${r.subject}`.length > 0)).toBe(true);
      const user = seed.users.find((u) => u.phone?.includes(' '));
      const byPhone = json<{ results: { id: number; result_type: string }[] }>(await api('GET', `/api/v2/search.json?query=${encodeURIComponent(`type:user phone:"${user?.phone}"`)}`)).results;
      expect(byPhone.map((r) => [r.id, r.result_type])).toEqual([[user?.id, 'user']]);
      expect(await count('type:user email:agent@switchboard.test')).toBe(1);
    });

    it('takes order_by: and sort: in the query as ordering, like sort_by and sort_order', async () => {
      type Page = { results: { id: number; updated_at: string; priority: string | null }[]; count: number };
      const search = async (query: string, extra = ''): Promise<Page> =>
        json<Page>(await api('GET', `/api/v2/search.json?query=${encodeURIComponent(query)}&per_page=100${extra}`));
      const unsolved = seed.tickets.filter((t) => ['new', 'open', 'pending', 'hold'].includes(t.status));
      // Ordered by updated_at, ties by id.
      const byUpdated = (direction: 1 | -1): number[] =>
        [...unsolved]
          .sort((a, b) => (a.updatedAt < b.updatedAt ? -direction : a.updatedAt > b.updatedAt ? direction : a.id - b.id))
          .slice(0, 100)
          .map((t) => t.id);

      const desc = await search('type:ticket status<solved order_by:updated_at sort:desc');
      expect(desc.count).toBe(unsolved.length);
      expect(desc.results.map((r) => r.id)).toEqual(byUpdated(-1));
      const asc = await search('type:ticket status<solved order_by:updated_at sort:asc');
      expect(asc.results.map((r) => r.id)).toEqual(byUpdated(1));
      // The help-center spelling of the field works too.
      expect((await search('type:ticket status<solved order_by:updated sort:asc')).results.map((r) => r.id)).toEqual(asc.results.map((r) => r.id));

      // Parameters win over keywords when both are sent.
      const overridden = await search('type:ticket status<solved order_by:updated_at sort:asc', '&sort_order=desc');
      expect(overridden.results.map((r) => r.id)).toEqual(desc.results.map((r) => r.id));
      const byPriority = await search('type:ticket status<solved order_by:updated_at', '&sort_by=priority&sort_order=asc');
      const ranks = byPriority.results.map((r) => (r.priority === null ? -1 : ['low', 'normal', 'high', 'urgent'].indexOf(r.priority)));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    });

    it('searches an unknown keyword term as free text instead of matching nothing', async () => {
      const created = await api('POST', '/api/v2/tickets.json', { body: { ticket: { subject: 'Login fails with code:E4711', comment: { body: 'See subject.' } } } });
      const id = json<{ ticket: { id: number } }>(created).ticket.id;
      const found = json<{ results: { id: number }[]; count: number }>(await api('GET', `/api/v2/search.json?query=${encodeURIComponent('type:ticket code:E4711')}`));
      expect(found.results.map((r) => r.id)).toEqual([id]);
      expect(await count('type:ticket -code:E4711')).toBe(seed.tickets.length);
    });

    it('form-encodes next_page links (spaces as +)', async () => {
      const page = json<{ next_page: string }>(await api('GET', `/api/v2/search.json?query=${encodeURIComponent('type:ticket status:open')}&per_page=10`));
      expect(page.next_page).toMatch(/\/zendesk\/api\/v2\/search\.json\?page=2&per_page=10&query=type%3Aticket\+status%3Aopen$/);
    });

    it('refuses page[size] and pages past 1,000 results', async () => {
      const sized = await api('GET', '/api/v2/search.json?query=type:ticket&page%5Bsize%5D=10');
      expect(sized.status).toBe(400);
      expect(sized.text).toContain('Invalid attribute');
      const deep = await api('GET', '/api/v2/search.json?query=type:ticket&page=11&per_page=100');
      expect(deep.status).toBe(422);
      const page = json<{ next_page: string | null; count: number }>(await api('GET', '/api/v2/search.json?query=type:ticket&per_page=100'));
      expect(page.count).toBe(300);
      expect(page.next_page).toMatch(/\/zendesk\/api\/v2\/search\.json\?page=2&per_page=100&query=type%3Aticket$/);
    });

    it('users/search matches the phone only in its stored format, and by external_id', async () => {
      const user = seed.users.find((u) => u.phone !== null && /[\s().-]/.test(u.phone));
      const found = json<{ users: { id: number }[]; count: number; next_page: null }>(await api('GET', `/api/v2/users/search.json?query=${encodeURIComponent(user?.phone ?? '')}`));
      expect(found).toMatchObject({ count: 1, next_page: null });
      expect(found.users[0]?.id).toBe(user?.id);
      const digits = (user?.phone ?? '').replace(/\D/g, '');
      expect(json<{ count: number }>(await api('GET', `/api/v2/users/search.json?query=${digits}`)).count).toBe(0);
      const withExternal = seed.users.find((u) => u.externalId !== null);
      const byExternal = json<{ users: { id: number }[] }>(await api('GET', `/api/v2/users/search.json?external_id=${withExternal?.externalId}`));
      expect(byExternal.users.map((u) => u.id)).toEqual([withExternal?.id]);
      expect((await api('GET', '/api/v2/users/search.json?query=a&page%5Bsize%5D=5')).status).toBe(400);
    });
  });

  describe('incremental export', () => {
    it('walks the cursor export to end_of_stream, in updated_at order, and picks up later changes', async () => {
      const created = json<{ ticket: { id: number } }>(await api('POST', '/api/v2/tickets.json', { body: { ticket: { subject: 'fresh', comment: { body: 'new' } } } })).ticket;
      let url = '/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=100';
      const seen: { id: number; updated_at: string }[] = [];
      let last: { after_url: string; end_of_stream: boolean } | undefined;
      for (let guard = 0; guard < 20; guard++) {
        const page = json<{ tickets: { id: number; updated_at: string }[]; after_url: string; after_cursor: string; before_cursor: string | null; end_of_stream: boolean }>(await api('GET', url));
        expect(Object.keys(page).sort()).toEqual(['after_cursor', 'after_url', 'before_cursor', 'before_url', 'end_of_stream', 'tickets']);
        seen.push(...page.tickets);
        last = page;
        if (page.end_of_stream) break;
        url = page.after_url;
      }
      expect(last?.end_of_stream).toBe(true);
      expect(seen).toHaveLength(seed.tickets.length + 1);
      expect(seen.map((t) => t.updated_at)).toEqual([...seen.map((t) => t.updated_at)].sort());
      expect(seen.at(-1)?.id).toBe(created.id);

      await fetch(`${simulator().url}/_sim/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 5_000 }) });
      await api('PUT', `/api/v2/tickets/${created.id}.json`, { body: { ticket: { priority: 'low' } } });
      const next = json<{ tickets: { id: number; priority: string }[]; end_of_stream: boolean }>(await api('GET', last?.after_url ?? ''));
      expect(next.tickets.map((t) => [t.id, t.priority])).toEqual([[created.id, 'low']]);
      expect(next.end_of_stream).toBe(true);
    });

    it('requires a start_time in the past', async () => {
      expect((await api('GET', '/api/v2/incremental/tickets/cursor.json')).status).toBe(400);
      expect((await api('GET', '/api/v2/incremental/tickets/cursor.json?start_time=99999999999')).status).toBe(400);
    });
  });
});
