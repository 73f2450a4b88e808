// The simulator's QA features over real HTTP: custom stubs, the journal's headers and bodies (credentials
// redacted, size-capped), its filters and /_sim/journal/verify, and the read-only page at `/`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIMULATOR_ACCOUNTS } from '../simulator/credentials.js';
import { startSimulator, type JournalEntry } from '../simulator/server.js';

type Started = Awaited<ReturnType<typeof startSimulator>>;

const { email, apiToken } = SIMULATOR_ACCOUNTS.zendesk;
const AUTH = `Basic ${Buffer.from(`${email}/token:${apiToken}`).toString('base64')}`;

let sim: Started;
const send = (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> =>
  fetch(sim.url + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
const zendesk = (path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> =>
  send(`/zendesk/api/v2${path}`, { ...init, headers: { authorization: AUTH } });
const admin = async <T = Record<string, unknown>>(path: string, body?: unknown, method?: string): Promise<{ status: number; json: T }> => {
  const res = await send(`/_sim${path}`, { body, ...(method ? { method } : {}) });
  const text = await res.text();
  return { status: res.status, json: (text === '' ? undefined : JSON.parse(text)) as T };
};
const journal = async (query = ''): Promise<JournalEntry[]> => (await admin<{ entries: JournalEntry[] }>(`/journal${query}`)).json.entries;
const verify = async (filter: Record<string, unknown>): Promise<number> => {
  const answer = await admin<{ count: number }>('/journal/verify', filter);
  expect(answer.status).toBe(200);
  return answer.json.count;
};

beforeAll(async () => {
  sim = await startSimulator({ journalBodyBytes: 2048 });
});
afterAll(async () => {
  await sim.close();
});
// Clearing is enough between tests (a reset regenerates every vendor's data); one test checks reset itself.
beforeEach(async () => {
  for (const what of ['/journal', '/stubs', '/faults']) expect((await admin(what, undefined, 'DELETE')).status).toBe(204);
});

describe('stubs', () => {
  it('answer instead of the vendor, newest first, until removed; DELETE clears them', async () => {
    const added = await admin<{ id: string }>('/stubs', {
      vendor: 'zendesk',
      method: 'GET',
      path: '/api/v2/tickets/*',
      status: 503,
      headers: { 'Retry-After': '7' },
      body: { error: 'maintenance' },
    });
    expect(added).toEqual({ status: 201, json: { id: expect.stringMatching(/^s\d+$/) } });
    const first = added.json.id;
    const stubbed = await zendesk('/tickets/19856122753301.json');
    expect(stubbed.status).toBe(503);
    expect(stubbed.headers.get('retry-after')).toBe('7');
    expect(stubbed.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await stubbed.json()).toEqual({ error: 'maintenance' });
    // Other paths and methods still reach the vendor.
    expect((await zendesk('/tickets.json')).status).toBe(200);

    // A newer stub for the same requests wins; a plain-text body goes as text.
    const second = (await admin<{ id: string }>('/stubs', { vendor: 'zendesk', path: '/api/v2/tickets/*', status: 200, body: 'plain' })).json.id;
    const newer = await zendesk('/tickets/1.json');
    expect([newer.status, newer.headers.get('content-type'), await newer.text()]).toEqual([200, 'text/plain; charset=utf-8', 'plain']);

    const listed = await admin<{ stubs: { id: string; hits: number }[] }>('/stubs');
    expect(listed.json.stubs.map((stub) => [stub.id, stub.hits])).toEqual([
      [first, 1],
      [second, 1],
    ]);
    expect((await admin(`/stubs/${second}`, undefined, 'DELETE')).status).toBe(204);
    expect((await zendesk('/tickets/1.json')).status).toBe(503);
    expect((await admin(`/stubs/${second}`, undefined, 'DELETE')).status).toBe(404);
    expect((await admin('/stubs', undefined, 'DELETE')).status).toBe(204);
    expect((await zendesk('/tickets/19856122753301.json')).status).toBe(200);
  });

  it('match a request body (a substring, or JSON the body includes) and query parameters, for `times` requests', async () => {
    const ids: string[] = [];
    const add = async (stub: Record<string, unknown>): Promise<void> => {
      ids.push((await admin<{ id: string }>('/stubs', stub)).json.id);
    };
    await add({
      vendor: 'zendesk',
      method: 'POST',
      path: '/api/v2/tickets.json',
      requestBody: { ticket: { priority: 'urgent' } },
      status: 422,
      body: { error: 'RecordInvalid', description: 'stubbed' },
      times: 1,
    });
    await add({ vendor: 'bomgar', path: '/api/command', query: { action: 'get_logged_in_reps' }, body: '<logged_in_reps/>', headers: { 'content-type': 'text/xml' } });
    await add({ vendor: 'zendesk', method: 'PUT', path: '/api/v2/tickets/*', requestBody: 'needle', status: 409 });

    const ticket = { subject: 'Printer on fire', comment: { body: 'help' } };
    expect((await zendesk('/tickets.json', { body: { ticket: { ...ticket, priority: 'urgent' } } })).status).toBe(422);
    // Spent after one; a body without the match goes to the vendor.
    expect((await zendesk('/tickets.json', { body: { ticket: { ...ticket, priority: 'urgent' } } })).status).toBe(201);
    expect((await zendesk('/tickets.json', { body: { ticket } })).status).toBe(201);
    const put = await zendesk('/tickets/1.json', { method: 'PUT', body: { ticket: { comment: { body: 'a needle here' } } } });
    expect([put.status, await put.text()]).toEqual([409, '']);

    const reps = await send('/bomgar/api/command?action=get_logged_in_reps');
    expect([reps.status, reps.headers.get('content-type'), await reps.text()]).toEqual([200, 'text/xml', '<logged_in_reps/>']);
    // Another action is the vendor's (unauthenticated here).
    expect((await send('/bomgar/api/command?action=get_support_teams')).status).not.toBe(200);

    const stubs = (await admin<{ stubs: { id: string; hits: number; remaining?: number }[] }>('/stubs')).json.stubs;
    expect(stubs.map((stub) => [stub.id, stub.hits, stub.remaining])).toEqual([
      [ids[0], 1, 0],
      [ids[1], 1, undefined],
      [ids[2], 1, undefined],
    ]);
    // The journal says what answered.
    const served = (await journal('?vendor=zendesk&method=POST')).map((entry) => [entry.status, entry.servedBy]);
    expect(served).toEqual([
      [422, `stub:${ids[0]}`],
      [201, 'vendor'],
      [201, 'vendor'],
    ]);
  });

  it('faults still apply in front of stubs; reset clears stubs', async () => {
    await admin('/stubs', { vendor: 'zendesk', path: '/api/v2/users/me*', body: { user: { id: 1 } } });
    await admin('/faults', { vendor: 'zendesk', path: '/api/v2/users/me*', kind: 'status', status: 500, times: 1 });
    expect((await zendesk('/users/me.json')).status).toBe(500);
    expect(await (await zendesk('/users/me.json')).json()).toEqual({ user: { id: 1 } });
    await admin('/reset', {});
    expect((await admin<{ stubs: unknown[] }>('/stubs')).json.stubs).toEqual([]);
  });

  it('refuses bad stubs naming the field', async () => {
    const refusals = await Promise.all(
      [
        [{ path: '/x', status: 200 }, 'vendor is required'],
        [{ vendor: 'zendesk' }, 'path is required'],
        [{ vendor: 'nope', path: '/x' }, 'vendor must be one of'],
        [{ vendor: 'zendesk', path: 'x' }, 'path must start with /'],
        [{ vendor: 'zendesk', path: '/x', status: 99 }, 'status must be at least 100'],
        [{ vendor: 'zendesk', path: '/x', method: 'BREW' }, 'method must be one of'],
        [{ vendor: 'zendesk', path: '/x', headers: { 'a b': 'c' } }, 'headers.a b is not a valid header name'],
        [{ vendor: 'zendesk', path: '/x', headers: { a: 'b\r\nc: d' } }, 'headers.a must be on one line'],
        [{ vendor: 'zendesk', path: '/x', query: { a: 1 } }, 'query.a must be a string'],
        [{ vendor: 'zendesk', path: '/x', times: 0 }, 'times must be at least 1'],
      ].map(async ([body, message]) => {
        const answer = await admin<{ error: string }>('/stubs', body);
        return [answer.status, answer.json.error.startsWith(message as string) ? message : answer.json.error];
      }),
    );
    expect(refusals).toEqual(refusals.map(([, message]) => [400, message]));
  });
});

describe('journal', () => {
  it('keeps request and response headers and bodies, credentials redacted', async () => {
    await send('/goto/oauth/v2/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('id:secret').toString('base64')}` },
      body: 'grant_type=refresh_token&refresh_token=very-secret-refresh',
    });
    await zendesk('/tickets.json', { body: { ticket: { subject: 'Journal me', comment: { body: 'a body' } } } });
    const [token, created] = await journal();
    expect(token!.request.headers.authorization).toBe('Basic [redacted]');
    expect(token!.request.body).toBe('grant_type=refresh_token&refresh_token=%5Bredacted%5D');
    expect(JSON.stringify(token)).not.toContain('very-secret-refresh');

    expect(created!.request.headers.authorization).toBe('Basic [redacted]');
    expect(JSON.parse(created!.request.body)).toEqual({ ticket: { subject: 'Journal me', comment: { body: 'a body' } } });
    expect(created!.response.headers['Content-Type'] ?? created!.response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(created!.response.body).ticket.subject).toBe('Journal me');
    expect(created!.response.truncated).toBe(false);
    expect(JSON.stringify(await journal())).not.toContain(apiToken);
  });

  it('cuts bodies at the cap and says so', async () => {
    const list = await zendesk('/tickets.json?per_page=100');
    const size = (await list.arrayBuffer()).byteLength;
    expect(size).toBeGreaterThan(2048);
    const [entry] = await journal('?path=/api/v2/tickets.json');
    expect(entry!.response).toMatchObject({ bodyBytes: size, truncated: true });
    expect(Buffer.byteLength(entry!.response.body)).toBeLessThanOrEqual(2048 + 8);
  });

  it('filters by vendor, method, path glob and status, keeps the newest `limit`, and counts with verify', async () => {
    await zendesk('/tickets.json');
    await zendesk('/tickets/1.json');
    await zendesk('/tickets/19856122753301.json');
    await zendesk('/users/me.json');
    await send('/bomgar/api/command?action=get_logged_in_reps');
    const paths = (entries: JournalEntry[]): string[] => entries.map((entry) => `${entry.status} ${entry.path}`);

    expect(paths(await journal('?path=/api/v2/tickets/*'))).toEqual(['404 /zendesk/api/v2/tickets/1.json', '200 /zendesk/api/v2/tickets/19856122753301.json']);
    expect(paths(await journal('?path=/zendesk/api/v2/tickets*&status=2xx'))).toEqual(['200 /zendesk/api/v2/tickets.json', '200 /zendesk/api/v2/tickets/19856122753301.json']);
    expect(paths(await journal('?status=404'))).toEqual(['404 /zendesk/api/v2/tickets/1.json']);
    expect((await journal('?vendor=bomgar&method=get')).map((entry) => entry.query)).toEqual(['action=get_logged_in_reps']);
    expect(paths(await journal('?vendor=zendesk&limit=2'))).toEqual(['200 /zendesk/api/v2/tickets/19856122753301.json', '200 /zendesk/api/v2/users/me.json']);

    // "The gateway called Bomgar exactly once".
    expect(await verify({ vendor: 'bomgar' })).toBe(1);
    expect(await verify({ vendor: 'bomgar', query: { action: 'get_logged_in_reps' } })).toBe(1);
    expect(await verify({ vendor: 'zendesk', method: 'GET', path: '/api/v2/tickets*' })).toBe(3);
    expect(await verify({ vendor: 'zendesk', status: '4xx' })).toBe(1);
    expect(await verify({ vendor: 'zendesk', method: 'DELETE' })).toBe(0);
    await zendesk('/tickets.json', { body: { ticket: { subject: 'counted', comment: { body: 'x' } } } });
    expect(await verify({ method: 'POST', requestBody: { ticket: { subject: 'counted' } } })).toBe(1);
    expect(await verify({ method: 'POST', requestBody: 'counted' })).toBe(1);

    expect((await admin<{ error: string }>('/journal?status=abc')).json.error).toMatch(/^status must be/);
    expect((await admin<{ error: string }>('/journal?limit=0')).json.error).toBe('limit must be a positive integer');
    expect((await admin<{ error: string }>('/journal/verify', { vendor: 'nope' })).status).toBe(400);
  });
});

describe('the page at /', () => {
  it('lists vendors, seed, clock, scenario, faults, stubs and the latest requests, without credentials', async () => {
    const fault = (await admin<{ id: string }>('/faults', { vendor: 'goto', path: '/G2M/*', kind: 'status', status: 502 })).json.id;
    const stub = (await admin<{ id: string }>('/stubs', { vendor: 'zendesk', path: '/api/v2/groups*', headers: { 'x-api-key': 'stub-key-value' }, body: [] })).json.id;
    await zendesk('/tickets.json?page%5Bsize%5D=3');
    await send('/bomgar/sites/legacy/api/command.ns?username=simulator-api&password=simulator-api-password&action=get_logged_in_reps');
    const page = await fetch(`${sim.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    for (const text of ['Seed <b>42</b>', 'virtual clock <b>2026-01-05T', 'scenario: <b>none running</b>', '/zendesk', '/ameyo', `<td>${fault}</td>`, '/G2M/*', `<td>${stub}</td>`, '/api/v2/groups*', '/zendesk/api/v2/tickets.json?page%5Bsize%5D=3']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('password=%5Bredacted%5D');
    expect(html).not.toContain('simulator-api-password');
    expect(html).not.toContain('stub-key-value');
    // Only GET and HEAD; anything else at / is the usual 404.
    expect((await fetch(`${sim.url}/`, { method: 'POST' })).status).toBe(404);
  });
});
