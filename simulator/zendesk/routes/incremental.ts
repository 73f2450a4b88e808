import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { ApiContext } from '../api-context.js';
import { invalidValue } from '../errors.js';
import type { ZendeskTicket, ZendeskUser } from '../model.js';
import { ticketJson, userJson } from '../serialize.js';
import type { ZendeskState } from '../state.js';
import { unixSeconds } from '../time.js';

/** Most tickets one incremental export page carries. */
export const INCREMENTAL_PAGE_LIMIT = 1000;

/** A place in the export order; `before` cursors read backwards from it. */
type Position = { seconds: number; id: number; before: boolean };

/** What an export reads: records with an id and an `updatedAt`. */
interface Exported {
  id: number;
  updatedAt: string;
}

interface ExportSource<T extends Exported> {
  /** The collection name: the path segment and the key of the answer. */
  name: 'tickets' | 'users';
  records: (state: ZendeskState) => T[];
  toJson: (record: T, baseUrl: string) => unknown;
}

const TICKETS: ExportSource<ZendeskTicket> = {
  name: 'tickets',
  // Deleted tickets stay in the export, with status "deleted".
  records: (state) => [...state.tickets.values(), ...state.deletedTickets.values()],
  toJson: ticketJson,
};

const USERS: ExportSource<ZendeskUser> = { name: 'users', records: (state) => [...state.users.values()], toJson: userJson };

/** Cursor and time-based incremental exports of tickets (deleted ones included) and users. */
export function registerIncrementalRoutes(router: Router<ApiContext>): void {
  for (const source of [TICKETS, USERS] as unknown as ExportSource<Exported>[]) {
    router
      .add('GET', `/api/v2/incremental/${source.name}/cursor`, (req, _params, { state }) => cursorExport(req, state, source))
      .add('GET', `/api/v2/incremental/${source.name}`, (req, _params, { state }) => timeExport(req, state, source));
  }
}

function cursorExport(req: SimRequest, state: ZendeskState, source: ExportSource<Exported>): VendorReply {
  const cursor = req.query.get('cursor');
  let from: Position;
  if (cursor !== null) {
    const decoded = decodeCursor(cursor);
    if (!decoded) return invalidValue('cursor is invalid');
    from = decoded;
  } else {
    const start = startTime(req, state);
    if (typeof start !== 'number') return start;
    from = { seconds: start, id: 0, before: false };
  }
  const perPage = pageSize(req);
  const ordered = exportOrder(source.records(state));
  const page = from.before ? ordered.filter((t) => isBefore(t, from)).slice(-perPage) : ordered.filter((t) => isAfter(t, from)).slice(0, perPage);
  const first = page[0];
  const last = page[page.length - 1];
  const end: Position = last ? positionOf(last) : { ...from, before: false };
  const afterCursor = encodeCursor(end);
  const beforeCursor = first ? encodeCursor({ ...positionOf(first), before: true }) : null;
  const link = (c: string): string => `${req.baseUrl}/api/v2/incremental/${source.name}/cursor.json?cursor=${encodeURIComponent(c)}${perPageParam(req)}`;
  return jsonReply(200, {
    [source.name]: page.map((t) => source.toJson(t, req.baseUrl)),
    after_url: link(afterCursor),
    after_cursor: afterCursor,
    before_url: beforeCursor === null ? null : link(beforeCursor),
    before_cursor: beforeCursor,
    end_of_stream: !ordered.some((t) => isAfter(t, end)),
  });
}

function timeExport(req: SimRequest, state: ZendeskState, source: ExportSource<Exported>): VendorReply {
  const start = startTime(req, state);
  if (typeof start !== 'number') return start;
  const perPage = pageSize(req);
  const after = exportOrder(source.records(state)).filter((t) => unixSeconds(t.updatedAt) >= start);
  const page = after.slice(0, perPage);
  const last = page[page.length - 1];
  const endTime = last ? unixSeconds(last.updatedAt) : start;
  return jsonReply(200, {
    [source.name]: page.map((t) => source.toJson(t, req.baseUrl)),
    next_page: `${req.baseUrl}/api/v2/incremental/${source.name}.json?start_time=${endTime}${perPageParam(req)}`,
    count: page.length,
    end_time: endTime,
    end_of_stream: after.length <= perPage,
  });
}

function startTime(req: SimRequest, state: ZendeskState): number | ReturnType<typeof invalidValue> {
  const raw = req.query.get('start_time');
  if (raw === null || !/^\d+$/.test(raw)) return invalidValue('start_time is required (a Unix time in seconds)');
  const start = Number(raw);
  if (start * 1000 > state.clock.nowMs()) return invalidValue('start_time cannot be in the future');
  return start;
}

function pageSize(req: SimRequest): number {
  const n = Number(req.query.get('per_page'));
  return Number.isInteger(n) && n >= 1 ? Math.min(n, INCREMENTAL_PAGE_LIMIT) : INCREMENTAL_PAGE_LIMIT;
}

function perPageParam(req: SimRequest): string {
  const n = req.query.get('per_page');
  return n === null ? '' : `&per_page=${encodeURIComponent(n)}`;
}

function exportOrder<T extends Exported>(records: T[]): T[] {
  // Each record's position read once (not in every comparison): the benchmark volume has 100,000 tickets.
  const positioned = records.map((t) => ({ t, p: positionOf(t) }));
  return positioned.sort((a, b) => a.p.seconds - b.p.seconds || a.p.id - b.p.id).map(({ t }) => t);
}

function positionOf(t: Exported): Position {
  return { seconds: unixSeconds(t.updatedAt), id: t.id, before: false };
}

function isAfter(t: Exported, from: Position): boolean {
  const p = positionOf(t);
  return p.seconds > from.seconds || (p.seconds === from.seconds && p.id > from.id);
}

function isBefore(t: Exported, from: Position): boolean {
  const p = positionOf(t);
  return p.seconds < from.seconds || (p.seconds === from.seconds && p.id < from.id);
}

/** Shaped like the real cursors (base64 of `<unix>.0||<id>|`, plus `b` for a before cursor). */
function encodeCursor(p: Position): string {
  return Buffer.from(`${p.seconds}.0||${p.id}|${p.before ? 'b' : ''}`).toString('base64');
}

function decodeCursor(cursor: string): Position | undefined {
  const m = /^(\d+)\.0\|\|(\d+)\|(b?)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return m ? { seconds: Number(m[1]), id: Number(m[2]), before: m[3] === 'b' } : undefined;
}
