import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { readIndexMarks, sessionLinks, writeSessionIndex, type IndexedSession } from '../store/session-links.js';
import type { SupportSession } from '../domain/support.js';

/** The link index's writes on both databases: newer observations win, records follow keys, the watermark only grows. */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, 0) + minute * 60_000);
const session = (id: string, minute: number, fields: Partial<IndexedSession> = {}): IndexedSession => ({
  vendor: 'bomgar',
  vendorId: id,
  startedAt: at(minute).toISOString(),
  endedAt: at(minute + 10).toISOString(),
  status: 'ENDED',
  agentId: '7',
  externalKey: null,
  ...fields,
});
const record = (id: string, externalKey: string | null) => ({ vendor: 'bomgar', vendorId: id, status: 'ENDED', externalKey }) as SupportSession;

function describeStore(label: string, open: () => Promise<{ store: Store; dispose: () => Promise<void> }>): void {
  describe(label, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await open());
      await store.migrate();
    });
    afterAll(() => dispose?.());
    const row = async (id: string) => (await sessionLinks(store.fork(), { sessions: [{ vendor: 'bomgar', vendorId: id }] }))[0];

    it('keeps the newest observation of a session, whatever order writers finish in', async () => {
      await writeSessionIndex(store.fork(), { vendor: 'bomgar', sessions: [session('a', 0, { externalKey: '1' })], observedAt: at(100), source: 'gateway' });
      await writeSessionIndex(store.fork(), { vendor: 'bomgar', sessions: [session('a', 0, { externalKey: '2' })], observedAt: at(90), source: 'listing' });
      expect(await row('a')).toMatchObject({ externalKey: '1', source: 'gateway' });
      await writeSessionIndex(store.fork(), { vendor: 'bomgar', sessions: [session('a', 0, { externalKey: '3' })], observedAt: at(110), source: 'push' });
      expect(await row('a')).toMatchObject({ externalKey: '3', source: 'push' });
      expect((await sessionLinks(store.fork(), { externalKeys: ['3'] })).map((link) => link.sessionId)).toEqual(['a']);
    });

    it('keeps an ended session’s record while its key stays, and drops it when the key changes', async () => {
      await writeSessionIndex(store.fork(), { vendor: 'bomgar', sessions: [{ ...session('b', 0, { externalKey: '5' }), record: record('b', '5') }], observedAt: at(100), source: 'listing' });
      await writeSessionIndex(store.fork(), { vendor: 'bomgar', sessions: [session('b', 0, { externalKey: '5', agentId: '8' })], observedAt: at(101), source: 'listing' });
      expect(JSON.parse((await row('b'))!.record!)).toMatchObject({ vendorId: 'b', externalKey: '5' });
      await writeSessionIndex(store.fork(), { vendor: 'bomgar', sessions: [session('b', 0, { externalKey: '6' })], observedAt: at(102), source: 'gateway' });
      expect(await row('b')).toMatchObject({ externalKey: '6', record: null });
    });

    it('moves the watermark as far as listings prove, never back, and not across a gap', async () => {
      const listed = (from: number, to: number, sessions: IndexedSession[], minute: number) =>
        writeSessionIndex(store.fork(), { vendor: 'gotoassist', sessions: sessions.map((s) => ({ ...s, vendor: 'gotoassist' })), observedAt: at(minute), source: 'listing', listed: { from: at(from), to: at(to) } });
      await listed(0, 500, [session('c', 10), session('d', 40, { status: 'ACTIVE', endedAt: null }), session('e', 60)], 200);
      expect((await readIndexMarks(store.fork())).get('gotoassist')).toEqual({ from: at(0), to: at(40) });
      // The running session ended: the next listing, from the watermark, moves it to the newest start less a minute.
      await listed(40, 500, [session('d', 40), session('e', 60)], 201);
      expect((await readIndexMarks(store.fork())).get('gotoassist')).toEqual({ from: at(0), to: at(59) });
      await listed(80, 500, [session('f', 90)], 202);
      expect((await readIndexMarks(store.fork())).get('gotoassist')).toEqual({ from: at(0), to: at(59) });
      await listed(-30, 0, [], 203);
      expect((await readIndexMarks(store.fork())).get('gotoassist')).toEqual({ from: at(-30), to: at(59) });
    });

    it('writes a listing repeated word for word once, until one can move the watermark', async () => {
      const statements: string[] = [];
      const knex = store.orm.em.getConnection().getKnex();
      const seen = (query: { sql: string }) => statements.push(query.sql);
      knex.on('query', seen);
      try {
        const open = (minute: number) => session('r', 200, { vendor: 'gotoassist', status: 'ACTIVE', endedAt: null, externalKey: '9', agentId: `${minute}` });
        const listed = (sessions: IndexedSession[], minute: number) =>
          writeSessionIndex(store.fork(), { vendor: 'gotoassist', sessions, observedAt: at(minute), source: 'listing', listed: { from: at(59), to: at(500) } });
        await listed([open(1)], 300);
        expect(statements.some((sql) => /^insert/i.test(sql))).toBe(true);
        // The same listing again, a minute later: the store is not even read.
        statements.length = 0;
        await listed([open(1)], 301);
        expect(statements).toEqual([]);
        // Another word (the agent changed): read, and written.
        await listed([open(2)], 302);
        expect(statements.some((sql) => /^insert/i.test(sql))).toBe(true);
        expect((await sessionLinks(store.fork(), { sessions: [{ vendor: 'gotoassist', vendorId: 'r' }] }))[0]).toMatchObject({ agentId: '2' });
        // The running session ended: the same words cannot hold the watermark back any more, so it moves.
        await listed([{ ...open(2), status: 'ENDED', endedAt: at(210).toISOString() }, session('s', 260, { vendor: 'gotoassist' })], 303);
        expect((await readIndexMarks(store.fork())).get('gotoassist')).toEqual({ from: at(-30), to: at(259) });
      } finally {
        knex.off('query', seen);
      }
    });
  });
}

describeStore('SQLite :memory:', async () => {
  const store = await openStore({ databaseUrl: ':memory:' });
  return { store, dispose: () => store.close() };
});

describeStore('PostgreSQL', async () => {
  const schema = `session_links_${randomBytes(6).toString('hex')}`;
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('schema', schema);
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    store,
    async dispose() {
      await store.orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
      await store.close();
    },
  };
});
