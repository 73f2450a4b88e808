import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { connectionFailure, connectTimeoutMs } from './postgres-connection.js';
import { ENTITIES } from './entities/index.js';
import { MIGRATION_NAMES } from './migrations/names.js';
import type { AbstractSqlDriver, EntityManager } from './sql-types.js';

export interface StoreOptions {
  /**
   * Where the data lives: `sqlite:./data/switchboard.sqlite` (the app's default), a bare file
   * path, `:memory:`, or `postgres://user@host:5432/db`. For PostgreSQL, `?schema=name`
   * selects a schema (created if missing) so tests can isolate themselves.
   */
  databaseUrl: string;
  /** Log every SQL statement. Default false. */
  debug?: boolean;
}

export interface Store {
  readonly orm: MikroORM<AbstractSqlDriver>;
  /** A fresh EntityManager fork for one request or job. */
  fork(): EntityManager;
  /** Applies pending migrations; returns the names applied (empty when up to date). */
  migrate(): Promise<string[]>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  readonly dialect: 'sqlite' | 'postgresql';
}

/** How long a SQLite connection waits for another process's write lock before failing (`busy_timeout`). */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** Connects to the database; it does not migrate (call `migrate()`). */
export async function openStore(options: StoreOptions): Promise<Store> {
  const target = parseDatabaseUrl(options.databaseUrl);
  if (target.dialect === 'sqlite' && target.file !== ':memory:') {
    await mkdir(dirname(resolve(target.file)), { recursive: true });
  }

  const orm = await MikroORM.init<AbstractSqlDriver>({
    ...(await connectionOptions(target)),
    entities: ENTITIES,
    // Entities are EntitySchema objects with explicit types: no decorators, no file scanning.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    // The migrator (and the migrations, which load it) is imported only when one is pending: it is
    // the heaviest part of MikroORM to load, and a gateway that starts on a current store needs none of it.
    migrations: {
      tableName: MIGRATIONS_TABLE,
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
    },
    debug: options.debug ?? false,
    // Every caller works on its own fork; touching the global EntityManager is a bug.
    allowGlobalContext: false,
  });

  if (target.dialect === 'postgresql') await checkPostgres(orm, target.clientUrl);
  if (target.dialect === 'postgresql' && target.schema) {
    // Safe to interpolate: parseDatabaseUrl only admits plain identifiers.
    await orm.em.getConnection().execute(`create schema if not exists "${target.schema}"`);
  }

  return {
    orm,
    dialect: target.dialect,
    fork: () => orm.em.fork(),
    async migrate() {
      if (await migrationsApplied(orm)) return [];
      const [{ Migrator }, { MIGRATIONS }] = await Promise.all([import('@mikro-orm/migrations'), import('./migrations/index.js')]);
      orm.config.set('migrations', { ...orm.config.get('migrations'), migrationsList: MIGRATIONS });
      const applied = await new Migrator(orm.em).up();
      return applied.map((migration) => migration.name);
    },
    async ping() {
      try {
        await orm.em.getConnection().execute('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => orm.close(true),
  };
}

/**
 * Connects to PostgreSQL once: a missing database, a refused connection or a server that does not answer
 * within the connect timeout stops start-up with what to do about it (store/postgres-connection.ts).
 */
async function checkPostgres(orm: MikroORM<AbstractSqlDriver>, clientUrl: string): Promise<void> {
  try {
    await orm.em.getConnection().execute('select 1');
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    throw connectionFailure(error, clientUrl, connectTimeoutMs(clientUrl));
  }
}

/** Where MikroORM records the migrations applied (its default name). */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** True when the store has recorded every migration this build knows; false when one is pending or the table is missing. */
async function migrationsApplied(orm: MikroORM<AbstractSqlDriver>): Promise<boolean> {
  const knex = orm.em.getConnection().getKnex();
  const schema = orm.config.get('schema');
  const table = schema ? knex.withSchema(schema).from(MIGRATIONS_TABLE) : knex.from(MIGRATIONS_TABLE);
  try {
    const rows = (await table.select('name')) as { name: string }[];
    // MikroORM records names without the file extension; older runs might have kept one.
    const applied = new Set(rows.map((row) => row.name.replace(/\.[jt]s$/, '')));
    return MIGRATION_NAMES.every((name) => applied.has(name));
  } catch {
    return false;
  }
}

/** The driver's options; each dialect's driver package is loaded only when used. */
async function connectionOptions(target: DatabaseTarget): Promise<Options<AbstractSqlDriver>> {
  if (target.dialect === 'postgresql') {
    const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
    return {
      driver: PostgreSqlDriver,
      clientUrl: target.clientUrl,
      schema: target.schema,
      // Connected once by checkPostgres, which says what is wrong; MikroORM would create a missing database
      // (ensureDatabase) and hide a failed connection until the first query.
      connect: false,
      ensureDatabase: false,
      driverOptions: { connection: { connectionTimeoutMillis: connectTimeoutMs(target.clientUrl) } },
    };
  }
  const { SqliteDriver } = await import('@mikro-orm/sqlite');
  return {
    driver: SqliteDriver,
    dbName: target.file,
    pool: {
      afterCreate(connection: SqliteConnectionHandle, done: (error: Error | null, connection: unknown) => void) {
        connection.configure('busyTimeout', SQLITE_BUSY_TIMEOUT_MS);
        // WAL: readers (a serving gateway) and the one writer (a sync) do not block each other. It is a
        // property of the file, kept once set; an in-memory database answers `memory` and stays so.
        connection.run('pragma journal_mode = WAL', (error) => done(error, connection));
      },
    },
  };
}

/** The part of a node-sqlite3 `Database` the pool hook uses. */
interface SqliteConnectionHandle {
  configure(option: 'busyTimeout', value: number): void;
  run(sql: string, callback: (error: Error | null) => void): void;
}
