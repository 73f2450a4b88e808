// The store, the simulator and the vendors are imported when the command runs, so `switchboard --help` loads none of them.
import { ConfigError } from '../domain/config-error.js';
import { VENDOR_FAMILIES, type VendorFamily } from '../domain/vendors.js';

export const SYNC_USAGE = `switchboard sync [--vendor zendesk|goto|bomgar|ameyo] [--since DATE] [--full]

Pulls vendor history into the store (DATABASE_URL): Zendesk tickets (incremental
export), GoToMeeting meetings with attendees, GoToWebinar webinars and GoToTraining
trainings with registrants and attendance, GoToAssist and Bomgar sessions with
their events and surveys, Ameyo calls. Each vendor resource resumes from its
checkpoint; a second run changes nothing; a run killed midway loses nothing.
Vendors without a configured URL are read from a simulator started for the run.
Exits 1 naming the vendors that failed (the others are still synced).

Options:
  --vendor V   only this vendor (default: every one SWITCHBOARD_VENDORS enables)
  --since DATE read from DATE (2026-01-31 or an ISO time) even where the store
               already covers it; rows are upserted, never doubled
  --full       ignore the checkpoints and read everything again
  -h, --help   show this help`;

/** A progress bar per vendor on a terminal, plain lines otherwise. */
async function progressFor(stream: NodeJS.WriteStream) {
  const { lineProgress, terminalProgress } = await import('../store/sync/progress.js');
  return stream.isTTY ? terminalProgress(stream) : lineProgress((line) => console.log(line));
}

function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(at.getTime())) throw new ConfigError([{ variable: '--since', message: `"${value}" is not a date (2026-01-31 or an ISO time)` }]);
  return at;
}

function vendorsOf(value: string | undefined, enabled: readonly VendorFamily[]): VendorFamily[] {
  if (value === undefined) return [...enabled];
  if (!(VENDOR_FAMILIES as readonly string[]).includes(value)) throw new ConfigError([{ variable: '--vendor', message: `must be one of ${VENDOR_FAMILIES.join(', ')}` }]);
  if (!enabled.includes(value as VendorFamily)) throw new ConfigError([{ variable: 'SWITCHBOARD_VENDORS', message: `leaves ${value} out, so it cannot be synced` }]);
  return [value as VendorFamily];
}

/** `switchboard sync`: one run, then exits (1 when a vendor failed). */
export async function syncCommand(values: Record<string, string | boolean | undefined>): Promise<void> {
  const [{ loadConfig }, { openStore }, { embedSimulatorWhereUnconfigured }, { failedVendors, runConfiguredSync }] = await Promise.all([
    import('./config.js'),
    import('../store/index.js'),
    import('./embedded-simulator.js'),
    import('./sync-job.js'),
  ]);
  const loaded = loadConfig();
  const since = parseSince(values['since'] as string | undefined);
  const vendors = vendorsOf(values['vendor'] as string | undefined, loaded.enabledVendors);
  const config = { ...loaded, enabledVendors: vendors };
  const store = await openStore({ databaseUrl: config.databaseUrl }).catch((error: Error) => {
    throw new ConfigError([{ variable: 'DATABASE_URL', message: `the store could not be opened: ${error.message}` }]);
  });
  const abort = new AbortController();
  const interrupt = () => abort.abort(new Error('interrupted'));
  process.once('SIGINT', interrupt);
  let simulator: Awaited<ReturnType<typeof embedSimulatorWhereUnconfigured>> = null;
  try {
    // A private simulator: any free port, and today's data (the same all day, so a second run the same day changes nothing).
    const today = new Date(new Date().toISOString().slice(0, 10));
    simulator = await embedSimulatorWhereUnconfigured(config, { port: 0, startTime: today });
    await store.migrate();
    if (simulator) {
      console.log(`No URL configured for ${simulator.vendors.join(', ')}: syncing from a simulator started for this run (${simulator.url}, seed ${config.simulator.seed}; made-up data).`);
    }
    const progress = await progressFor(process.stderr);
    const outcomes = await runConfiguredSync({ config, store, vendors: vendors as VendorFamily[], since, full: values['full'] === true, signal: abort.signal, onEvent: progress.onEvent });
    progress.stop();
    for (const outcome of outcomes) {
      const read = outcome.resources.reduce((sum, r) => sum + r.records, 0);
      const written = outcome.resources.reduce((sum, r) => sum + r.written, 0);
      console.log(`${outcome.vendor}: ${outcome.error ? `FAILED (${outcome.error.message})` : 'ok'}; ${read} records read, ${written} rows written`);
    }
    const failed = failedVendors(outcomes);
    if (failed.length > 0) {
      console.error(`switchboard sync: failed: ${failed.map((f) => f.vendor).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', interrupt);
    await store.close();
    await simulator?.close();
  }
}
