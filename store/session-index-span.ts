/**
 * The arithmetic of the support-session index's watermark: "the index is complete for this
 * vendor's sessions that started in [from, to)". Pure; every time is on the vendor's clock
 * (session start times), never ours, so a vendor whose clock runs behind or ahead of the
 * gateway's cannot make the index skip a session.
 */

/** [from, to) */
export interface Span {
  from: Date;
  to: Date;
}

export interface SpanRules {
  /**
   * How far behind the newest start a listing returned its completeness stops. A session the vendor
   * files a moment late (its report lags its start) is then still listed by the next read. Default 60 s.
   */
  settleMs: number;
  /**
   * A session running longer than this (behind the newest start seen) no longer holds the watermark at
   * its start, so one session left open for days cannot make every read list days again; such a
   * session's later changes reach the index through pushes, the gateway's own commands and sync.
   * Default 12 hours.
   */
  holdMaxMs: number;
}

export const SPAN_RULES: SpanRules = { settleMs: 60_000, holdMaxMs: 12 * 3_600_000 };

/** What a listing of one window returned, as far as completeness goes. */
export interface ListedSpan {
  window: Span;
  /** Every listed session: its start (null when the vendor gave none) and whether it may still change. */
  sessions: readonly { startedAt: string | null; open: boolean }[];
  /**
   * The index's watermark end before this listing, when one exists: the vendor's clock has reached it
   * (it never passes a listed start), so a window ending there is complete even when it held nothing.
   */
  known: Date | null;
}

/**
 * Where the completeness a listing proves ends (null: it proves nothing). Not past the window's end;
 * not past the vendor's own "now" as far as we know it (the newest start listed less `settleMs`, or
 * `known`), since our clock says nothing about the vendor's; not past the start of a session that is
 * still running (its external key can still change), unless it has run past `holdMaxMs`.
 */
export function listedUntil(listing: ListedSpan, rules: SpanRules = SPAN_RULES): Date | null {
  const from = listing.window.from.getTime();
  const to = listing.window.to.getTime();
  // A loop, not Math.max(...): a first listing can hold a hundred thousand sessions.
  let newest: number | null = null;
  for (const session of listing.sessions) {
    const start = session.startedAt === null ? NaN : Date.parse(session.startedAt);
    if (Number.isFinite(start) && (newest === null || start > newest)) newest = start;
  }
  const reachedBy = [listing.known?.getTime() ?? null, newest === null ? null : newest - rules.settleMs].filter((time): time is number => time !== null);
  if (reachedBy.length === 0) return null;
  const reached = Math.max(...reachedBy);
  const latest = Math.max(reached, newest ?? reached);
  const held = listing.sessions.flatMap((session) => {
    if (!session.open) return [];
    const start = session.startedAt === null ? NaN : Date.parse(session.startedAt);
    // A session without a start cannot be placed: it holds the whole window.
    if (!Number.isFinite(start)) return [from];
    return start >= latest - rules.holdMaxMs ? [Math.max(from, start)] : [];
  });
  const end = held.reduce((min, start) => Math.min(min, start), Math.min(to, reached));
  return end > from ? new Date(end) : null;
}

/**
 * The watermark after adding a complete span: their union when they overlap or touch; otherwise the
 * watermark as it was (a read lists on from its end, so the spans it proves always touch it; an
 * island past a gap, such as a sync's pages after a session that still runs, proves nothing yet).
 */
export function mergeSpan(mark: Span | null, added: Span): Span {
  if (!mark) return added;
  if (added.from <= mark.to && added.to >= mark.from) {
    return { from: added.from < mark.from ? added.from : mark.from, to: added.to > mark.to ? added.to : mark.to };
  }
  return mark;
}

/** The parts of `need` the watermark does not cover (none, one or two spans), oldest first. */
export function uncoveredSpans(need: Span, mark: Span | null): Span[] {
  const overlap = coveredSpan(need, mark);
  if (!overlap) return need.from < need.to ? [need] : [];
  const spans: Span[] = [];
  if (need.from < overlap.from) spans.push({ from: need.from, to: overlap.from });
  if (overlap.to < need.to) spans.push({ from: overlap.to, to: need.to });
  return spans;
}

/** The part of `need` the watermark covers, or null. */
export function coveredSpan(need: Span, mark: Span | null): Span | null {
  if (!mark) return null;
  const from = need.from > mark.from ? need.from : mark.from;
  const to = need.to < mark.to ? need.to : mark.to;
  return from < to ? { from, to } : null;
}

/** Whether an ISO time lies in the span. */
export function inSpan(at: string | Date | null, span: Span): boolean {
  if (at === null) return false;
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return time >= span.from.getTime() && time < span.to.getTime();
}
