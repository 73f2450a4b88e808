import type { VendorFamily } from '../../domain/vendors.js';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
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

interface VendorBar {
  bar: SingleBar;
  /** Known totals per resource; a resource that gives none counts what it has read. */
  totals: Map<string, number>;
  read: Map<string, number>;
  written: number;
}

/** A progress bar per vendor (cli-progress), for a terminal. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): SyncProgress {
  const multibar = new MultiBar(
    { stream, clearOnComplete: false, hideCursor: true, format: '{vendor} |{bar}| {value}/{total} records | {written} written | {status}' },
    Presets.shades_classic,
  );
  const bars = new Map<VendorFamily, VendorBar>();
  const barOf = (vendor: VendorFamily): VendorBar => {
    let entry = bars.get(vendor);
    if (!entry) {
      entry = { bar: multibar.create(0, 0, { vendor: vendor.padEnd(7), written: 0, status: 'starting' }), totals: new Map(), read: new Map(), written: 0 };
      bars.set(vendor, entry);
    }
    return entry;
  };
  const render = (entry: VendorBar, status: string) => {
    let value = 0;
    let total = 0;
    for (const resource of new Set([...entry.read.keys(), ...entry.totals.keys()])) {
      const read = entry.read.get(resource) ?? 0;
      value += read;
      total += Math.max(entry.totals.get(resource) ?? 0, read);
    }
    entry.bar.setTotal(total);
    entry.bar.update(value, { written: entry.written, status });
  };
  return {
    onEvent(event) {
      const entry = barOf(event.vendor);
      const resource = what(event);
      switch (event.type) {
        case 'start':
          return render(entry, resource);
        case 'total':
          entry.totals.set(resource, event.records);
          return render(entry, resource);
        case 'page':
          entry.read.set(resource, (entry.read.get(resource) ?? 0) + event.records);
          entry.written += event.written;
          return render(entry, resource);
        case 'done':
          return render(entry, `${resource} done`);
        case 'failed':
          return render(entry, `${resource} FAILED`);
      }
    },
    stop: () => multibar.stop(),
  };
}
