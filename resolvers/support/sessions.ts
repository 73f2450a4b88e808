import { cacheSlot } from '../request-cache.js';
import type { Context } from '../context.js';
import { agentByKey, agentForRef, unavailableError } from '../agents/agents.js';
import type { Agent } from '../../domain/agents.js';
import { chooseSource, LIVE, upstreamEnabled, type Sourced } from '../history/source.js';
import { isStoredSession, storedSessionEvents, storedSessionIndex } from './stored-sessions.js';
import { sessionIndex } from './session-index.js';
import { linkedSessions } from './links.js';
import type { SessionFeedback, SessionStatus, SupportSession, SupportSessionEvent, SupportVendor, UnavailableVendor } from '../../domain/support.js';
import { pageThrough, type Connection } from '../../domain/paging.js';
import { DEFAULT_LOOKBACK_DAYS, indexEntryOf, recentWindow, type SessionIndexEntry, type TimeWindow } from '../../adapters/support-source.js';
import { sessionsOfTicketSince } from './ticket-window.js';
import { indexedTicketSessions } from './ticket-index.js';
import { storedRecords } from './stored-records.js';
import { indexRead } from './index-writes.js';
import { SUPPORT_SOURCES, supportSource, type VendorSupportSource } from '../../adapters/index.js';
import { fromEachVendor } from '../from-each-vendor.js';

const PAGE = { defaultFirst: 25, maxFirst: 100 };


export interface SessionFilter {
  vendor?: SupportVendor | null;
  /** An Agent key: sessions any of the person's identities handled. */
  agentKey?: string | null;
  team?: { vendor: string; vendorId: string } | null;
  status?: SessionStatus | null;
  from?: Date | null;
  to?: Date | null;
  /** The Zendesk ticket the session was opened for. */
  ticketId?: string | null;
  /** Only sessions the customer rated, at most this many stars. */
  ratingAtMost?: number | null;
}

export type SessionConnection = Connection<SupportSession> & { unavailableVendors: UnavailableVendor[] } & Sourced;

/** The request's "now" to the second, so every listing in it shares the same window (and the same vendor call). */
function nowOf(ctx: Context): Date {
  return new Date(Math.floor(ctx.cache.now.getTime() / 1000) * 1000);
}

export function defaultWindow(ctx: Context, filter: Pick<SessionFilter, 'from' | 'to'>): TimeWindow {
  const recent = recentWindow(nowOf(ctx));
  const to = filter.to ?? recent.to;
  return { from: filter.from ?? new Date(to.getTime() - DEFAULT_LOOKBACK_DAYS * 86_400_000), to };
}

/**
 * Full records for index entries, per vendor in one batch each, in the entries' order. With
 * `fromStore` (a ticket's sessions through the link index), ended sessions whose record the store
 * holds cost no vendor call, and the records read from the vendors are kept in the index. A vendor
 * whose batch fails is left out and reported, as when its listing fails: the others' sessions stay.
 */
async function load(ctx: Context, entries: readonly SessionIndexEntry[], fromStore = false): Promise<{ sessions: SupportSession[]; unavailable: UnavailableVendor[] }> {
  const loaded = fromStore ? await storedRecords(ctx, entries) : new Map<string, SupportSession>();
  const missing = new Map<SupportVendor, string[]>();
  for (const entry of entries) {
    if (entry.session) loaded.set(`${entry.vendor}:${entry.vendorId}`, entry.session);
    else if (!loaded.has(`${entry.vendor}:${entry.vendorId}`)) missing.set(entry.vendor, [...(missing.get(entry.vendor) ?? []), entry.vendorId]);
  }
  const { unavailable } = await fromEachVendor([...missing].map(([vendor, ids]) => ({ vendor, ids })), async ({ vendor, ids }) => {
    const records = (await supportSource(vendor)!.sessions(ctx, ids)).filter((record): record is SupportSession => record !== null);
    for (const record of records) loaded.set(`${vendor}:${record.vendorId}`, record);
    if (fromStore) await indexRead(ctx, records);
    return [];
  });
  return { sessions: entries.flatMap((entry) => loaded.get(`${entry.vendor}:${entry.vendorId}`) ?? []), unavailable };
}

async function agentMatcher(ctx: Context, key: string): Promise<(entry: SessionIndexEntry) => boolean> {
  const agent: Agent | null = await agentByKey(ctx, key);
  const ids = new Set((agent?.identities ?? []).map((identity) => `${identity.vendor}:${identity.vendorId}`));
  return (entry) => entry.agentId !== null && ids.has(`${entry.vendor}:${entry.agentId}`);
}

async function teamMatcher(ctx: Context, team: { vendor: string; vendorId: string }): Promise<(entry: SessionIndexEntry) => boolean> {
  const source = SUPPORT_SOURCES.find((candidate) => candidate.vendor === team.vendor);
  const found = source ? (await source.teams(ctx)).find((candidate) => candidate.vendorId === team.vendorId) : undefined;
  const members = new Set(found?.memberIds ?? []);
  // A team's sessions are those its members handled (the listing does not say which queue a session came through).
  return (entry) => entry.vendor === team.vendor && entry.agentId !== null && members.has(entry.agentId);
}

/**
 * Sessions across vendors, newest first. Each vendor lists the window once (a lightweight
 * listing); filters run on that; then only the page's sessions are loaded in full, one batch
 * per vendor. A vendor that fails is left out and named in `unavailableVendors`.
 */
export async function listSupportSessions(ctx: Context, filter: SessionFilter, args: { first?: number | null; after?: string | null }): Promise<SessionConnection> {
  const sources = SUPPORT_SOURCES.filter((source) => !filter.vendor || source.vendor === filter.vendor);
  const stored = await storedIndex(ctx, sources, filter);
  const indexed = !stored && filter.ticketId && ctx.linkIndex ? await indexedTicketSessions(ctx, sources, filter.ticketId, defaultWindow(ctx, filter)) : null;
  const { items, unavailable } =
    stored ??
    indexed ??
    (filter.ticketId ? await ticketIndex(ctx, sources, filter, filter.ticketId) : await fromEachVendor(sources, (source) => sessionIndex(ctx, source, defaultWindow(ctx, filter), null)));
  const checks: ((entry: SessionIndexEntry) => boolean)[] = [];
  if (filter.status) checks.push((entry) => entry.status === filter.status);
  if (filter.agentKey) checks.push(await agentMatcher(ctx, filter.agentKey));
  if (filter.team) checks.push(await teamMatcher(ctx, filter.team));
  let entries = items.filter((entry) => checks.every((check) => check(entry)));
  if (filter.ratingAtMost != null) entries = await withRatingAtMost(ctx, entries, filter.ratingAtMost);
  entries.sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? '') || a.vendorId.localeCompare(b.vendorId));

  const failedLoads = new Map<string, UnavailableVendor>();
  const connection = await pageThrough(
    async (token) => {
      const offset = token ? Number(token) : 0;
      const slice = entries.slice(offset, offset + PAGE.maxFirst);
      const next = offset + PAGE.maxFirst < entries.length ? String(offset + PAGE.maxFirst) : null;
      const page = await load(ctx, slice, indexed !== null);
      for (const vendor of page.unavailable) failedLoads.set(vendor.vendor, vendor);
      return { items: page.sessions, next };
    },
    args,
    PAGE,
  );
  return { ...connection, unavailableVendors: [...unavailable, ...failedLoads.values()], ...(stored?.sourced ?? LIVE) };
}

/**
 * The listing from the store, when it covers the window for every vendor listed (else null: the
 * vendors are asked). A ticket's sessions are those keyed to it or linked to it by the gateway.
 */
async function storedIndex(ctx: Context, sources: readonly VendorSupportSource[], filter: SessionFilter): Promise<{ items: SessionIndexEntry[]; unavailable: UnavailableVendor[]; sourced: Sourced } | null> {
  const vendors = sources.map((source) => source.vendor).filter((vendor) => upstreamEnabled(ctx, vendor));
  const window = defaultWindow(ctx, filter);
  const sourced = await chooseSource(ctx, vendors.map((vendor) => ({ vendor, resource: 'sessions' as const })), window);
  if (sourced.source === 'LIVE') return null;
  const ticket = filter.ticketId ? { ticketId: filter.ticketId, linked: await linkedSessions(ctx, filter.ticketId) } : null;
  return { items: await storedSessionIndex(ctx, vendors, window, ticket), unavailable: [], sourced };
}

/**
 * A ticket's sessions: its sessions cannot start before the ticket was created, so each vendor
 * lists only from then (sessionsOfTicketSince; tickets asked about together share one listing),
 * not the whole default window. Sessions the gateway linked to the ticket but that started
 * earlier (keyed to it afterwards) are read by id, as long as the default window holds them.
 */
async function ticketIndex(ctx: Context, sources: readonly VendorSupportSource[], filter: SessionFilter, ticketId: string): Promise<{ items: SessionIndexEntry[]; unavailable: UnavailableVendor[] }> {
  const widest = defaultWindow(ctx, filter);
  const [since, links] = await Promise.all([sessionsOfTicketSince(ctx, ticketId), linkedSessions(ctx, ticketId)]);
  const window = since && since > widest.from && since < widest.to ? { from: since, to: widest.to } : widest;
  const listed = await fromEachVendor(sources, (source) => sessionIndex(ctx, source, window, { ticketId, linked: links }));
  const linked = new Set(links.map((link) => `${link.vendor}:${link.vendorId}`));
  const items = listed.items.filter((entry) => entry.externalKey === ticketId || linked.has(`${entry.vendor}:${entry.vendorId}`));

  const seen = new Set(listed.items.map((entry) => `${entry.vendor}:${entry.vendorId}`));
  const failed = new Set(listed.unavailable.map((vendor) => vendor.vendor));
  const earlier = links.filter((link) => !seen.has(`${link.vendor}:${link.vendorId}`) && !failed.has(link.vendor));
  const bySource = sources.filter((source) => earlier.some((link) => link.vendor === source.vendor));
  if (bySource.length === 0) return { items, unavailable: listed.unavailable };
  const read = await fromEachVendor(bySource, async (source) => {
    const records = await source.sessions(ctx, earlier.filter((link) => link.vendor === source.vendor).map((link) => link.vendorId));
    return records.filter((record): record is SupportSession => record !== null && inWindow(record.startedAt, widest)).map(indexEntryOf);
  });
  return { items: [...items, ...read.items], unavailable: [...listed.unavailable, ...read.unavailable] };
}

function inWindow(at: string | null, window: TimeWindow): boolean {
  if (at === null) return false;
  const time = Date.parse(at);
  return time >= window.from.getTime() && time < window.to.getTime();
}

/** Keeps rated sessions with at most `stars`; feedback is read in one batch per vendor. */
async function withRatingAtMost(ctx: Context, entries: SessionIndexEntry[], stars: number): Promise<SessionIndexEntry[]> {
  const ended = entries.filter((entry) => entry.endedAt !== null);
  const byVendor = await Promise.all(
    SUPPORT_SOURCES.map(async (source) => {
      const own = ended.filter((entry) => entry.vendor === source.vendor);
      // Sessions read from the store carry their feedback; only the others ask the vendor.
      const unknown = own.filter((entry) => !entry.session?.feedback);
      const fetched = unknown.length > 0 ? await source.entryFeedback(ctx, unknown) : [];
      const feedback = new Map(unknown.map((entry, index) => [entry, fetched[index]!]));
      return own.filter((entry) => ((entry.session?.feedback ?? feedback.get(entry))!.rating ?? Infinity) <= stars);
    }),
  );
  const keep = new Set(byVendor.flat().map((entry) => `${entry.vendor}:${entry.vendorId}`));
  return entries.filter((entry) => keep.has(`${entry.vendor}:${entry.vendorId}`));
}

export async function supportSessionsById(ctx: Context, vendor: SupportVendor, ids: readonly string[]): Promise<(SupportSession | null)[]> {
  const source = supportSource(vendor);
  if (ids.length === 0) return [];
  return source ? source.sessions(ctx, ids) : ids.map(() => null);
}

export async function supportSessionById(ctx: Context, vendor: SupportVendor, id: string): Promise<SupportSession | null> {
  return (await supportSessionsById(ctx, vendor, [id]))[0] ?? null;
}

const NO_FEEDBACK: SessionFeedback = Object.freeze({ rating: null, comment: null, resolution: null });

/**
 * The customer's feedback: on the record when the vendor puts it there; else (Bomgar's exit
 * surveys) read by the session's own times, so a record the store held costs no second read of
 * it, and a page's sessions share one batch. A session that has not ended has none yet.
 */
export async function sessionFeedback(ctx: Context, session: SupportSession): Promise<SessionFeedback> {
  if (session.feedback) return session.feedback;
  if (session.endedAt === null) return NO_FEEDBACK;
  return (await sourceOf(session).entryFeedback(ctx, [indexEntryOf(session)]))[0]!;
}

export function sessionEvents(ctx: Context, session: SupportSession): Promise<SupportSessionEvent[]> {
  if (session.events) return Promise.resolve(session.events);
  return isStoredSession(session) ? storedSessionEvents(ctx, session) : sourceOf(session).events(ctx, session);
}

export function sessionAgent(ctx: Context, session: SupportSession): Promise<Agent | null> {
  return session.agent ? agentForRef(ctx, session.agent) : Promise.resolve(null);
}

/** Sessions opened for a ticket (by the vendor's external key or the gateway's own link), newest first. */
export function ticketSupportSessions(ctx: Context, ticketId: string, args: { first?: number | null; after?: string | null }): Promise<SessionConnection> {
  return listSupportSessions(ctx, { ticketId }, args);
}

/** Open sessions (waiting or active) of a ticket, across vendors. */
export async function openSupportSessionsOfTicket(ctx: Context, ticketId: string): Promise<{ sessions: SupportSession[]; unavailable: UnavailableVendor[] }> {
  const page = await listSupportSessions(ctx, { ticketId }, { first: PAGE.maxFirst });
  return { sessions: page.edges.map((edge) => edge.node).filter((session) => session.status === 'WAITING' || session.status === 'ACTIVE'), unavailable: page.unavailableVendors };
}

const activeNow = cacheSlot<Promise<SessionConnection>>('support/sessions:activeNow');

/**
 * Sessions an agent is in now (status ACTIVE), across the person's identities. Every agent of a
 * request shares one read of the running sessions, so a list of agents costs no call per agent.
 * A vendor the agent works in that could not list its sessions fails the field with its typed
 * error: without it the list would claim the agent is in none there.
 */
export async function activeSessionsOfAgent(ctx: Context, agent: Agent): Promise<SupportSession[]> {
  let running = ctx.cache.get(activeNow);
  if (!running) {
    running = listSupportSessions(ctx, { status: 'ACTIVE' }, { first: PAGE.maxFirst });
    ctx.cache.set(activeNow, running);
  }
  const { edges, unavailableVendors } = await running;
  const failed = unavailableVendors.find((vendor) => agent.identities.some((identity) => identity.vendor === vendor.vendor));
  if (failed) throw unavailableError(failed);
  const mine = new Set(agent.identities.map((identity) => `${identity.vendor}:${identity.vendorId}`));
  return edges.map((edge) => edge.node).filter((session) => session.agent && mine.has(`${session.agent.vendor}:${session.agent.vendorId}`));
}

function sourceOf(session: SupportSession): VendorSupportSource {
  return supportSource(session.vendor)!;
}
