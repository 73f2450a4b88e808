import type { VendorFamily } from '../../domain/vendors.js';
// A CommonJS module whose `Format` Node's named-export detection misses: read from the default export.
import cliProgress, { MultiBar, Presets, type Options, type SingleBar } from 'cli-progress';
import type { SyncEvent } from './events.js';


/** Shows a run's events; `stop()` once the run is over. */
export interface SyncProgress {
  onEvent(event: SyncEvent): void;
  stop(): void;
}

const what = (event: { upstream: string; resource: string }) => `${event.upstream}/${event.resource}`;

/** One plain line per page and per outcome, for logs and pipes (and for tests that read them). */
export function lineProgress(write: (line: string) => void): SyncProgress {
  return {
    onEvent(event) {
      switch (event.type) {
        case 'start':
          return write(`sync ${what(event)}: started`);
        case 'total':
          return write(`sync ${what(event)}: ${event.records} to read`);
        case 'page':
          return write(`sync ${what(event)}: page of ${event.records}, ${event.written} written${event.coveredTo ? `, covered to ${event.coveredTo.toISOString()}` : ''}`);
        case 'done':
          return write(`sync ${what(event)}: done, ${event.records} read, ${event.written} written`);
        case 'failed':
          return write(`sync ${what(event)}: FAILED: ${event.error.message}`);
      }
    },
    stop() {},
  };
}

/** What a vendor's line shows: the resource running (or last run) and the vendor's counts since its first resource started. */
export interface VendorProgress {
  vendor: VendorFamily;
  /** `upstream/resource` running, or last run. */
  resource: string;
  /** Records the resource has read so far, and its total when it announced one (a listing); undefined: not known. */
  resourceRead: number;
  resourceTotal: number | undefined;
  /** `running`, `done` or `failed`: the resource's state. */
  state: 'running' | 'done' | 'failed';
  /** Records read and rows written over the vendor's resources. */
  read: number;
  written: number;
  /** When the vendor's first resource started, and when its last one ended (null while one runs): ms since the epoch. */
  startedAt: number;
  endedAt: number | null;
}

/**
 * One vendor's line: the running resource's bar and percentage when its total is known (never 100% before
 * it is done: a listing may grow while it is read), its count alone when not; then the vendor's records
 * and rows, with the time since it started and its rate (records a second) first.
 */
export function vendorLine(view: VendorProgress, now: number, bar: (fraction: number) => string): string {
  const known = view.resourceTotal !== undefined && view.resourceTotal > 0;
  const fraction = view.state === 'done' ? 1 : known ? Math.min(view.resourceRead / view.resourceTotal!, 0.99) : 0;
  const progress = view.state === 'done' ? 'done' : view.state === 'failed' ? 'FAILED' : known ? `${Math.floor(fraction * 100)}% ${view.resourceRead}/${view.resourceTotal}` : `${view.resourceRead} read, total not known`;
  const seconds = Math.max(0, ((view.endedAt ?? now) - view.startedAt) / 1000);
  const rate = seconds >= 1 ? `${(view.read / seconds).toFixed(view.read / seconds < 10 ? 1 : 0)}/s` : '–/s';
  // Time and rate first: a narrow terminal cuts the end of the line off.
  return `${view.vendor.padEnd(7)} |${bar(known || view.state === 'done' ? fraction : 0)}| ${elapsed(seconds)} ${rate} | ${view.resource} ${progress} | ${view.read} records, ${view.written} written`;
}

/** `42s`, `3m05s`, `1h02m`. */
function elapsed(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** cli-progress's bar, rounded down: 99% never draws a full bar. */
function barOf(fraction: number, options: Options): string {
  const size = options.barsize ?? 40;
  return cliProgress.Format.BarFormat(Math.floor(fraction * size) / size, options);
}

/** A line per vendor (cli-progress), redrawn as events arrive and as time passes, for a terminal. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): SyncProgress {
  const multibar = new MultiBar(
    {
      stream,
      clearOnComplete: false,
      hideCursor: true,
      barsize: 20,
      // cli-progress's own percentage and ETA assume a fixed total: the line is ours.
      format: (options, _params, payload: { view: VendorProgress }) => vendorLine(payload.view, now(), (fraction) => barOf(fraction, options)),
    },
    Presets.shades_classic,
  );
  const bars = new Map<VendorFamily, { bar: SingleBar; view: VendorProgress }>();
  const entryOf = (event: SyncEvent) => {
    let entry = bars.get(event.vendor);
    if (!entry) {
      const view: VendorProgress = { vendor: event.vendor, resource: what(event), resourceRead: 0, resourceTotal: undefined, state: 'running', read: 0, written: 0, startedAt: now(), endedAt: null };
      entry = { bar: multibar.create(1, 0, { view }), view };
      bars.set(event.vendor, entry);
    }
    return entry;
  };
  return {
    onEvent(event) {
      const { bar, view } = entryOf(event);
      switch (event.type) {
        case 'start':
          Object.assign(view, { resource: what(event), resourceRead: 0, resourceTotal: undefined, state: 'running', endedAt: null });
          break;
        case 'total':
          view.resourceTotal = event.records;
          break;
        case 'page':
          view.resourceRead += event.records;
          view.read += event.records;
          view.written += event.written;
          break;
        case 'done':
        case 'failed':
          Object.assign(view, { state: event.type, endedAt: now() });
          break;
      }
      bar.update(0, { view });
    },
    stop: () => multibar.stop(),
  };
}
