import {
  CheckConstraintViolationException,
  ConnectionException,
  DeadlockException,
  DriverException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  NotNullConstraintViolationException,
  ReadOnlyException,
  TableNotFoundException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';

/** What went wrong, in our words: by MikroORM's exception class, else by the driver's code or message. */
const KINDS: { type: new (...args: never[]) => DriverException; codes: string[]; text: RegExp; kind: string }[] = [
  { type: LockWaitTimeoutException, codes: ['SQLITE_BUSY', '55P03'], text: /database is locked/, kind: 'the database stayed locked by another writer' },
  { type: DeadlockException, codes: ['40P01'], text: /deadlock/i, kind: 'the database chose this transaction to end a deadlock' },
  { type: UniqueConstraintViolationException, codes: ['23505'], text: /UNIQUE constraint failed/, kind: 'a unique constraint failed' },
  { type: NotNullConstraintViolationException, codes: ['23502'], text: /NOT NULL constraint failed/, kind: 'a required column was empty' },
  { type: ForeignKeyConstraintViolationException, codes: ['23503'], text: /FOREIGN KEY constraint failed/, kind: 'a foreign key failed' },
  { type: CheckConstraintViolationException, codes: ['23514'], text: /CHECK constraint failed/, kind: 'a check constraint failed' },
  { type: TableNotFoundException, codes: ['42P01'], text: /no such table/, kind: 'a table is missing (is the store migrated?)' },
  { type: ReadOnlyException, codes: ['SQLITE_READONLY', '25006'], text: /readonly database/, kind: 'the database is read-only' },
  { type: ConnectionException, codes: ['SQLITE_CANTOPEN', 'ECONNREFUSED'], text: /unable to open database file/, kind: 'the database could not be reached' },
];

/** A statement's text in a message: knex and MikroORM prefix the driver's message with the whole statement and its values. */
const SQL_TEXT = /\b(insert\s+into|select\s[\s\S]*\sfrom|update\s[\s\S]*\sset|delete\s+from|create\s+table|alter\s+table)\b/i;

/** A database driver's error: MikroORM's, or the raw one the query builder's `execute` passes on (node-sqlite3's or pg's). */
function isDriverError(error: Error): error is Error & { code?: string; sqlState?: string } {
  if (error instanceof DriverException) return true;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && (code.startsWith('SQLITE_') || (typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code)));
}

/**
 * An error safe to print or log: a database driver's error (whose message holds the statement with
 * its row values, up to megabytes of customer data) becomes a short one naming what failed, its code,
 * and the table or constraint at most; any other error carrying SQL text loses its message.
 * Other errors are returned as they are.
 */
export function withoutSql(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error).slice(0, 200));
  if (isDriverError(error)) return new Error(`store error: ${driverSummary(error)}`);
  if (SQL_TEXT.test(error.message)) return new Error('store error: a statement failed (its text is withheld)');
  return error;
}

function driverSummary(error: Error & { code?: string; sqlState?: string }): string {
  // The driver's own message ends the text (after the statement and ` - `): on SQLite it names `table.column`, never values.
  const driverMessage = error.message.slice(error.message.lastIndexOf(' - ') + 1);
  const code = error.sqlState ?? error.code;
  const kind =
    KINDS.find((k) => error instanceof k.type || (code !== undefined && k.codes.includes(code)) || k.text.test(driverMessage))?.kind ??
    'the database refused a statement';
  const fields = error as { table?: unknown; constraint?: unknown };
  const table = typeof fields.table === 'string' ? fields.table : /(?:constraint failed|no such table): (\w+)/.exec(driverMessage)?.[1];
  const constraint = typeof fields.constraint === 'string' ? fields.constraint : undefined;
  const about = [code, table && `table ${table}`, constraint && `constraint ${constraint}`].filter((part) => typeof part === 'string' && /^[\w .]+$/.test(part));
  return about.length > 0 ? `${kind} (${about.join(', ')})` : kind;
}
