import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { addLink, linksFrom } from '../store/vendor-links.js';
import { createStoreReadCache, type StoreReadCache } from '../store/read-cache.js';

/**
 * Store reads shared across requests (store/read-cache.ts) on both databases: a read is answered
 * again only while nothing was written since, by this store or by another connection (another
 * gateway, `switchboard sync`); what a read in flight missed is not kept. `gateway` is the store
 * the cache belongs to; `other` another connection to the same database, as another process has.
 */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let ticketNumber = 0;

function describeStores(label: string, open: () => Promise<{ gateway: Store; other: Store; dispose: () => Promise<void> }>, options: { quiet: boolean }): void {
  describe(label, () => {
    let gateway: Store;
    let other: Store;
    let dispose: () => Promise<void>;
    let cache: StoreReadCache;
    beforeAll(async () => {
      ({ gateway, other, dispose } = await open());
      await gateway.migrate();
      cache = createStoreReadCache(gateway, { maxRows: 2 });
    });
    afterAll(() => dispose?.());

    /** A ticket's links through the cache, as a request that read the version just now; counts the reads that reached the database. */
    const reader = (ticket: string) => {
      const state = { reads: 0 };
      const read = async () => {
        const version = await cache.version();
        expect(version).not.toBeNull();
        return cache.read(version, `links of ${ticket}`, async () => {
          state.reads++;
          return (await linksFrom(gateway.fork(), { vendor: 'zendesk', type: 'Ticket', ids: [ticket] })).get(ticket)!.map((link) => link.toId);
        }, (ids) => ids.length);
      };
      return { read, state };
    };
    const link = (store: Store, ticket: string, session: string) =>
      addLink(store.fork(), { fromVendor: 'zendesk', fromType: 'Ticket', fromId: ticket, toVendor: 'bomgar', toType: 'SupportSession', toId: session, relation: 'ticket-support-session' });

    it('reads again once this store wrote, and once another connection committed', async () => {
      const ticket = `t${++ticketNumber}`;
      const { read, state } = reader(ticket);
      expect(await read()).toEqual([]);
      await link(gateway, ticket, 'a');
      expect(await read()).toEqual(['a']);
      await link(other, ticket, 'b');
      expect(await read()).toEqual(['a', 'b']);
      expect(Object.isFrozen(await read())).toBe(true);
      if (options.quiet) expect(state.reads).toBe(3);
    });

    it('keeps nothing a read missed because a write landed while it ran', async () => {
      const ticket = `t${++ticketNumber}`;
      const version = await cache.version();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const stale = cache.read(version, `links of ${ticket}`, async () => {
        const ids = (await linksFrom(gateway.fork(), { vendor: 'zendesk', type: 'Ticket', ids: [ticket] })).get(ticket)!.map((row) => row.toId);
        await held;
        return ids;
      }, (ids) => ids.length);
      await link(gateway, ticket, 'a');
      release();
      expect(await stale).toEqual([]);
      expect(await reader(ticket).read()).toEqual(['a']);
    });

    it('keeps no read that failed, and none of more rows than it may', async () => {
      const version = await cache.version();
      await expect(cache.read(version, 'failing', () => Promise.reject(new Error('down')), () => 0)).rejects.toThrow('down');
      expect(await cache.read(version, 'failing', async () => 'read again', () => 0)).toBe('read again');
      const big = { count: 0 };
      const many = () => cache.read(version, 'many', async () => ++big.count, () => 3);
      await many();
      await many();
      expect(big.count).toBe(2);
    });

    it('reads for each caller alone without a version', async () => {
      const calls = { count: 0 };
      const read = () => cache.read(null, 'unversioned', async () => ++calls.count, () => 0);
      expect([await read(), await read()]).toEqual([1, 2]);
    });
  });
}

describeStores(
  'SQLite (one file, two connections)',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-read-cache-'));
    const url = `sqlite:${join(dir, 'store.sqlite')}`;
    const gateway = await openStore({ databaseUrl: url });
    await gateway.migrate();
    const other = await openStore({ databaseUrl: url });
    return {
      gateway,
      other,
      async dispose() {
        await other.close();
        await gateway.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  // Nothing else writes to the file: every read the cache could answer, it answers.
  { quiet: true },
);

describeStores(
  'PostgreSQL (two pools)',
  async () => {
    const schema = `read_cache_${randomBytes(6).toString('hex')}`;
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('schema', schema);
    const gateway = await openStore({ databaseUrl: url.toString() });
    await gateway.migrate();
    const other = await openStore({ databaseUrl: url.toString() });
    return {
      gateway,
      other,
      async dispose() {
        await other.close();
        await gateway.orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
        await gateway.close();
      },
    };
  },
  // The version follows the whole cluster's WAL, which other suites write to: hits are not counted, only freshness.
  { quiet: false },
);
