import type { ResourceRunContext, ResourceSync, RowBatch, SyncPage, SyncResource } from './types.js';
import type { IndexedSession } from '../session-links.js';

/** [from, to) */
export interface TimeWindow {
  from: Date;
  to: Date;
}

export interface WindowLoad {
  batches: RowBatch[];
  records: number;
  /** The earliest start among records that are not final yet (running sessions, calls, meetings): the next run reads again from there. */
  holdAt: Date | null;
  /** Remote-support sessions: every session the window held, for the link index (store/session-links.ts). */
  sessions?: IndexedSession[];
}

/** A resource read by start time, window after window (Bomgar and GoToAssist sessions, meetings, webinars, trainings, calls). */
export interface WindowedSource {
  vendor: string;
  resource: SyncResource;
  /** How far back a first run reads when no `--since` is given. */
  lookbackMs: number;
  /** The windows [range.from, range.to) is read in, oldest first, covering it without gaps. */
  plan(range: TimeWindow, ctx: ResourceRunContext): Promise<TimeWindow[]>;
  load(window: TimeWindow, ctx: ResourceRunContext): Promise<WindowLoad>;
}

/** The checkpoint cursor of a windowed resource: where the next run starts reading. */
interface WindowCursor {
  next: string;
}

/**
 * A windowed resource as a sync: from `--since`, else the checkpoint, else the lookback, up to
 * the run's now. Each window is a page; its checkpoint moves to the window's end unless a record
 * that is not final holds it back, so a record still running is read again until it has ended.
 */
export function windowedSync(source: WindowedSource): ResourceSync {
  return {
    vendor: source.vendor,
    resource: source.resource,
    async *pages(ctx): AsyncGenerator<SyncPage> {
      const { start, coveredFrom } = startOf(ctx, source.lookbackMs);
      const range = { from: start, to: ctx.now };
      const windows = start < ctx.now ? await source.plan(range, ctx) : [];
      if (windows.length === 0) {
        yield { batches: [], records: 0, checkpoint: checkpointAt(start, coveredFrom, true) };
        return;
      }
      let holdAt: Date | null = null;
      // Where the windows not committed yet began: a page's link-index write covers them all.
      let indexFrom = windows[0]!.from;
      for (const [index, window] of windows.entries()) {
        const loaded = await source.load(window, ctx);
        if (loaded.holdAt && (!holdAt || loaded.holdAt < holdAt)) holdAt = loaded.holdAt;
        const next = holdAt && holdAt < window.to ? holdAt : window.to;
        const last = index === windows.length - 1;
        // An empty window is not worth a commit of its own: the next page's checkpoint covers it.
        if (loaded.records === 0 && !last) continue;
        const indexed = loaded.sessions && {
          index: {
            vendor: source.vendor,
            sessions: loaded.sessions,
            observedAt: ctx.now,
            source: 'sync' as const,
            listed: { from: indexFrom, to: window.to },
            // The plan's listing held sessions in later windows: the vendor's clock has passed this one.
            ...(!last && { reached: window.to }),
          },
        };
        indexFrom = window.to;
        yield { batches: loaded.batches, records: loaded.records, checkpoint: checkpointAt(next, coveredFrom, last), ...indexed };
      }
    },
  };
}

function checkpointAt(next: Date, coveredFrom: Date, complete: boolean): SyncPage['checkpoint'] {
  const cursor: WindowCursor = { next: next.toISOString() };
  return { cursor: JSON.stringify(cursor), coveredFrom, coveredTo: next, complete };
}

/** Where a run starts reading, and where the coverage then starts. */
function startOf(ctx: ResourceRunContext, lookbackMs: number): { start: Date; coveredFrom: Date } {
  const stored = ctx.checkpoint;
  const next = stored?.cursor ? readCursor(stored.cursor) : null;
  // An earlier --since than the coverage reads again from there (idempotently); a later one is already covered.
  if (ctx.since && (!stored?.coveredFrom || !next || ctx.since < stored.coveredFrom)) return { start: ctx.since, coveredFrom: ctx.since };
  if (next && stored?.coveredFrom) return { start: next, coveredFrom: stored.coveredFrom };
  const start = new Date(ctx.now.getTime() - lookbackMs);
  return { start, coveredFrom: start };
}

function readCursor(cursor: string): Date | null {
  try {
    const parsed = JSON.parse(cursor) as Partial<WindowCursor>;
    const at = typeof parsed.next === 'string' ? new Date(parsed.next) : null;
    return at && !Number.isNaN(at.getTime()) ? at : null;
  } catch {
    return null;
  }
}

/** [range.from, range.to) in consecutive windows of at most `stepMs`. */
export function stepWindows(range: TimeWindow, stepMs: number): TimeWindow[] {
  const windows: TimeWindow[] = [];
  for (let from = range.from.getTime(); from < range.to.getTime(); from += stepMs) {
    windows.push({ from: new Date(from), to: new Date(Math.min(from + stepMs, range.to.getTime())) });
  }
  return windows;
}

/**
 * [range.from, range.to) in windows of about `perPage` of the listed start times, found from a
 * listing: a window closes once it holds `perPage`, at the next different time (records sharing a
 * start stay in one window, so a page never splits them).
 */
export function windowsByCount(range: TimeWindow, startTimes: readonly number[], perPage: number): TimeWindow[] {
  const times = [...startTimes].filter((t) => t >= range.from.getTime() && t < range.to.getTime()).sort((a, b) => a - b);
  const cuts: number[] = [];
  let inWindow = 0;
  for (const [index, time] of times.entries()) {
    if (inWindow >= perPage && time !== times[index - 1]) {
      cuts.push(time);
      inWindow = 0;
    }
    inWindow++;
  }
  const bounds = [range.from.getTime(), ...cuts, range.to.getTime()];
  return bounds.slice(1).map((to, i) => ({ from: new Date(bounds[i]!), to: new Date(to) }));
}

/** The earliest of some times (ms), as a checkpoint hold; null when there are none. */
export function earliest(times: readonly number[]): Date | null {
  return times.length > 0 ? new Date(times.reduce((min, t) => Math.min(min, t))) : null;
}
