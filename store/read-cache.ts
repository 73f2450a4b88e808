import { LRUCache } from 'lru-cache';
import type { Store } from './store.js';

/**
 * Store reads shared across requests, never staler than the store: a read made once answers
 * later requests only while the store is provably unchanged since it was made. "Unchanged" is
 * the store's version, in two parts:
 *
 * - this process's writes: a counter bumped by every statement it sends through the store that is
 *   not a read (inserts, updates, BEGIN, COMMIT, ...), when it is sent and again when it has run;
 * - everyone else's: SQLite's `data_version` (it moves when another connection commits to the
 *   file: another gateway, `switchboard sync`), PostgreSQL's WAL insert position (it moves
 *   before any commit anywhere in the cluster becomes visible, so a busy cluster only costs hits).
 *
 * A request reads the database's part once (one small query, {@link StoreReadCache.version}), before
 * its first shared read, and every shared read it makes answers as of then or later: at least as
 * fresh as that moment, with its own process's writes seen at once (the counter is read at each
 * read). Values are frozen (arrays, objects, a Map's values): requests share them, none may change one.
 */
export interface StoreReadCache {
  /** The database's part of the version now; null when it cannot be told (nothing is shared then). Never rejects. */
  version(): Promise<StoreVersion | null>;
  /**
   * `read()`'s value, shared under `key` with every request whose version is the same: made by the
   * first of them (the others wait for it), then kept until the version moves. Without a version
   * (null) it is read for this caller alone. A read that fails is not kept.
   *
   * @param key what is read, as exactly as the SQL it runs (the table, the ids, their order)
   * @param rows how many rows the value holds, to keep big reads out
   */
  read<T>(version: StoreVersion | null, key: string, read: () => Promise<T>, rows: (value: T) => number): Promise<T>;
}

/** The database's part of the version, as a request read it. */
export interface StoreVersion {
  readonly database: string;
}

export interface ReadCacheOptions {
  /** Most reads kept; the least recently used go first. Default 1000. */
  maxEntries?: number;
  /** A read of more rows than this is not kept. Default 500. */
  maxRows?: number;
}

interface Entry {
  version: string;
  value: Promise<unknown>;
}

interface Statement {
  method?: string;
  sql?: string;
}

/** A statement that changes nothing: a select (knex's own methods, or SQL starting `select` / `with`). */
const READ_METHODS = new Set(['select', 'first', 'pluck']);
const READ_SQL = /^\s*(select|with)\b/i;

/** What each dialect says of commits by other connections. */
const VERSION_SQL: Record<Store['dialect'], string> = {
  sqlite: 'select data_version as version from pragma_data_version',
  postgresql: 'select pg_current_wal_insert_lsn()::text as version',
};

/** The read cache of one store (made once per app, with the request context factory). */
export function createStoreReadCache(store: Pick<Store, 'orm' | 'dialect'>, options: ReadCacheOptions = {}): StoreReadCache {
  const maxRows = options.maxRows ?? 500;
  const entries = new LRUCache<string, Entry>({ max: options.maxEntries ?? 1000 });
  // The root EntityManager's connection: no request fork is made for the version, nor for a hit.
  const connection = store.orm.em.getConnection();
  let writes = 0;
  const count = (statement: Statement) => {
    if (!READ_METHODS.has(statement.method ?? '') && !READ_SQL.test(statement.sql ?? '')) writes++;
  };
  const knex = connection.getKnex();
  knex.on('query', count);
  knex.on('query-response', (_response: unknown, statement: Statement) => count(statement));
  knex.on('query-error', (_error: unknown, statement: Statement) => count(statement));

  return {
    async version() {
      try {
        const [row] = await connection.execute<{ version: unknown }[]>(VERSION_SQL[store.dialect], [], 'all');
        return row ? { database: String(row.version) } : null;
      } catch {
        // A store that cannot say (a PostgreSQL role without the function, a store down): nothing is shared.
        return null;
      }
    },
    read<T>(version: StoreVersion | null, key: string, read: () => Promise<T>, rows: (value: T) => number): Promise<T> {
      if (!version) return read();
      // Taken before the read: a write that lands while it runs moves the version past what it is kept under.
      const current = `${version.database}/${writes}`;
      const found = entries.get(key);
      if (found && found.version === current) return found.value as Promise<T>;
      const value: Promise<T> = read().then(
        (result) => {
          if (rows(result) > maxRows && entries.get(key)?.value === value) entries.delete(key);
          return deepFreeze(result);
        },
        (error: unknown) => {
          if (entries.get(key)?.value === value) entries.delete(key);
          throw error;
        },
      );
      entries.set(key, { version: current, value });
      return value;
    },
  };
}

/** Freezes a shared value through and through (a Map's values; a Date only as an object: nothing may set it). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (value instanceof Map) for (const item of value.values()) deepFreeze(item);
  else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
