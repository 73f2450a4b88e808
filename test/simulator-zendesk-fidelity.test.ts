// The Zendesk simulator's bulk jobs, OAuth grant flows and scopes, search export, side-loads,
// counts and path handling, over raw HTTP (the client suites cover the happy paths).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../simulator/server.js';

type Json = Record<string, unknown>;
const AGENT = `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}`;
const CLIENT = { identifier: 'switchboard_simulator', secret: 'simulator-oauth-secret' };

describe('Zendesk simulator fidelity', () => {
  // One simulator for the file (no reset between tests: each test reads only what it wrote, and the
  // clock only moves forward).
  let started: Awaited<ReturnType<typeof startSimulator>>;
  const simulator = (): typeof started => started;
  beforeAll(async () => {
    started = await startSimulator({ seed: 42 });
  });
  afterAll(async () => {
    await started.close();
  });
  const call = async (path: string, init: { method?: string; auth?: string; body?: unknown } = {}): Promise<{ status: number; json: Json; headers: Headers }> => {
    const res = await fetch(`${simulator().url}/zendesk${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: init.auth ?? AGENT, 'Content-Type': 'application/json' },
      redirect: 'manual',
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await res.text();
    return { status: res.status, json: text.startsWith('{') ? (JSON.parse(text) as Json) : {}, headers: res.headers };
  };
  const advance = async (advanceMs: number): Promise<void> => {
    await fetch(`${simulator().url}/_sim/clock`, { method: 'POST', body: JSON.stringify({ advanceMs }) });
  };

  it('treats repeated slashes as one, as zendesk-node-api sends every call (/api/v2//tickets.json)', async () => {
    expect((await call('/api/v2//tickets.json')).status).toBe(200);
    expect(((await call('//api/v2//users/me.json')).json.user as Json).email).toBe('agent@switchboard.test');
    const created = await call('/api/v2//tickets.json', { method: 'POST', body: { ticket: { subject: 'Slashes', comment: { body: 'Two of them.' } } } });
    expect(created.status).toBe(201);
    expect((created.json.ticket as Json).url).not.toContain('//api');
  });

  describe('bulk jobs', () => {
    it('a failed item is a failed result and the others go on; unknown jobs are 404; more than 100 items is 400', async () => {
      const queued = await call('/api/v2/tickets/create_many.json', {
        method: 'POST',
        body: { tickets: [{ subject: 'Fine', comment: { body: 'ok' } }, { subject: 'No body' }] },
      });
      expect(queued.status).toBe(200);
      const job = queued.json.job_status as Json;
      await advance(10_000);
      const done = (await call(`/api/v2/job_statuses/${String(job.id)}.json`)).json.job_status as Json;
      expect(done.status).toBe('completed');
      expect(done.message).toMatch(/^Completed at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000$/);
      const [ok, bad] = done.results as Json[];
      expect(ok).toEqual({ index: 0, id: expect.any(Number) });
      expect(bad).toEqual({ index: 1, action: 'create', success: false, error: 'RecordInvalid', details: 'Description: cannot be blank' });
      expect((await call('/api/v2/job_statuses/0123456789abcdef0123456789abcdef.json')).status).toBe(404);
      const tooMany = Array.from({ length: 101 }, () => ({ subject: 'x', comment: { body: 'y' } }));
      expect((await call('/api/v2/tickets/create_many.json', { method: 'POST', body: { tickets: tooMany } })).status).toBe(400);
    });

    it('does the work only as the clock passes: a queued create has created nothing yet', async () => {
      const before = ((await call('/api/v2/tickets/count.json')).json.count as Json).value as number;
      await call('/api/v2/tickets/create_many.json', { method: 'POST', body: { tickets: [{ subject: 'Later', comment: { body: 'soon' } }] } });
      expect(((await call('/api/v2/tickets/count.json')).json.count as Json).value).toBe(before);
      await advance(3_500);
      expect(((await call('/api/v2/tickets/count.json')).json.count as Json).value).toBe(before + 1);
    });
  });

  describe('OAuth', () => {
    const grant = async (body: Json): Promise<{ status: number; json: Json }> => {
      const res = await fetch(`${simulator().url}/zendesk/oauth/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, json: (await res.json()) as Json };
    };
    const authorize = async (extra: Record<string, string>): Promise<URL> => {
      const query = new URLSearchParams({ response_type: 'code', client_id: CLIENT.identifier, redirect_uri: 'https://app.example/callback', scope: 'read write', state: 's1', ...extra });
      const res = await fetch(`${simulator().url}/zendesk/oauth/authorizations/new?${query}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      return new URL(res.headers.get('location') ?? '');
    };

    it('authorization code with PKCE: a code works once; the token is a bearer the API accepts', async () => {
      const verifier = 'a-verifier-of-at-least-forty-three-characters-long';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const back = await authorize({ code_challenge: challenge, code_challenge_method: 'S256' });
      expect(back.origin + back.pathname).toBe('https://app.example/callback');
      expect(back.searchParams.get('state')).toBe('s1');
      const code = back.searchParams.get('code') ?? '';
      const exchange = { grant_type: 'authorization_code', code, client_id: CLIENT.identifier, redirect_uri: 'https://app.example/callback', code_verifier: verifier };
      const issued = await grant(exchange);
      expect(issued.status).toBe(201);
      expect(issued.json).toMatchObject({ token_type: 'bearer', scope: 'read write', expires_in: null, refresh_token: expect.any(String), refresh_token_expires_in: 2_592_000 });
      const me = await call('/api/v2/users/me.json', { auth: `Bearer ${String(issued.json.access_token)}` });
      expect((me.json.user as Json).email).toBe('agent@switchboard.test');
      expect((await grant(exchange)).json.error).toBe('invalid_grant');
      const wrongVerifier = await grant({ ...exchange, code: (await authorize({ code_challenge: challenge })).searchParams.get('code'), code_verifier: 'not-it' });
      expect(wrongVerifier).toMatchObject({ status: 401, json: { error: 'invalid_client' } });
    });

    it('an access token with expires_in stops working on the virtual clock; the refresh token rotates it', async () => {
      const code = (await authorize({})).searchParams.get('code');
      const first = await grant({
        grant_type: 'authorization_code',
        code,
        client_id: CLIENT.identifier,
        client_secret: CLIENT.secret,
        redirect_uri: 'https://app.example/callback',
        expires_in: 600,
      });
      expect(first.json.expires_in).toBe(600);
      const bearer = `Bearer ${String(first.json.access_token)}`;
      expect((await call('/api/v2/tickets/count.json', { auth: bearer })).status).toBe(200);
      await advance(601_000);
      expect((await call('/api/v2/tickets/count.json', { auth: bearer })).status).toBe(401);
      const refresh = { grant_type: 'refresh_token', refresh_token: first.json.refresh_token, client_id: CLIENT.identifier, client_secret: CLIENT.secret };
      const second = await grant(refresh);
      expect(second.status).toBe(201);
      expect((await call('/api/v2/tickets/count.json', { auth: `Bearer ${String(second.json.access_token)}` })).status).toBe(200);
      expect((await grant(refresh)).json.error).toBe('invalid_grant');
      expect((await grant({ ...refresh, grant_type: 'password' })).json.error).toBe('unsupported_grant_type');
    });

    it('a read-only token reads and is refused writes with the Forbidden body', async () => {
      const code = (await authorize({ scope: 'read' })).searchParams.get('code');
      const issued = await grant({ grant_type: 'authorization_code', code, client_id: CLIENT.identifier, client_secret: CLIENT.secret, redirect_uri: 'https://app.example/callback' });
      const bearer = `Bearer ${String(issued.json.access_token)}`;
      expect((await call('/api/v2/tickets.json', { auth: bearer })).status).toBe(200);
      const write = await call('/api/v2/tickets.json', { method: 'POST', auth: bearer, body: { ticket: { comment: { body: 'x' } } } });
      expect(write.status).toBe(403);
      expect((write.json.error as Json).title).toBe('Forbidden');
    });

    it('only admins create tokens through the API', async () => {
      const answer = await call('/api/v2/oauth/tokens.json', { method: 'POST', body: { token: { client_id: 360000120301, scopes: ['read'] } } });
      expect(answer.status).toBe(403);
    });
  });

  describe('reads', () => {
    it('search export wants filter[type] and no type: in the query; its last page has no next link', async () => {
      expect((await call('/api/v2/search/export.json?query=status%3Aopen')).status).toBe(400);
      expect((await call('/api/v2/search/export.json?query=type%3Aticket&filter%5Btype%5D=ticket')).status).toBe(400);
      const page = await call('/api/v2/search/export.json?query=status%3Aopen&filter%5Btype%5D=ticket&page%5Bsize%5D=1000');
      expect(page.json).toMatchObject({ facets: null, meta: { has_more: false, before_cursor: null }, links: { prev: null, next: null } });
      expect(page.json).not.toHaveProperty('count');
      const first = await call('/api/v2/search/export.json?query=status%3Aopen&filter%5Btype%5D=ticket&page%5Bsize%5D=2');
      expect(first.json.meta).toMatchObject({ has_more: true });
      const next = String((first.json.links as Json).next);
      expect(next).toContain('filter%5Btype%5D=ticket');
      const second = await fetch(next, { headers: { Authorization: AGENT } });
      const ids = ((await second.json()) as { results: Json[] }).results.map((r) => r.id);
      expect(ids).toEqual((page.json.results as Json[]).slice(2, 4).map((r) => r.id));
    });

    it('side-loads only what include= names', async () => {
      const plain = await call('/api/v2/tickets.json?per_page=5');
      expect(plain.json).not.toHaveProperty('users');
      const loaded = await call('/api/v2/tickets.json?per_page=5&include=users,groups,organizations');
      const requesterIds = (loaded.json.tickets as Json[]).map((t) => t.requester_id);
      expect((loaded.json.users as Json[]).map((u) => u.id)).toEqual(expect.arrayContaining(requesterIds));
      expect(loaded.json.organizations).toEqual([]);
      expect(Array.isArray(loaded.json.groups)).toBe(true);
    });

    it('counts answer {"count":{"value","refreshed_at"}}, not a ticket lookup', async () => {
      for (const path of ['/api/v2/tickets/count.json', '/api/v2/users/count.json', '/api/v2/organizations/count.json', '/api/v2/groups/count.json']) {
        const answer = await call(path);
        expect(answer.status, path).toBe(200);
        expect(answer.json.count, path).toEqual({ value: expect.any(Number), refreshed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
      }
    });
  });
});
