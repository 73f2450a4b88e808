/** One vendor request as the simulator saw it. */
export interface JournalEntry {
  vendor: string;
  method: string;
  /** The full request path as received, e.g. `/zendesk/api/v2/tickets.json`. */
  path: string;
  /** The raw query string without `?` (still percent-encoded), or ''. */
  query: string;
  /** The status sent, or 0 when no response was sent (connection reset or dropped). */
  status: number;
  /** Real (wall-clock) milliseconds from arrival to the end of the response. */
  durationMs: number;
  /** Virtual-clock time of arrival, ISO-8601 with milliseconds. */
  at: string;
}

interface Slot {
  entry: JournalEntry;
  done: boolean;
}

/** The default number of entries kept. */
export const DEFAULT_JOURNAL_LIMIT = 10_000;

/**
 * Every vendor request, oldest first (by arrival), capped at `limit` entries (the oldest are
 * dropped). An entry is listed once its response has finished or its connection has closed.
 */
export class Journal {
  readonly limit: number;
  #slots: Slot[] = [];

  /** @param limit how many entries to keep (default 10,000) */
  constructor(limit: number = DEFAULT_JOURNAL_LIMIT) {
    this.limit = limit;
  }

  /** Records an arriving request; call the returned function once with its outcome. */
  begin(init: Pick<JournalEntry, 'vendor' | 'method' | 'path' | 'query' | 'at'>): (status: number, durationMs: number) => void {
    const slot: Slot = { entry: { ...init, status: 0, durationMs: 0 }, done: false };
    this.#slots.push(slot);
    if (this.#slots.length > this.limit) this.#slots.splice(0, this.#slots.length - this.limit);
    return (status, durationMs) => {
      if (slot.done) return;
      slot.entry.status = status;
      slot.entry.durationMs = durationMs;
      slot.done = true;
    };
  }

  /** Finished entries, oldest first, optionally for one vendor only. */
  entries(vendor?: string): JournalEntry[] {
    return this.#slots
      .filter((s) => s.done && (vendor === undefined || s.entry.vendor === vendor))
      .map((s) => ({ ...s.entry }));
  }

  clear(): void {
    this.#slots = [];
  }
}
