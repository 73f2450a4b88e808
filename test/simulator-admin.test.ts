// The simulator's admin API (/_sim): reset, journal, faults, clock, over real HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../simulator/server.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';

type Started = Awaited<ReturnType<typeof startSimulator>>;
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

const AUTH = `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}`;

async function call(base: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(base + path, {
    method,
    headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const json = <T>(a: Answer): T => JSON.parse(a.text) as T;

describe('simulator admin API', () => {
  let sim: Started;
  const admin = (method: string, path: string, body?: unknown): Promise<Answer> => call(sim.url, method, `/_sim${path}`, body);
  const zendesk = (method: string, path: string, body?: unknown): Promise<Answer> => call(sim.url, method, `/zendesk/api/v2${path}`, body);

  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    await admin('POST', '/reset', { seed: 42 });
  });

  describe('reset', () => {
    const snapshot = async (): Promise<string[]> =>
      Promise.all(['/tickets.json?page%5Bsize%5D=100', '/users.json?page=2&per_page=50', '/search.json?query=type:ticket%20status:open'].map(async (p) => (await zendesk('GET', p)).text));

    it('gives byte-identical data for the same seed, even after changes', async () => {
      expect(json(await admin('POST', '/reset', { seed: 7 }))).toEqual({ seed: 7 });
      const before = await snapshot();
      const created = await zendesk('POST', '/tickets.json', { ticket: { subject: 'temporary', comment: { body: 'gone after reset' } } });
      expect(created.status).toBe(201);
      const firstId = json<{ tickets: { id: number }[] }>(await zendesk('GET', '/tickets.json?page%5Bsize%5D=1')).tickets[0]?.id;
      expect((await zendesk('DELETE', `/tickets/${firstId}.json`)).status).toBe(204);
      expect(await snapshot()).not.toEqual(before);

      expect(json(await admin('POST', '/reset', { seed: 7 }))).toEqual({ seed: 7 });
      expect(await snapshot()).toEqual(before);
    });

    it('gives different data for a different seed', async () => {
      await admin('POST', '/reset', { seed: 7 });
      const seven = await snapshot();
      await admin('POST', '/reset', { seed: 8 });
      const eight = await snapshot();
      expect(eight[0]).not.toEqual(seven[0]);
      expect(eight[1]).not.toEqual(seven[1]);
    });

    it('the exported generator is a pure function of the seed', () => {
      expect(JSON.stringify(generateZendeskSeed(42))).toBe(JSON.stringify(generateZendeskSeed(42)));
      expect(JSON.stringify(generateZendeskSeed(43))).not.toBe(JSON.stringify(generateZendeskSeed(42)));
      const data = generateZendeskSeed(42);
      expect(data.tickets).toHaveLength(300);
      expect(data.users.find((u) => u.email === 'agent@switchboard.test')?.role).toBe('agent');
      expect(data.users.find((u) => u.email === 'admin@switchboard.test')?.role).toBe('admin');
    });

    it('clears faults and journal and rewinds the clock', async () => {
      await admin('POST', '/faults', { vendor: 'zendesk', kind: 'status', status: 500 });
      await zendesk('GET', '/tickets.json');
      await admin('POST', '/clock', { advanceMs: 3_600_000 });
      await admin('POST', '/reset', { seed: 42 });
      expect(json<{ faults: unknown[] }>(await admin('GET', '/faults')).faults).toEqual([]);
      expect(json<{ entries: unknown[] }>(await admin('GET', '/journal')).entries).toEqual([]);
      expect((await zendesk('GET', '/tickets.json')).status).toBe(200);
      const { now } = json<{ now: string }>(await admin('GET', '/clock'));
      expect(Date.parse(now) - Date.parse('2026-01-05T09:00:00Z')).toBeLessThan(60_000);
    });
  });

  describe('journal', () => {
    it('records vendor requests oldest first, with the full path and raw query, and not admin calls', async () => {
      await admin('DELETE', '/journal');
      await zendesk('GET', '/tickets.json?page%5Bsize%5D=2');
      await zendesk('GET', '/tickets/1.json');
      await zendesk('POST', '/users.json', { user: {} });
      await admin('GET', '/clock');
      const { entries } = json<{ entries: Record<string, unknown>[] }>(await admin('GET', '/journal?vendor=zendesk'));
      expect(entries.map((e) => [e.method, e.path, e.query, e.status])).toEqual([
        ['GET', '/zendesk/api/v2/tickets.json', 'page%5Bsize%5D=2', 200],
        ['GET', '/zendesk/api/v2/tickets/1.json', '', 404],
        ['POST', '/zendesk/api/v2/users.json', '', 422],
      ]);
      for (const entry of entries) {
        expect(Object.keys(entry).sort()).toEqual(['at', 'durationMs', 'method', 'path', 'query', 'request', 'response', 'seq', 'servedBy', 'status', 'vendor']);
        expect(entry.vendor).toBe('zendesk');
        expect(typeof entry.durationMs).toBe('number');
        expect(String(entry.at)).toMatch(/^2026-01-05T09:0\d:\d\d\.\d{3}Z$/);
      }
    });

    it('clears with DELETE (204)', async () => {
      await zendesk('GET', '/users/me.json');
      const cleared = await admin('DELETE', '/journal');
      expect(cleared.status).toBe(204);
      expect(cleared.text).toBe('');
      expect(json<{ entries: unknown[] }>(await admin('GET', '/journal')).entries).toEqual([]);
    });

    it('keeps only the newest entries past its cap', async () => {
      const small = await startSimulator({ journalLimit: 3 });
      try {
        for (let n = 1; n <= 5; n++) await call(small.url, 'GET', `/zendesk/api/v2/users/me.json?n=${n}`);
        const { entries } = json<{ entries: { query: string }[] }>(await call(small.url, 'GET', '/_sim/journal'));
        expect(entries.map((e) => e.query)).toEqual(['n=3', 'n=4', 'n=5']);
      } finally {
        await small.close();
      }
    });
  });

  describe('faults', () => {
    it('status 429 with retryAfter answers Retry-After and the vendor 429 body, then stops after `times`', async () => {
      const added = await admin('POST', '/faults', { vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'status', status: 429, retryAfter: 2, times: 1 });
      expect(added.status).toBe(201);
      expect(json<{ id: string }>(added).id).toEqual(expect.any(String));
      const limited = await zendesk('GET', '/tickets/19856122753301.json');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('2');
      // The vendor's own 429 body, not the generic JSON error.
      expect(limited.headers.get('content-type')).toMatch(/^text\//);
      const after = await zendesk('GET', '/tickets.json');
      expect(after.status).toBe(200);
      expect(after.headers.get('retry-after')).toBeNull();
      const statuses = json<{ entries: { status: number }[] }>(await admin('GET', '/journal')).entries.map((e) => e.status);
      expect(statuses).toEqual([429, 200]);
    });

    it('status without a body answers the vendor error body; with a body, that body', async () => {
      await admin('POST', '/faults', { path: '/api/v2/users/me', kind: 'status', status: 500, times: 1 });
      const vendorBody = await zendesk('GET', '/users/me.json');
      expect(vendorBody.status).toBe(500);
      expect(json<{ error: string }>(vendorBody).error).toBe('InternalServerError');
      await admin('POST', '/faults', { vendor: 'zendesk', kind: 'status', status: 503, body: 'down for maintenance', times: 1 });
      const custom = await zendesk('GET', '/users/me.json');
      expect([custom.status, custom.text]).toEqual([503, 'down for maintenance']);
    });

    it('only hits matching paths (a glob without .json matches requests with it)', async () => {
      await admin('POST', '/faults', { vendor: 'zendesk', path: '/api/v2/users*', kind: 'status', status: 502 });
      expect((await zendesk('GET', '/tickets.json')).status).toBe(200);
      expect((await zendesk('GET', '/users/me.json')).status).toBe(502);
      expect((await zendesk('GET', '/users/show_many.json?ids=1')).status).toBe(502);
    });

    it('latency delays the answer without blocking other requests', async () => {
      await admin('POST', '/faults', { vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'latency', latencyMs: 300 });
      const started = performance.now();
      const slow = zendesk('GET', '/tickets.json').then((a) => ({ which: 'slow', a, ms: performance.now() - started }));
      const fast = zendesk('GET', '/users/me.json').then((a) => ({ which: 'fast', a, ms: performance.now() - started }));
      expect((await Promise.race([slow, fast])).which).toBe('fast');
      const done = await slow;
      expect(done.a.status).toBe(200);
      expect(done.ms).toBeGreaterThanOrEqual(290);
    });

    it('a pending latency is cancelled when the simulator closes', async () => {
      const other = await startSimulator();
      await call(other.url, 'POST', '/_sim/faults', { kind: 'latency', latencyMs: 600_000 });
      const pending = call(other.url, 'GET', '/zendesk/api/v2/tickets.json').then(
        () => 'answered',
        () => 'dropped',
      );
      // Wait until the request has reached the fault (each loop turn is one admin round trip).
      for (;;) {
        const { faults } = json<{ faults: { hits: number }[] }>(await call(other.url, 'GET', '/_sim/faults'));
        if (faults[0]?.hits === 1) break;
      }
      await other.close();
      expect(await pending).toBe('dropped');
    });

    it('reset drops the connection without a response (journaled as status 0)', async () => {
      await admin('POST', '/faults', { vendor: 'zendesk', kind: 'reset', times: 1 });
      await expect(zendesk('GET', '/tickets.json')).rejects.toThrow();
      expect((await zendesk('GET', '/tickets.json')).status).toBe(200);
      const { entries } = json<{ entries: { status: number }[] }>(await admin('GET', '/journal'));
      expect(entries.map((e) => e.status)).toEqual([0, 200]);
    });

    it('malformed answers 200 with invalid JSON under the JSON content type', async () => {
      await admin('POST', '/faults', { vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'malformed', times: 1 });
      const bad = await zendesk('GET', '/tickets.json');
      expect(bad.status).toBe(200);
      expect(bad.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(bad.text.length).toBeGreaterThan(0);
      expect(() => JSON.parse(bad.text)).toThrow();
    });

    it('rate hits a deterministic share of requests (same seed, same pattern)', async () => {
      const pattern = async (): Promise<number[]> => {
        await admin('POST', '/reset', { seed: 42 });
        await admin('POST', '/faults', { vendor: 'zendesk', kind: 'status', status: 500, rate: 0.5 });
        const out: number[] = [];
        for (let i = 0; i < 30; i++) out.push((await zendesk('GET', '/users/me.json')).status);
        return out;
      };
      const first = await pattern();
      expect(first).toContain(500);
      expect(first).toContain(200);
      expect(await pattern()).toEqual(first);
    });

    it('lists, removes one, and clears', async () => {
      const a = json<{ id: string }>(await admin('POST', '/faults', { kind: 'status', status: 500 })).id;
      const b = json<{ id: string }>(await admin('POST', '/faults', { kind: 'latency', latencyMs: 5 })).id;
      expect(json<{ faults: { id: string }[] }>(await admin('GET', '/faults')).faults.map((f) => f.id)).toEqual([a, b]);
      expect((await admin('DELETE', `/faults/${a}`)).status).toBe(204);
      expect((await admin('DELETE', `/faults/${a}`)).status).toBe(404);
      expect(json<{ faults: { id: string }[] }>(await admin('GET', '/faults')).faults.map((f) => f.id)).toEqual([b]);
      expect((await admin('DELETE', '/faults')).status).toBe(204);
      expect(json<{ faults: unknown[] }>(await admin('GET', '/faults')).faults).toEqual([]);
      expect((await zendesk('GET', '/users/me.json')).status).toBe(200);
    });
  });

  describe('clock', () => {
    it('advances, and timestamps the simulator writes follow it', async () => {
      const before = Date.parse(json<{ now: string }>(await admin('GET', '/clock')).now);
      expect(before).toBeGreaterThanOrEqual(Date.parse('2026-01-05T09:00:00Z'));
      const advanced = await admin('POST', '/clock', { advanceMs: 86_400_000 });
      expect(advanced.status).toBe(200);
      const after = Date.parse(json<{ now: string }>(advanced).now);
      expect(after - before).toBeGreaterThanOrEqual(86_400_000);
      expect(after - before).toBeLessThan(86_400_000 + 60_000);
      const created = json<{ ticket: { created_at: string; updated_at: string } }>(
        await zendesk('POST', '/tickets.json', { ticket: { subject: 'clocked', comment: { body: 'tomorrow' } } }),
      ).ticket;
      expect(created.created_at).toMatch(/^2026-01-06T09:0\d:\d\dZ$/);
      expect(created.updated_at).toBe(created.created_at);
    });
  });

  describe('bad input', () => {
    it.each([
      ['POST', '/reset', { seed: 'forty-two' }, 'seed'],
      ['POST', '/reset', '{not json', 'body'],
      ['POST', '/faults', { kind: 'explode' }, 'kind'],
      ['POST', '/faults', { kind: 'status', status: 99 }, 'status'],
      ['POST', '/faults', { kind: 'latency' }, 'latencyMs'],
      ['POST', '/faults', { kind: 'reset', vendor: 'nobody' }, 'vendor'],
      ['POST', '/faults', { kind: 'reset', rate: 2 }, 'rate'],
      ['POST', '/faults', { kind: 'reset', times: 0 }, 'times'],
      ['POST', '/faults', { kind: 'reset', path: 'api/v2' }, 'path'],
      ['POST', '/faults', { kind: 'status', retryAfter: 'soon' }, 'retryAfter'],
      ['POST', '/clock', {}, 'advanceMs'],
      ['POST', '/clock', { advanceMs: -5 }, 'advanceMs'],
      ['POST', '/clock', { advanceMs: 1e300 }, 'advanceMs'],
      ['GET', '/journal?vendor=nobody', undefined, 'vendor'],
    ])('%s %s %j → 400 naming %s', async (method, path, body, field) => {
      const answer = await admin(method, path, body);
      expect(answer.status).toBe(400);
      expect(json<{ error: string }>(answer).error).toContain(field);
    });

    it('unknown admin routes are 404', async () => {
      expect((await admin('GET', '/nothing')).status).toBe(404);
    });
  });
});
