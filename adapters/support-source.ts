import type {
  AgentIdentity,
  NewSupportSession,
  SessionFeedback,
  SessionTicket,
  SessionStatus,
  StartedSupportSession,
  SupportQueue,
  SupportSession,
  SupportSessionEvent,
  SupportTarget,
  SupportTeam,
  SupportVendor,
} from '../domain/support.js';

/** A session as a listing knows it before its full record is loaded: enough to filter and order. */
export interface SessionIndexEntry {
  vendor: SupportVendor;
  vendorId: string;
  startedAt: string | null;
  endedAt: string | null;
  status: SessionStatus;
  /** The agent identity's vendorId. */
  agentId: string | null;
  externalKey: string | null;
  /** The full record, when the listing call already returned it. */
  session?: SupportSession;
}

/** The index entry of a fully loaded session (one read by id, or a listing that carries full records). */
export function indexEntryOf(session: SupportSession): SessionIndexEntry {
  return {
    vendor: session.vendor,
    vendorId: session.vendorId,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    status: session.status,
    agentId: session.agent?.vendorId ?? null,
    externalKey: session.externalKey,
    session,
  };
}

export interface TimeWindow {
  from: Date;
  to: Date;
}

/**
 * How far back a listing without `from` looks. Vendors list sessions by time window only, so
 * the listing needs a start; a year (and a margin) covers the reporting most teams keep.
 */
export const DEFAULT_LOOKBACK_DAYS = 400;

/**
 * How far past "now" an open-ended listing reaches. Vendors select sessions by start time with
 * an exclusive end; a session started in the current second, or on a vendor clock running a
 * little ahead of ours, must still be listed. No session starts in the future, so the margin
 * costs nothing.
 */
export const OPEN_END_MARGIN_MS = 5 * 60_000;

/** The window of a listing without dates: the last DEFAULT_LOOKBACK_DAYS up to a little past `now`. */
export function recentWindow(now: Date): TimeWindow {
  const to = new Date(now.getTime() + OPEN_END_MARGIN_MS);
  return { from: new Date(to.getTime() - DEFAULT_LOOKBACK_DAYS * 86_400_000), to };
}

/**
 * What a remote-support vendor offers the domain services. One implementation per vendor
 * (`adapters/<vendor>/support-source.ts`, named by its registry entry's `support`). Reads go
 * through the request's loaders, so a page costs a bounded number of vendor calls. `A` is the
 * narrow view of the request the vendor reads (adapters/vendor-client.ts).
 */
export interface SupportSource<A = never> {
  vendor: SupportVendor;
  /** Every session that started in the window (lightweight), newest first or any order. */
  index(access: A, window: TimeWindow): Promise<SessionIndexEntry[]>;
  /** Full records by vendorId, in the order asked; unknown ids null. */
  sessions(access: A, ids: readonly string[]): Promise<(SupportSession | null)[]>;
  feedback(access: A, session: SupportSession): Promise<SessionFeedback>;
  /** Feedback for listing entries without loading the sessions, in one batch. */
  entryFeedback(access: A, entries: readonly SessionIndexEntry[]): Promise<SessionFeedback[]>;
  events(access: A, session: SupportSession): Promise<SupportSessionEvent[]>;
  identities(access: A): Promise<AgentIdentity[]>;
  teams(access: A): Promise<SupportTeam[]>;
  queues(access: A): Promise<SupportQueue[]>;
  /** Starts a session for a ticket; the input is already validated against `limits`. */
  start(access: A, input: NewSupportSession): Promise<StartedSupportSession>;
  transfer(access: A, sessionId: string, target: SupportTarget): Promise<void>;
  end(access: A, sessionId: string): Promise<void>;
  /** Puts the ticket on the session (its id as the external key; its URL where the vendor keeps one). */
  setExternalKey(access: A, sessionId: string, ticket: SessionTicket): Promise<void>;
  /** Drops the request's cached copy of a session after a command changed it. */
  forget(access: A, sessionId: string): void;
  /** Cancels a connection code not used yet; false when the vendor has no such code. */
  cancelCode(access: A, code: string): Promise<boolean>;
  /** Field limits the vendor enforces on startSupportSession's customer, by input field (checked before any call). */
  limits: { customerName: number; customerCompany: number; customerDetails: number; externalKey: number };
}

/** DataLoader `loadMany` results mapped to records: a failed key rethrows its vendor error, a missing one is null. */
export function mapLoaded<T, U>(records: readonly (T | Error | null)[], map: (record: T) => U): (U | null)[] {
  return records.map((record) => {
    if (record instanceof Error) throw record;
    return record === null ? null : map(record);
  });
}
