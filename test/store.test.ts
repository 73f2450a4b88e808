import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addLink,
  DEV_KEY_ROLES,
  DevKeySchema,
  ensureDevKeys,
  linksFrom,
  linksTo,
  openStore,
  parseDatabaseUrl,
  VendorLinkSchema,
  type DevKeyRole,
  type NewVendorLink,
  type Store,
} from '../store/index.js';
import { MIGRATIONS } from '../store/migrations/index.js';
import { schemaDrift } from '../store/schema-drift.js';

/** The machine's PostgreSQL (CI starts it). Unreachable means the PostgreSQL block fails, never skips. */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MIGRATION_NAMES = MIGRATIONS.map((migration) => migration.name);
const DEV_KEY_FORMAT = (role: DevKeyRole) => new RegExp(`^sb_dev_${role}_[0-9a-f]{32}$`);

interface Target {
  databaseUrl: string;
  /** whether a second Store on the same URL sees the same data (a file or a server, not `:memory:`) */
  shared: boolean;
  /** the PostgreSQL schema to inspect, if any */
  schema?: string;
  dispose(store: Store): Promise<void>;
}

let tempRoot: string;
beforeAll(async () => {
  tempRoot = await mkdtemp(join(tmpdir(), 'switchboard-store-'));
});
afterAll(async () => {
  await rm(tempRoot, { recursive: true, force: true });
});

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite:./data/switchboard.sqlite', { dialect: 'sqlite', file: './data/switchboard.sqlite' }],
    ['sqlite:///var/lib/sb.sqlite', { dialect: 'sqlite', file: '/var/lib/sb.sqlite' }],
    ['sqlite::memory:', { dialect: 'sqlite', file: ':memory:' }],
    [':memory:', { dialect: 'sqlite', file: ':memory:' }],
    ['./x/y.db', { dialect: 'sqlite', file: './x/y.db' }],
    ['postgres://u@h:5432/db', { dialect: 'postgresql', clientUrl: 'postgres://u@h:5432/db', schema: undefined }],
    [
      'postgresql://u:p@h/db?schema=t1&sslmode=disable',
      { dialect: 'postgresql', clientUrl: 'postgresql://u:p@h/db?sslmode=disable', schema: 't1' },
    ],
  ])('%s', (url, expected) => {
    expect(parseDatabaseUrl(url)).toEqual(expected);
  });

  it('rejects a schema that is not a plain identifier and an unknown scheme', () => {
    expect(() => parseDatabaseUrl('postgres://h/db?schema=a;drop')).toThrow(/plain identifier/);
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(/unsupported scheme/);
    expect(() => parseDatabaseUrl('  ')).toThrow(/empty/);
  });
});

describe('SQLite file', () => {
  it('creates the missing parent folders of the database file', async () => {
    const file = join(tempRoot, 'nested', 'deeper', 'switchboard.sqlite');
    expect(existsSync(join(tempRoot, 'nested'))).toBe(false);
    const store = await openStore({ databaseUrl: `sqlite:${file}` });
    try {
      expect(await store.migrate()).toEqual(MIGRATION_NAMES);
      expect(existsSync(file)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('keeps its data across a close and a reopen', async () => {
    const databaseUrl = `sqlite:${join(tempRoot, 'reopen', 'store.sqlite')}`;
    const first = await openStore({ databaseUrl });
    await first.migrate();
    const keys = await ensureDevKeys(first.fork());
    await first.close();
    const second = await openStore({ databaseUrl });
    try {
      expect(await second.migrate()).toEqual([]);
      expect(await ensureDevKeys(second.fork(), () => 'never-called-because-all-exist')).toEqual(keys);
    } finally {
      await second.close();
    }
  });
});

describeStore('SQLite temp file', async () => ({
  databaseUrl: `sqlite:${join(tempRoot, `suite-${randomBytes(4).toString('hex')}`, 'store.sqlite')}`,
  shared: true,
  dispose: (store) => store.close(),
}));

describeStore('SQLite :memory:', async () => ({
  databaseUrl: ':memory:',
  shared: false,
  dispose: (store) => store.close(),
}));

describeStore('PostgreSQL', async () => {
  const schema = `store_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return {
    databaseUrl: url.toString(),
    shared: true,
    schema,
    async dispose(store) {
      await store.orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
      await store.close();
    },
  };
});

/** The same suite against every database the store supports. */
function describeStore(label: string, makeTarget: () => Promise<Target>): void {
  describe(label, () => {
    let target: Target;
    let store: Store;
    let firstMigration: string[];

    /** Set when the database cannot be opened: every test then fails with it, none is skipped. */
    let setupError: unknown;

    beforeAll(async () => {
      try {
        target = await makeTarget();
        store = await openStore({ databaseUrl: target.databaseUrl });
        expect(store.dialect).toBe(label.startsWith('PostgreSQL') ? 'postgresql' : 'sqlite');
        if (!(await store.ping())) throw new Error('the database does not answer');
        expect(await tableNames(store, target)).not.toContain('dev_keys');
        firstMigration = await store.migrate();
      } catch (error) {
        setupError = new Error(`${label}: cannot open and migrate ${target?.databaseUrl}`, { cause: error });
      }
    });

    /** `it`, failing with the setup error when the database could not be opened. */
    function check(name: string, test: () => Promise<void>): void {
      it(name, async () => {
        if (setupError) throw setupError;
        await test();
      });
    }

    afterAll(async () => {
      if (store) await target.dispose(store);
    });

    /** A second store on the same database, as another process would have, when the database allows it. */
    async function withRival<T>(run: (rival: Store) => Promise<T>): Promise<T> {
      if (!target.shared) return run(store);
      const rival = await openStore({ databaseUrl: target.databaseUrl });
      try {
        return await run(rival);
      } finally {
        await rival.close();
      }
    }

    check('migrates from empty once, then has nothing left to apply', async () => {
      expect(firstMigration).toEqual(MIGRATION_NAMES);
      expect(await store.migrate()).toEqual([]);
      const executed = await store.orm.getMigrator().getExecutedMigrations();
      expect(executed.map((row) => row.name)).toEqual(MIGRATION_NAMES);
    });

    check('creates the tables and indexes, matching the entity definitions exactly', async () => {
      expect(await tableNames(store, target)).toEqual(
        expect.arrayContaining(['dev_keys', 'vendor_links', 'mikro_orm_migrations']),
      );
      const devKeyIndexes = await indexes(store, target, 'dev_keys');
      expect(devKeyIndexes).toContainEqual({ name: 'dev_keys_key_unique', unique: true, columns: ['key'] });
      expect(devKeyIndexes).toContainEqual(expect.objectContaining({ unique: true, columns: ['role'] }));
      const linkIndexes = await indexes(store, target, 'vendor_links');
      expect(linkIndexes).toContainEqual({
        name: 'vendor_links_identity_unique',
        unique: true,
        columns: ['from_vendor', 'from_type', 'from_id', 'to_vendor', 'to_type', 'to_id', 'relation'],
      });
      expect(linkIndexes).toContainEqual({
        name: 'vendor_links_to_index',
        unique: false,
        columns: ['to_vendor', 'to_type', 'to_id'],
      });
      // The ORM sees nothing to change: migrations and entities agree.
      expect(await schemaDrift(store)).toEqual({ up: [], down: [] });
    });

    check('reverts every migration and applies them again', async () => {
      const migrator = store.orm.getMigrator();
      const reverted = await migrator.down({ to: 0 });
      expect(reverted.map((migration) => migration.name)).toEqual([...MIGRATION_NAMES].reverse());
      expect(await tableNames(store, target)).not.toContain('vendor_links');
      expect(await store.migrate()).toEqual(MIGRATION_NAMES);
      expect(await tableNames(store, target)).toContain('vendor_links');
    });

    check('ensureDevKeys creates one key per role once, then returns the same keys', async () => {
      await store.fork().nativeDelete(DevKeySchema, {});
      const generated: DevKeyRole[] = [];
      const first = await ensureDevKeys(store.fork(), (role) => {
        generated.push(role);
        return `sb_dev_${role}_${randomBytes(16).toString('hex')}`;
      });
      expect(generated).toEqual([...DEV_KEY_ROLES]);
      for (const role of DEV_KEY_ROLES) expect(first[role]).toMatch(DEV_KEY_FORMAT(role));

      const second = await ensureDevKeys(store.fork(), (role) => {
        throw new Error(`no key should be generated, but ${role} was`);
      });
      expect(second).toEqual(first);

      // Only the missing role is created; the others keep their keys.
      await store.fork().nativeDelete(DevKeySchema, { role: 'manager' });
      const third = await ensureDevKeys(store.fork());
      expect(third.manager).not.toBe(first.manager);
      expect(third.manager).toMatch(DEV_KEY_FORMAT('manager'));
      expect({ ...third, manager: first.manager }).toEqual(first);
    });

    check('ensureDevKeys called by two racing callers stores exactly four keys', async () => {
      await withRival(async (rival) => {
        let raced = false;
        for (let attempt = 0; attempt < 10 && !raced; attempt++) {
          await store.fork().nativeDelete(DevKeySchema, {});
          let generatedCount = 0;
          const generate = (role: DevKeyRole) => {
            generatedCount++;
            return `sb_dev_${role}_${randomBytes(16).toString('hex')}`;
          };
          const [a, b] = await Promise.all([ensureDevKeys(store.fork(), generate), ensureDevKeys(rival.fork(), generate)]);
          expect(a).toEqual(b);
          expect(await store.fork().count(DevKeySchema, {})).toBe(4);
          // Both callers found the keys missing and both inserted: the conflict path ran.
          raced = generatedCount === 2 * DEV_KEY_ROLES.length;
        }
        expect(raced).toBe(true);
      });
    });

    check('addLink stores a link once and returns the existing one for an identical call', async () => {
      const link = newLink({ fromId: 'idem-1', createdBy: 'admin' });
      const first = await addLink(store.fork(), link);
      expect(first).toMatchObject({ ...link, id: expect.any(Number) });
      expect(first.createdAt).toBeInstanceOf(Date);
      expect(Math.abs(first.createdAt.getTime() - Date.now())).toBeLessThan(60_000);

      const again = await addLink(store.fork(), { ...link, createdBy: 'someone-else' });
      expect(again.id).toBe(first.id);
      expect(again.createdBy).toBe('admin');
      expect(await store.fork().count(VendorLinkSchema, { fromId: 'idem-1' })).toBe(1);

      // Any differing part of the identity is a different link.
      const otherRelation = await addLink(store.fork(), { ...link, relation: 'call-ticket' });
      expect(otherRelation.id).not.toBe(first.id);
      expect(await store.fork().count(VendorLinkSchema, { fromId: 'idem-1' })).toBe(2);
    });

    check('addLink called by parallel duplicates stores one row', async () => {
      await withRival(async (rival) => {
        const link = newLink({ fromId: 'race-1' });
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, i) => addLink((i % 2 === 0 ? store : rival).fork(), link)),
        );
        expect(new Set(results.map((row) => row.id)).size).toBe(1);
        expect(await store.fork().count(VendorLinkSchema, { fromId: 'race-1' })).toBe(1);
      });
    });

    check('addLink refuses a vendor id that is not a string', async () => {
      const link = { ...newLink({}), fromId: 9007199254740993 } as unknown as NewVendorLink;
      await expect(addLink(store.fork(), link)).rejects.toThrow(/fromId must be a non-empty string/);
    });

    check('keeps big and zero-padded vendor ids exactly as given', async () => {
      const ids = ['9007199254740993', '18446744073709551615', '000123', '123'];
      for (const id of ids) await addLink(store.fork(), newLink({ fromVendor: 'bigids', fromId: id, toId: `${id}0` }));
      const byFrom = await linksFrom(store.fork(), { vendor: 'bigids', type: 'ticket', ids });
      for (const id of ids) {
        expect(byFrom.get(id)?.map((row) => [row.fromId, row.toId])).toEqual([[id, `${id}0`]]);
      }
      const byTo = await linksTo(store.fork(), { vendor: 'bomgar', type: 'session', ids: ['90071992547409930'] });
      expect(byTo.get('90071992547409930')?.map((row) => row.fromId)).toEqual(['9007199254740993']);
      // The column itself holds the text, not a number the driver rounded.
      const raw = await store.orm.em
        .getConnection()
        .execute<{ from_id: unknown }[]>(`select from_id from ${table(target, 'vendor_links')} where from_vendor = 'bigids' order by id`);
      expect(raw.map((row) => row.from_id)).toEqual(ids);
    });

    check('linksFrom and linksTo answer many ids in one query, grouped by id', async () => {
      const tickets = ['t-1', 't-2', 't-3'];
      await addLink(store.fork(), newLink({ fromVendor: 'batch', fromId: 't-1', toId: 's-1' }));
      await addLink(store.fork(), newLink({ fromVendor: 'batch', fromId: 't-1', toId: 's-2' }));
      await addLink(store.fork(), newLink({ fromVendor: 'batch', fromId: 't-2', toId: 's-2' }));
      await addLink(store.fork(), newLink({ fromVendor: 'batch', fromId: 't-3', toId: 's-3', relation: 'other' }));

      const { result: from, queries } = await countQueries(store, () =>
        linksFrom(store.fork(), { vendor: 'batch', type: 'ticket', ids: [...tickets, 'missing', 't-1'] }),
      );
      expect(queries).toHaveLength(1);
      expect([...from.keys()]).toEqual([...tickets, 'missing']);
      expect(from.get('t-1')?.map((row) => row.toId)).toEqual(['s-1', 's-2']);
      expect(from.get('t-2')?.map((row) => row.toId)).toEqual(['s-2']);
      expect(from.get('t-3')?.map((row) => row.toId)).toEqual(['s-3']);
      expect(from.get('missing')).toEqual([]);

      const onlyTicketSession = await linksFrom(store.fork(), {
        vendor: 'batch',
        type: 'ticket',
        ids: tickets,
        relation: 'ticket-session',
      });
      expect(onlyTicketSession.get('t-3')).toEqual([]);

      const { result: to, queries: toQueries } = await countQueries(store, () =>
        linksTo(store.fork(), { vendor: 'bomgar', type: 'session', ids: ['s-1', 's-2', 's-9'] }),
      );
      expect(toQueries).toHaveLength(1);
      expect(to.get('s-2')?.filter((row) => row.fromVendor === 'batch').map((row) => row.fromId)).toEqual(['t-1', 't-2']);
      expect(to.get('s-9')).toEqual([]);

      // Type and vendor are part of the lookup: the same ids under another type find nothing.
      const wrongType = await linksFrom(store.fork(), { vendor: 'batch', type: 'call', ids: tickets });
      expect([...wrongType.values()].flat()).toEqual([]);
    });

    check('linksFrom handles a batch larger than one query may bind', async () => {
      const ids = Array.from({ length: 1_200 }, (_, i) => `many-${i}`);
      await addLink(store.fork(), newLink({ fromVendor: 'many', fromId: 'many-1199' }));
      const { result, queries } = await countQueries(store, () =>
        linksFrom(store.fork(), { vendor: 'many', type: 'ticket', ids }),
      );
      expect(result.size).toBe(1_200);
      expect(result.get('many-1199')).toHaveLength(1);
      expect(queries.length).toBeLessThanOrEqual(3);
    });

    check('ping answers true while open and false after close', async () => {
      expect(await store.ping()).toBe(true);
      const probe = await openStore({ databaseUrl: target.databaseUrl });
      expect(await probe.ping()).toBe(true);
      await probe.close();
      expect(await probe.ping()).toBe(false);
    });
  });
}

function newLink(overrides: Partial<NewVendorLink>): NewVendorLink {
  return {
    fromVendor: 'zendesk',
    fromType: 'ticket',
    fromId: '1',
    toVendor: 'bomgar',
    toType: 'session',
    toId: 'session-1',
    relation: 'ticket-session',
    ...overrides,
  };
}

/** Runs `run` and records every SQL statement the store sends meanwhile. */
async function countQueries<T>(store: Store, run: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const knex = store.orm.em.getConnection().getKnex();
  const queries: string[] = [];
  const listener = (query: { sql: string }) => queries.push(query.sql);
  knex.on('query', listener);
  try {
    return { result: await run(), queries };
  } finally {
    knex.removeListener('query', listener);
  }
}

function table(target: Target, name: string): string {
  return target.schema ? `"${target.schema}"."${name}"` : `"${name}"`;
}

/** Table names straight from the database's catalog. */
async function tableNames(store: Store, target: Target): Promise<string[]> {
  const connection = store.orm.em.getConnection();
  const rows =
    store.dialect === 'sqlite'
      ? await connection.execute<{ name: string }[]>(`select name from sqlite_master where type = 'table'`)
      : await connection.execute<{ name: string }[]>(
          `select table_name as name from information_schema.tables where table_schema = ?`,
          [target.schema ?? 'public'],
        );
  return rows.map((row) => row.name).sort();
}

interface IndexInfo {
  name: string;
  unique: boolean;
  columns: string[];
}

/** A table's indexes (including primary-key and unique-constraint ones) from the catalog. */
async function indexes(store: Store, target: Target, tableName: string): Promise<IndexInfo[]> {
  const connection = store.orm.em.getConnection();
  if (store.dialect === 'sqlite') {
    const list = await connection.execute<{ name: string; unique: number }[]>(`pragma index_list('${tableName}')`);
    return Promise.all(
      list.map(async (index) => {
        const info = await connection.execute<{ seqno: number; name: string }[]>(`pragma index_info('${index.name}')`);
        const columns = info.sort((a, b) => a.seqno - b.seqno).map((column) => column.name);
        return { name: index.name, unique: index.unique === 1, columns };
      }),
    );
  }
  const rows = await connection.execute<{ name: string; unique: boolean; columns: string[] }[]>(
    `select i.relname as name, x.indisunique as unique,
            array_agg(a.attname::text order by k.ord) as columns
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       join pg_class t on t.oid = x.indrelid
       join pg_namespace n on n.oid = t.relnamespace
       cross join lateral unnest(x.indkey) with ordinality as k(attnum, ord)
       join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
      where n.nspname = ? and t.relname = ?
      group by i.relname, x.indisunique`,
    [target.schema ?? 'public', tableName],
  );
  return rows.map((row) => ({ name: row.name, unique: row.unique, columns: row.columns }));
}
