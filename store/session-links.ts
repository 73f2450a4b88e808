import { raw } from '@mikro-orm/core';
import type { SessionStatus, SupportSession } from '../domain/support.js';
import { indexEntryOf, type SessionIndexEntry } from '../adapters/support-source.js';
import { SessionIndexMarkSchema, SessionLinkSchema, type SessionIndexMark, type SessionLink } from './entities/index.js';
import { listedUntil, mergeSpan, type Span } from './session-index-span.js';
import type { EntityManager } from './sql-types.js';
import { placeholders, quote, selectRows } from './rows.js';
import { deepFreeze } from './read-cache.js';

/**
 * The link index of remote-support sessions: which ticket each session's external key names, and
 * per vendor a watermark of the session starts it holds completely. Readers ask a vendor only for
 * what the watermark does not cover (resolvers/support/ticket-index.ts).
 */

/** A session as the index keeps it: a listing's index entry (any vendor the store holds), and its record once ended. */
export type IndexedSession = Omit<SessionIndexEntry, 'vendor' | 'session'> & {
  vendor: string;
  /**
   * The full record when the writer holds one; kept only once the session has ended. Without one, the
   * record the index holds stays while the session's key and end are unchanged.
   */
  record?: SupportSession;
};

export type IndexSource = 'listing' | 'sync' | 'push' | 'gateway';

/** A session record as the index keeps it; `withRecord` keeps the record itself too (once it has ended). */
export function indexedSession(session: SupportSession, withRecord: boolean): IndexedSession {
  // The index keeps what a listing entry holds; the record itself only when asked.
  const { session: _record, ...entry } = indexEntryOf(session);
  return { ...entry, ...(withRecord && { record: session }) };
}

export interface IndexWrite {
  vendor: string;
  sessions: readonly IndexedSession[];
  /** When what the sessions say was true (our clock, taken before the vendor was asked). */
  observedAt: Date;
  source: IndexSource;
  /** Set when `sessions` is everything a listing of this window returned: the watermark may then move. */
  listed?: Span;
  /**
   * A time the vendor's clock is known to have reached besides the listed starts (a sync listed
   * sessions past this page's window): the listing proves its window up to there.
   */
  reached?: Date;
}

/** Keys per `IN (...)`: far under SQLite's and PostgreSQL's bound-parameter limits. */
const KEYS_PER_QUERY = 500;
/** Bound parameters of one query that ORs several conditions together (SQLite's oldest limit is 999). */
const MAX_BOUND = 900;
const ROWS_PER_INSERT = 100;
const FINAL = new Set<string>(['ENDED', 'ABANDONED']);

export const isFinalStatus = (status: string): boolean => FINAL.has(status);

/** The same key: vendors send an empty key for none. */
export const sameKey = (a: string | null, b: string | null): boolean => (a || null) === (b || null);

/**
 * Writes sessions (and, for a listing, the watermark) in one transaction of its own. Most writes
 * change nothing (a listing of the minutes since the watermark, read again by the next request):
 * that is found out first, with two reads and no transaction; and a listing this process has
 * already written, or found held, in the same words, that cannot move the watermark it then saw,
 * is not compared again (see {@link repeatsListing}).
 */
export async function writeSessionIndex(em: EntityManager, write: IndexWrite): Promise<void> {
  const listings = confirmedListings(em);
  const fingerprint = write.listed ? listingFingerprint(write) : null;
  if (fingerprint === null) listings.delete(write.vendor);
  else if (repeatsListing(listings.get(write.vendor), fingerprint, write)) return;
  const plan = await planWrite(em, write);
  if (plan.upserts.length > 0 || plan.inserts.length > 0 || plan.mark) {
    listings.delete(write.vendor);
    await em.fork().transactional((tx) => writeSessionIndexIn(tx, write));
  }
  // Where it left the watermark: were another writer's move to win instead, judging by this one can only miss a move, never claim one.
  if (fingerprint !== null) listings.set(write.vendor, { fingerprint, mark: plan.mark?.next ?? plan.held });
}

/** A listing the index holds as written (or found): in what words, and the vendor's watermark as it then stood. */
interface ConfirmedListing {
  fingerprint: string;
  mark: Span | null;
}

/** Per database (its ORM's configuration) and vendor, the last listing confirmed in the index by this process. */
const confirmed = new WeakMap<object, Map<string, ConfirmedListing>>();

function confirmedListings(em: EntityManager): Map<string, ConfirmedListing> {
  let listings = confirmed.get(em.config);
  if (!listings) confirmed.set(em.config, (listings = new Map()));
  return listings;
}

/** What a listing says that the index keeps: its window's start and each session's fields and record (not when it was observed). */
function listingFingerprint(write: IndexWrite): string {
  const sessions = write.sessions
    .filter((session) => session.vendor === write.vendor)
    .map((session) => [session.vendorId, session.startedAt, session.endedAt, session.status, session.agentId, session.externalKey || null, session.record ?? null]);
  return JSON.stringify([write.listed?.from.getTime(), write.reached?.getTime() ?? null, sessions]);
}

/**
 * Whether the listing repeats, word for word, the last one this process confirmed in the index,
 * and cannot move the watermark from where that one saw it. Writing it would then change at most
 * rows of sessions the watermark has not reached, which the index never answers from (every read
 * lists them again), and another writer's newer observation of them stays; once a listing moves the
 * watermark past them, it writes them as it reads them, in the transaction that moves it.
 */
function repeatsListing(last: ConfirmedListing | undefined, fingerprint: string, write: IndexWrite): boolean {
  if (!last || last.fingerprint !== fingerprint || !write.listed) return false;
  const next = nextMark(last.mark, write, write.sessions.filter((session) => session.vendor === write.vendor));
  return next === null;
}

/**
 * Writes sessions (and, for a listing, the watermark) inside the caller's transaction (a sync page
 * commits its rows and its index together). A row changes only when a field did and this
 * observation is not older than the stored one; the watermark moves compare-and-set, so two
 * writers racing can only leave it shorter, never claiming what neither listed.
 */
export async function writeSessionIndexIn(tx: EntityManager, write: IndexWrite): Promise<void> {
  // Whatever this writes, the vendor's next listing is compared with the store again.
  confirmedListings(tx).delete(write.vendor);
  const { upserts, inserts, mark } = await planWrite(tx, write);
  for (const row of upserts) await upsertNewer(tx, row);
  for (let start = 0; start < inserts.length; start += ROWS_PER_INSERT) {
    // A writer that inserted the same session meanwhile keeps its row: the next listing or push settles it.
    await tx.createQueryBuilder(SessionLinkSchema).insert(inserts.slice(start, start + ROWS_PER_INSERT)).onConflict(['vendor', 'sessionId']).ignore().execute('run');
  }
  if (mark) await moveMark(tx, write, mark);
}

/** What a write would change, as the store stands: rows to update, rows to insert, and the watermark's move. */
interface WritePlan {
  upserts: Omit<SessionLink, 'id'>[];
  inserts: Omit<SessionLink, 'id'>[];
  mark: MarkMove | null;
  /** The vendor's watermark as read (a listing's write only). */
  held: Span | null;
}

async function planWrite(em: EntityManager, write: IndexWrite): Promise<WritePlan> {
  const incoming = new Map(write.sessions.filter((session) => session.vendor === write.vendor).map((session) => [session.vendorId, session]));
  const stored = await rowsById(em, write.vendor, [...incoming.keys()]);
  const plan: WritePlan = { upserts: [], inserts: [], mark: null, held: null };
  for (const session of incoming.values()) {
    const before = stored.get(session.vendorId);
    if (before && before.observedAt > write.observedAt) continue;
    const row = toRow(write, session, before);
    if (!before) plan.inserts.push(row);
    else if (changed(before, row)) plan.upserts.push(row);
  }
  if (write.listed) {
    const [mark] = await selectRows(em, SessionIndexMarkSchema, `${quote('vendor')} = ?`, [write.vendor]);
    plan.held = mark ? { from: mark.coveredFrom, to: mark.coveredTo } : null;
    const next = nextMark(plan.held, write, [...incoming.values()]);
    plan.mark = next && { before: mark ?? null, next };
  }
  return plan;
}

/** Every vendor's watermark. */
export async function readIndexMarks(em: EntityManager): Promise<Map<string, Span>> {
  const marks = await selectRows(em, SessionIndexMarkSchema, null, []);
  return new Map(marks.map((mark) => [mark.vendor, { from: mark.coveredFrom, to: mark.coveredTo }]));
}

/** Rows whose external key is one of `externalKeys`, and rows of the named sessions. */
export async function sessionLinks(em: EntityManager, query: { externalKeys?: readonly string[]; sessions?: readonly { vendor: string; vendorId: string }[] }): Promise<SessionLink[]> {
  // Every condition as one `or`, so a ticket's rows (its key and the sessions linked to it) are one query.
  const conditions: { sql: string; params: string[] }[] = [];
  const keys = [...new Set(query.externalKeys ?? [])];
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const chunk = keys.slice(start, start + KEYS_PER_QUERY);
    conditions.push({ sql: `${quote('external_key')} in (${placeholders(chunk.length)})`, params: chunk });
  }
  const byVendor = new Map<string, Set<string>>();
  for (const session of query.sessions ?? []) byVendor.set(session.vendor, (byVendor.get(session.vendor) ?? new Set()).add(session.vendorId));
  for (const [vendor, ids] of byVendor) {
    const unique = [...ids];
    for (let start = 0; start < unique.length; start += KEYS_PER_QUERY) {
      const chunk = unique.slice(start, start + KEYS_PER_QUERY);
      conditions.push({ sql: `(${quote('vendor')} = ? and ${quote('session_id')} in (${placeholders(chunk.length)}))`, params: [vendor, ...chunk] });
    }
  }
  const found = new Map<number, SessionLink>();
  let group: typeof conditions = [];
  const read = async () => {
    const rows = await selectRows(em, SessionLinkSchema, group.map((condition) => condition.sql).join(' or '), group.flatMap((condition) => condition.params));
    for (const row of rows) found.set(row.id, row);
    group = [];
  };
  for (const condition of conditions) {
    if (group.length > 0 && group.reduce((bound, { params }) => bound + params.length, condition.params.length) > MAX_BOUND) await read();
    group.push(condition);
  }
  if (group.length > 0) await read();
  return [...found.values()];
}

/** Records parsed from rows shared across requests (store/read-cache.ts), by row. */
const parsed = new WeakMap<SessionLink, SupportSession | null>();

/**
 * The full record a row holds (an ended session as the vendor returned it), or null. A row shared
 * across requests (frozen) is parsed once, and its record is as frozen as it is.
 */
export function recordOf(row: SessionLink): SupportSession | null {
  if (!row.record || !isFinalStatus(row.status)) return null;
  if (!Object.isFrozen(row)) return parseRecord(row.record);
  let record = parsed.get(row);
  if (record === undefined) parsed.set(row, (record = deepFreeze(parseRecord(row.record))));
  return record;
}

function parseRecord(text: string): SupportSession | null {
  try {
    return JSON.parse(text) as SupportSession;
  } catch {
    return null;
  }
}

async function rowsById(em: EntityManager, vendor: string, ids: readonly string[]): Promise<Map<string, SessionLink>> {
  const unique = [...new Set(ids)];
  const rows = new Map<string, SessionLink>();
  for (let start = 0; start < unique.length; start += KEYS_PER_QUERY) {
    const chunk = unique.slice(start, start + KEYS_PER_QUERY);
    const found = await selectRows(em, SessionLinkSchema, `${quote('vendor')} = ? and ${quote('session_id')} in (${placeholders(chunk.length)})`, [vendor, ...chunk]);
    for (const row of found) rows.set(row.sessionId, row);
  }
  return rows;
}

const dateOf = (iso: string | null): Date | null => (iso ? new Date(iso) : null);
const sameTime = (a: Date | null, b: Date | null): boolean => (a?.getTime() ?? null) === (b?.getTime() ?? null);

function toRow(write: IndexWrite, session: IndexedSession, before: SessionLink | undefined): Omit<SessionLink, 'id'> {
  const externalKey = session.externalKey || null;
  const endedAt = dateOf(session.endedAt);
  const final = isFinalStatus(session.status);
  let record: string | null = null;
  if (final && session.record) record = JSON.stringify(session.record);
  // A listing or push without the record leaves the one held, as long as the session it describes is the same.
  else if (final && before?.record && isFinalStatus(before.status) && sameKey(before.externalKey, externalKey) && sameTime(before.endedAt, endedAt)) record = before.record;
  return {
    vendor: write.vendor,
    sessionId: session.vendorId,
    externalKey,
    startedAt: dateOf(session.startedAt),
    endedAt,
    status: session.status,
    agentId: session.agentId,
    record,
    source: write.source,
    observedAt: write.observedAt,
  };
}

function changed(before: SessionLink, row: Omit<SessionLink, 'id'>): boolean {
  return (
    !sameKey(before.externalKey, row.externalKey) ||
    !sameTime(before.startedAt, row.startedAt) ||
    !sameTime(before.endedAt, row.endedAt) ||
    before.status !== row.status ||
    before.agentId !== row.agentId ||
    before.record !== row.record
  );
}

/** One row, unless a newer observation landed first (the guard runs in the database, so racing writers are safe). */
async function upsertNewer(tx: EntityManager, row: Omit<SessionLink, 'id'>): Promise<void> {
  await tx
    .createQueryBuilder(SessionLinkSchema)
    .insert(row)
    .onConflict(['vendor', 'sessionId'])
    .merge(['externalKey', 'startedAt', 'endedAt', 'status', 'agentId', 'record', 'source', 'observedAt'])
    .where({ observedAt: { $lte: raw('excluded.observed_at') } })
    .execute('run');
}

/** A watermark as read (`before`, null when the vendor has none) and where a listing moves it. */
interface MarkMove {
  before: SessionIndexMark | null;
  next: Span;
}

/** Where a listing moves the vendor's watermark from `current`; null when it stays. */
function nextMark(current: Span | null, write: IndexWrite, sessions: readonly IndexedSession[]): Span | null {
  const { listed } = write;
  if (!listed) return null;
  const known = [current?.to, write.reached].filter((at): at is Date => at !== undefined).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  const until = listedUntil({ window: listed, sessions: sessions.map((session) => ({ startedAt: session.startedAt, open: !isFinalStatus(session.status) })), known });
  if (!until) return null;
  const next = mergeSpan(current, { from: listed.from, to: until });
  if (current && sameTime(next.from, current.from) && sameTime(next.to, current.to)) return null;
  return next;
}

async function moveMark(tx: EntityManager, write: IndexWrite, { before, next }: MarkMove): Promise<void> {
  const { vendor, observedAt: now } = write;
  if (!before) {
    await tx.createQueryBuilder(SessionIndexMarkSchema).insert({ vendor, coveredFrom: next.from, coveredTo: next.to, updatedAt: now }).onConflict(['vendor']).ignore().execute('run');
    return;
  }
  // Compare-and-set: a watermark another writer moved meanwhile stays as that writer left it.
  await tx.nativeUpdate(SessionIndexMarkSchema, { id: before.id, coveredFrom: before.coveredFrom, coveredTo: before.coveredTo }, { coveredFrom: next.from, coveredTo: next.to, updatedAt: now });
}
