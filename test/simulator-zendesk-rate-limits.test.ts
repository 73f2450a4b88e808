// The Zendesk simulator's rate limits: the account budget and its headers, and the per-endpoint
// budgets of List Tickets and the incremental exports, all in windows of the virtual clock.
import { describe, expect, it } from 'vitest';
import { useFreshSimulator } from './support/fresh-simulator.js';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

const AGENT = `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}`;

describe('Zendesk simulator rate limits', () => {
  const simulator = useFreshSimulator(42);
  const api = async (path: string, auth: string = AGENT): Promise<Answer> => {
    const res = await fetch(`${simulator().url}/zendesk${path}`, { headers: { Authorization: auth } });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const advance = async (advanceMs: number): Promise<void> => {
    await fetch(`${simulator().url}/_sim/clock`, { method: 'POST', body: JSON.stringify({ advanceMs }) });
  };
  /** `total=100; remaining=99; resets=41` as numbers. */
  const budget = (value: string | null): { total: number; remaining: number; resets: number } => {
    const m = /^total=(\d+); remaining=(\d+); resets=(\d+)$/.exec(value ?? '');
    expect(m, `header value ${value}`).not.toBeNull();
    return { total: Number(m?.[1]), remaining: Number(m?.[2]), resets: Number(m?.[3]) };
  };


  describe('account limit', () => {
    it('every response carries X-Rate-Limit and a falling X-Rate-Limit-Remaining, Retry-After only on 429', async () => {
      const a = await api('/api/v2/users/me.json');
      const b = await api('/api/v2/tickets/1.json');
      const c = await api('/api/v2/tickets.json', 'Bearer nope');
      expect([a.status, b.status, c.status]).toEqual([200, 404, 401]);
      expect([a, b, c].map((x) => x.headers.get('x-rate-limit'))).toEqual(['700', '700', '700']);
      expect([a, b, c].map((x) => x.headers.get('x-rate-limit-remaining'))).toEqual(['699', '698', '697']);
      expect([a, b, c].map((x) => x.headers.get('retry-after'))).toEqual([null, null, null]);
    });

    it('also sends ratelimit-limit, ratelimit-remaining and ratelimit-reset (seconds to the window end, virtual clock)', async () => {
      const first = await api('/api/v2/users/me.json');
      expect(first.headers.get('ratelimit-limit')).toBe('700');
      expect(first.headers.get('ratelimit-remaining')).toBe('699');
      const reset = Number(first.headers.get('ratelimit-reset'));
      expect(reset).toBeGreaterThanOrEqual(1);
      expect(reset).toBeLessThanOrEqual(60);
      await advance((reset - 10) * 1000);
      const later = await api('/api/v2/users/me.json');
      expect(Number(later.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(10);
      expect(later.headers.get('ratelimit-remaining')).toBe('698');
      await advance(10_000);
      const refilled = await api('/api/v2/users/me.json');
      expect(refilled.headers.get('ratelimit-remaining')).toBe('699');
    });

    it('answers 429 with Retry-After and the plain-text body once the minute is spent; the next minute refills', async () => {
      for (let batch = 0; batch < 14; batch++) {
        const answers = await Promise.all(Array.from({ length: 50 }, () => api('/api/v2/users/me.json')));
        expect(answers.every((x) => x.status === 200)).toBe(true);
      }
      const limited = await api('/api/v2/users/me.json');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toContain('text/plain');
      expect(limited.text).toBe('Number of allowed API requests per minute exceeded');
      expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
      expect(limited.headers.get('ratelimit-remaining')).toBe('0');
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.headers.get('ratelimit-reset')).toBe(String(retryAfter));
      await advance(retryAfter * 1000);
      const refilled = await api('/api/v2/users/me.json');
      expect(refilled.status).toBe(200);
      expect(refilled.headers.get('x-rate-limit-remaining')).toBe('699');
    });
  });

  describe('List Tickets (tickets-index)', () => {
    it('carries zendesk-ratelimit-tickets-index on list tickets only', async () => {
      const list = await api('/api/v2/tickets.json?page%5Bsize%5D=1');
      expect(budget(list.headers.get('zendesk-ratelimit-tickets-index'))).toMatchObject({ total: 100, remaining: 99 });
      // Same window as the account's (read a moment apart, so allow a second's difference).
      const resets = budget(list.headers.get('zendesk-ratelimit-tickets-index')).resets;
      expect(Math.abs(resets - Number(list.headers.get('ratelimit-reset')))).toBeLessThanOrEqual(1);
      expect((await api('/api/v2/tickets.json?page=2')).headers.get('zendesk-ratelimit-tickets-index')).toMatch(/remaining=98;/);
      for (const path of ['/api/v2/users/me.json', '/api/v2/search.json?query=type:ticket', '/api/v2/tickets/show_many.json?ids=1']) {
        expect((await api(path)).headers.get('zendesk-ratelimit-tickets-index'), path).toBeNull();
      }
    });

    it('answers the 101st list of a minute with 429 and Retry-After; other endpoints still answer; the next minute refills', async () => {
      for (let batch = 0; batch < 4; batch++) {
        const answers = await Promise.all(Array.from({ length: 25 }, () => api('/api/v2/tickets.json?page%5Bsize%5D=1')));
        expect(answers.map((x) => x.status)).toEqual(Array(25).fill(200));
      }
      const limited = await api('/api/v2/tickets.json?page%5Bsize%5D=1');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toContain('text/plain');
      const header = budget(limited.headers.get('zendesk-ratelimit-tickets-index'));
      expect(header).toMatchObject({ total: 100, remaining: 0 });
      expect(Number(limited.headers.get('retry-after'))).toBe(header.resets);
      // The account budget is far from spent.
      expect(Number(limited.headers.get('x-rate-limit-remaining'))).toBeGreaterThan(500);
      expect((await api('/api/v2/users/me.json')).status).toBe(200);

      await advance(header.resets * 1000);
      const refilled = await api('/api/v2/tickets.json?page%5Bsize%5D=1');
      expect(refilled.status).toBe(200);
      expect(budget(refilled.headers.get('zendesk-ratelimit-tickets-index')).remaining).toBe(99);
    });
  });

  describe('incremental exports', () => {
    it('allow 10 requests a minute across both exports, then 429 with Retry-After; the next minute refills', async () => {
      const paths = ['/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=1', '/api/v2/incremental/tickets.json?start_time=0&per_page=1'];
      for (let n = 0; n < 10; n++) {
        const answer = await api(paths[n % 2] ?? '');
        expect(answer.status).toBe(200);
        expect(budget(answer.headers.get('zendesk-ratelimit-incremental-exports'))).toMatchObject({ total: 10, remaining: 9 - n });
      }
      const limited = await api(paths[0] ?? '');
      expect(limited.status).toBe(429);
      const header = budget(limited.headers.get('zendesk-ratelimit-incremental-exports'));
      expect(header).toMatchObject({ total: 10, remaining: 0 });
      expect(Number(limited.headers.get('retry-after'))).toBe(header.resets);
      // Unlike the account's, the exports' 429 is JSON.
      expect(limited.headers.get('content-type')).toContain('application/json');
      expect(JSON.parse(limited.text)).toEqual({ error: 'APIRateLimitExceeded', description: 'Number of allowed incremental export API requests per minute exceeded' });
      expect((await api('/api/v2/incremental/users/cursor.json?start_time=0')).status).toBe(429);
      expect((await api('/api/v2/tickets/show_many.json?ids=1')).status).toBe(200);

      await advance(header.resets * 1000);
      const refilled = await api(paths[1] ?? '');
      expect(refilled.status).toBe(200);
      expect(budget(refilled.headers.get('zendesk-ratelimit-incremental-exports')).remaining).toBe(9);
    });
  });
});
