// The store, the simulator and the vendors are imported when the command runs, so `switchboard --help` loads none of them.
import { ConfigError } from '../domain/config-error.js';
import { VENDOR_FAMILIES, type VendorFamily } from '../domain/vendors.js';

export const SYNC_USAGE = `switchboard sync [--vendor zendesk|goto|bomgar|ameyo] [--product meeting|webinar|training|assist]
                 [--id ID] [--since DATE] [--full] [--wait]

Pulls vendor history into the store (DATABASE_URL): Zendesk tickets (incremental
export), GoToMeeting meetings with attendees, GoToWebinar webinars and GoToTraining
trainings with registrants and attendance, GoToAssist and Bomgar sessions with
their events and surveys, Ameyo calls. Each vendor resource resumes from its
checkpoint; a second run changes nothing; a run killed midway loses nothing.
Vendors without a configured URL are read from the simulator answering at
SIMULATOR_PORT (the one \`serve\` embeds), else from one started for the run.
One sync per store at a time: while another (a second \`switchboard sync\`, or
\`serve\`'s interval) holds the store, it exits 75 naming the holder, or waits
with --wait. Exits 1 naming the vendors that failed (the others are still
synced), 130 when interrupted (Ctrl-C; committed pages stay).

Options:
  --vendor V   only this vendor (default: every one SWITCHBOARD_VENDORS enables)
  --product P  only this GoTo product (implies --vendor goto)
  --id ID      only this record, read again and stored (needs --vendor, and
               --product for goto); checkpoints stay where they are
  --since DATE read from DATE (2026-01-31 or an ISO time) even where the store
               already covers it; rows are upserted, never doubled
  --full       ignore the checkpoints and read everything again
  --wait       wait while another sync holds the store instead of exiting
  -h, --help   show this help`;

/** `--product` names and the upstream (checkpoint) vendor each one syncs. */
const GOTO_PRODUCTS = { meeting: 'gotomeeting', webinar: 'gotowebinar', training: 'gototraining', assist: 'gotoassist' } as const;

/** Exit code while another sync holds the store: EX_TEMPFAIL (try again later). */
const EXIT_LOCKED = 75;
/** Exit code after Ctrl-C, as shells report a SIGINT. */
const EXIT_INTERRUPTED = 130;

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

/** What one run syncs: vendors, and with `--product` / `--id` one upstream resource or one record of it. */
interface SyncScope {
  vendors: VendorFamily[];
  /** The upstream vendor (checkpoint vendor) of the one resource synced. */
  upstream?: string;
  id?: string;
}

function scopeOf(values: Record<string, string | boolean | undefined>, enabled: readonly VendorFamily[]): SyncScope {
  const product = values['product'] as string | undefined;
  const id = values['id'] as string | undefined;
  let vendor = values['vendor'] as string | undefined;
  if (product !== undefined) {
    if (!Object.hasOwn(GOTO_PRODUCTS, product)) throw new ConfigError([{ variable: '--product', message: `must be one of ${Object.keys(GOTO_PRODUCTS).join(', ')}` }]);
    if (vendor !== undefined && vendor !== 'goto') throw new ConfigError([{ variable: '--product', message: `is a GoTo product; --vendor ${vendor} has none` }]);
    vendor = 'goto';
  }
  if (id !== undefined) {
    if (!/^[\w.@:|#-]{1,200}$/.test(id)) throw new ConfigError([{ variable: '--id', message: 'must be a vendor record id (letters, digits and . @ : | # - _, at most 200)' }]);
    if (vendor === undefined) throw new ConfigError([{ variable: '--id', message: 'needs --vendor (and --product for goto): whose record it is' }]);
    if (vendor === 'goto' && product === undefined) throw new ConfigError([{ variable: '--id', message: 'needs --product for goto: meeting, webinar, training or assist' }]);
  }
  const upstream = product !== undefined ? GOTO_PRODUCTS[product as keyof typeof GOTO_PRODUCTS] : id !== undefined ? vendor : undefined;
  return { vendors: vendorsOf(vendor, enabled), ...(upstream !== undefined && { upstream }), ...(id !== undefined && { id }) };
}

/**
 * `switchboard sync`: one run, then exits (1 when a vendor failed, 75 when another sync holds the
 * store, 130 when interrupted). Nothing it prints carries SQL or row values (store/sync/store-error.ts).
 */
export async function syncCommand(values: Record<string, string | boolean | undefined>): Promise<void> {
  const [{ loadConfig }, { openStore }, { simulatorForSync }, { failedVendors, runConfiguredSync }, { describeHolder, tryTakeSyncLock, waitForSyncLock }, { withoutSql }] =
    await Promise.all([
      import('./config.js'),
      import('../store/index.js'),
      import('./sync-simulator.js'),
      import('./sync-job.js'),
      import('../store/sync/lock.js'),
      import('../store/sync/store-error.js'),
    ]);
  const loaded = loadConfig();
  for (const warning of loaded.warnings) console.error(`switchboard sync: warning: ${warning}`);
  const since = parseSince(values['since'] as string | undefined);
  const scope = scopeOf(values, loaded.enabledVendors);
  const config = { ...loaded, enabledVendors: scope.vendors };
  const store = await openStore({ databaseUrl: config.databaseUrl }).catch((error: unknown) => {
    throw new ConfigError([{ variable: 'DATABASE_URL', message: `the store could not be opened: ${withoutSql(error).message}` }]);
  });
  // With OTEL_EXPORTER_OTLP_ENDPOINT set, each page's read and commit is a span, as in serve's interval sync.
  const tracing = config.tracing
    ? (await import('./observability/tracing/start-tracing.js')).startTracing(
        config.tracing,
        (await import('./logger.js')).createLogger({ env: config.env, logLevel: 'warn', credentials: config.credentials, logFormat: 'json' }, { destination: process.stderr }),
      )
    : null;
  const abort = new AbortController();
  // Ctrl-C stops the run between calls (committed pages stay) and exits 130; a second one exits at once.
  const interrupt = () => {
    if (abort.signal.aborted) process.exit(EXIT_INTERRUPTED);
    abort.abort(new Error('interrupted'));
    console.error('switchboard sync: interrupted; stopping after the call in flight (Ctrl-C again to exit at once)');
  };
  process.on('SIGINT', interrupt);
  let simulator: Awaited<ReturnType<typeof simulatorForSync>> = null;
  let lock: Awaited<ReturnType<typeof waitForSyncLock>> | undefined;
  try {
    await store.migrate();
    const what = 'switchboard sync';
    if (values['wait'] === true) {
      lock = await waitForSyncLock(store.fork(), {
        what,
        signal: abort.signal,
        onWait: (heldBy) => console.log(`Waiting: another sync holds this store: ${describeHolder(heldBy)}.`),
      });
    } else {
      const taken = await tryTakeSyncLock(store.fork(), { what });
      if ('heldBy' in taken) {
        console.error(`switchboard sync: another sync holds this store: ${describeHolder(taken.heldBy)}. Run again once it has ended, or pass --wait.`);
        process.exitCode = EXIT_LOCKED;
        return;
      }
      lock = taken.lock;
    }
    simulator = await simulatorForSync(config);
    if (simulator?.shared) {
      console.log(`No URL configured for ${simulator.vendors.join(', ')}: syncing from the simulator serve embeds at ${simulator.url} (found at SIMULATOR_PORT; seed ${simulator.seed}; made-up data).`);
    } else if (simulator) {
      console.log(`No URL configured for ${simulator.vendors.join(', ')}: syncing from a simulator started for this run (${simulator.url}, seed ${simulator.seed}; made-up data; none answered at SIMULATOR_PORT ${config.simulator.port}).`);
    }
    const progress = await progressFor(process.stderr);
    const outcomes = await runConfiguredSync({
      config,
      store,
      vendors: scope.vendors,
      ...(scope.upstream !== undefined && { upstream: scope.upstream }),
      ...(scope.id !== undefined && { id: scope.id }),
      since,
      full: values['full'] === true,
      signal: AbortSignal.any([abort.signal, lock.lost]),
      onEvent: progress.onEvent,
    });
    progress.stop();
    for (const outcome of outcomes) {
      const read = outcome.resources.reduce((sum, r) => sum + r.records, 0);
      const written = outcome.resources.reduce((sum, r) => sum + r.written, 0);
      console.log(`${outcome.vendor}: ${outcome.error ? `FAILED (${outcome.error.message})` : 'ok'}; ${read} records read, ${written} rows written`);
    }
    const failed = failedVendors(outcomes);
    if (failed.length > 0 && !abort.signal.aborted) {
      console.error(`switchboard sync: failed: ${failed.map((f) => f.vendor).join(', ')}`);
      process.exitCode = 1;
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    // A store error's message holds its statement and row values: print what failed only.
    if (!abort.signal.aborted) {
      console.error(`switchboard sync: ${withoutSql(error).message}`);
      process.exitCode = 1;
    }
  } finally {
    await lock?.release().catch(() => {});
    await store.close();
    await simulator?.close();
    await tracing?.shutdown();
    process.off('SIGINT', interrupt);
    // Now, not once a vendor call the signal could not cut (a sign-in) has answered: what was committed stays.
    if (abort.signal.aborted) process.exit(EXIT_INTERRUPTED);
  }
}
