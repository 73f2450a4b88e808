import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';
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

/** How long a SQLite connection waits for another process's write lock before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** Connects to the database; it does not migrate (call `migrate()`). */
export async function openStore(options: StoreOptions): Promise<Store> {
  const target = parseDatabaseUrl(options.databaseUrl);
  if (target.dialect === 'sqlite' && target.file !== ':memory:') {
    await mkdir(dirname(resolve(target.file)), { recursive: true });
  }

  const orm = await MikroORM.init<AbstractSqlDriver>({
    ...connectionOptions(target),
    entities: ENTITIES,
    // Entities are EntitySchema objects with explicit types: no decorators, no file scanning.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
    },
    debug: options.debug ?? false,
    // Every caller works on its own fork; touching the global EntityManager is a bug.
    allowGlobalContext: false,
  });

  if (target.dialect === 'postgresql' && target.schema) {
    // Safe to interpolate: parseDatabaseUrl only admits plain identifiers.
    await orm.em.getConnection().execute(`create schema if not exists "${target.schema}"`);
  }

  return {
    orm,
    dialect: target.dialect,
    fork: () => orm.em.fork(),
    async migrate() {
      const applied = await orm.getMigrator().up();
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

function connectionOptions(target: DatabaseTarget): Options<AbstractSqlDriver> {
  if (target.dialect === 'postgresql') {
    return { driver: PostgreSqlDriver, clientUrl: target.clientUrl, schema: target.schema };
  }
  return {
    driver: SqliteDriver,
    dbName: target.file,
    pool: {
      afterCreate(connection: SqliteConnectionHandle, done: (error: Error | null, connection: unknown) => void) {
        connection.configure('busyTimeout', SQLITE_BUSY_TIMEOUT_MS);
        done(null, connection);
      },
    },
  };
}

/** The part of a node-sqlite3 `Database` the pool hook uses. */
interface SqliteConnectionHandle {
  configure(option: 'busyTimeout', value: number): void;
}
