import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdminHandler } from './core/admin.js';
import { TickingClock, type VirtualClock } from './core/clock.js';
import { dispatchVendorRequest, type Cancellable, type Mount } from './core/dispatch.js';
import { FaultStore } from './core/faults.js';
import { Journal } from './core/journal.js';
import { resolveOptions, type ResolvedSimulatorOptions, type SimulatorOptions } from './core/options.js';
import { Prng } from './core/prng.js';
import { ScenarioEngine } from './core/scenarios/engine.js';
import { LiveHub } from './core/scenarios/live-hub.js';
import { loadFixtures, type Fixture } from './core/record/fixture.js';
import { FixtureScrubber } from './core/record/fixture-scrubber.js';
import { createRecorder } from './core/record/recorder.js';
import { createReplayer } from './core/record/replayer.js';
import { jsonReply, writeReply } from './core/reply.js';
import { splitTarget } from './core/request.js';
import { statusPage } from './core/status-page.js';
import { StubStore } from './core/stubs.js';
import type { VendorDefinition } from './core/vendor.js';
import { vendors as registeredVendors } from './vendors.js';

export type { SimulatorOptions } from './core/options.js';
export type { VirtualClock } from './core/clock.js';
export type { Journal, JournalEntry, JournalFilter } from './core/journal.js';
export type { RecordTarget, CredentialRule } from './core/record/record-target.js';

/** How a vendor is served: simulated (its module), recorded from the real vendor, or replayed from fixtures. */
type VendorMode = { mode: 'simulated' } | { mode: 'record'; upstream: string } | { mode: 'replay' };

export interface Simulator {
  /** Answers one HTTP request (admin API under /_sim, vendors under their base paths). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Every vendor back to this seed's data; faults, stubs and journal cleared; clock back to its start. */
  reset(seed: number): void;
  readonly clock: VirtualClock;
  readonly journal: Journal;
  /** Cancels pending latency faults (their connections are dropped) and refuses further requests. */
  close(): Promise<void>;
}

class SimulatorImpl implements Simulator {
  readonly clock: TickingClock;
  readonly journal: Journal;
  #faults: FaultStore;
  #stubs = new StubStore();
  #seed: number;
  #mounts: Mount[] = [];
  #closed = false;
  readonly #options: ResolvedSimulatorOptions;
  readonly #definitions: readonly VendorDefinition[];
  readonly #inflight = new Set<Cancellable>();
  readonly #admin: ReturnType<typeof createAdminHandler>;
  /** Pushes and their receivers (kept across resets), and the scenario engine over the vendors' live hooks. */
  readonly #live: LiveHub;
  readonly #scenarios: ScenarioEngine;
  /** Record mode's scrubber, one per simulator so pseudonyms agree across vendors and resets. */
  readonly #scrubber: FixtureScrubber | undefined;
  /** Replay mode's fixtures, by vendor. */
  readonly #fixtures: Map<string, Fixture[]>;

  constructor(options: ResolvedSimulatorOptions, definitions: readonly VendorDefinition[]) {
    this.#options = options;
    this.#definitions = definitions;
    this.#seed = options.seed;
    const names = definitions.map(({ name }) => name);
    for (const vendor of Object.keys(options.record)) {
      if (!names.includes(vendor)) throw new RangeError(`record: no vendor named ${vendor} (one of ${names.join(', ')})`);
    }
    this.#scrubber = Object.keys(options.record).length > 0 ? new FixtureScrubber(Object.values(options.record).flatMap((t) => t.secrets ?? [])) : undefined;
    this.#fixtures = options.replay === undefined ? new Map() : loadFixtures(options.replay);
    for (const vendor of this.#fixtures.keys()) {
      if (!names.includes(vendor)) throw new RangeError(`replay: ${options.replay}/${vendor} names no vendor (one of ${names.join(', ')})`);
    }
    this.clock = new TickingClock(options.startTime);
    this.journal = new Journal(options.journalLimit, options.journalBodyBytes);
    this.#faults = new FaultStore(new Prng(options.seed, 'faults'));
    this.#live = new LiveHub(this.clock);
    this.#mounts = this.#createMounts();
    const liveVendors = () => this.#mounts.flatMap(({ instance }) => instance.live ?? []);
    this.#scenarios = new ScenarioEngine({ clock: this.clock, hub: this.#live, vendors: liveVendors, faults: () => this.#faults });
    this.#admin = createAdminHandler({
      clock: this.clock,
      journal: this.journal,
      faults: () => this.#faults,
      stubs: () => this.#stubs,
      seed: () => this.#seed,
      vendors: () => this.#vendorList(),
      rateLimits: options.rateLimits,
      reset: (seed) => this.reset(seed),
      live: { engine: this.#scenarios, hub: this.#live, clock: this.clock, vendors: liveVendors, seed: () => this.#seed },
    });
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    this.#route(req, res).catch((err: unknown) => {
      if (!res.headersSent) writeReply(res, jsonReply(500, { error: 'SimulatorError', description: (err as Error).message }));
      else res.destroy();
    });
  }

  reset(seed: number): void {
    if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
    this.#seed = seed;
    this.clock.reset();
    this.journal.clear();
    this.#faults = new FaultStore(new Prng(seed, 'faults'));
    this.#stubs = new StubStore();
    this.#scenarios.reset();
    this.#live.reset();
    this.#mounts = this.#createMounts();
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#scenarios.close();
    this.#live.close();
    for (const entry of [...this.#inflight]) entry.cancel();
  }

  #createMounts(): Mount[] {
    return this.#definitions.map((definition) => {
      const { name } = definition;
      const record = this.#options.record[name];
      const fixtures = this.#fixtures.get(name);
      if (record && this.#options.fixturesDir !== undefined && this.#scrubber) {
        return { definition, instance: createRecorder({ vendor: name, target: record, dir: this.#options.fixturesDir, scrubber: this.#scrubber }) };
      }
      if (fixtures) return { definition, instance: createReplayer(name, fixtures) };
      return { definition, instance: definition.create({ seed: this.#seed, clock: this.clock, options: this.#options, live: this.#live }) };
    });
  }

  #mode(name: string): VendorMode {
    const record = this.#options.record[name];
    if (record) return { mode: 'record', upstream: record.url };
    return this.#fixtures.has(name) ? { mode: 'replay' } : { mode: 'simulated' };
  }

  #vendorList(): ({ name: string; basePath: string } & VendorMode)[] {
    return this.#definitions.map(({ name, basePath }) => ({ name, basePath, ...this.#mode(name) }));
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#closed) {
      req.socket.destroy();
      return;
    }
    const target = splitTarget(req.url ?? '/');
    if (target.path === '/_sim' || target.path.startsWith('/_sim/')) {
      await this.#admin(req, res, target);
      return;
    }
    if (target.path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
      req.resume();
      writeReply(
        res,
        statusPage({
          seed: this.#seed,
          now: this.clock.now().toISOString(),
          rateLimits: this.#options.rateLimits,
          vendors: this.#vendorList(),
          scenario: this.#scenarios.status(),
          faults: this.#faults.list(),
          stubs: this.#stubs.list(),
          journal: this.journal.entries(undefined, { limit: 20 }),
        }),
      );
      return;
    }
    const mount = this.#mounts.find(({ definition: { basePath } }) => target.path.startsWith(basePath) && (target.path.length === basePath.length || target.path[basePath.length] === '/'));
    if (!mount) {
      req.resume();
      const vendors = this.#definitions.map(({ name, basePath }) => ({ name, basePath }));
      writeReply(res, jsonReply(404, { error: `nothing at ${target.path}: vendors live under their base paths`, vendors, admin: '/_sim' }));
      return;
    }
    await dispatchVendorRequest(req, res, mount, target, {
      journal: this.journal,
      faults: this.#faults,
      stubs: this.#stubs,
      clock: this.clock,
      inflight: this.#inflight,
    });
  }
}

export function createSimulator(options?: SimulatorOptions): Simulator {
  return new SimulatorImpl(resolveOptions(options), registeredVendors);
}

/** Listens on host/port (port 0 = ephemeral). Only entry points and tests call this. */
export async function startSimulator(
  options: SimulatorOptions & { port?: number; host?: string } = {},
): Promise<{ simulator: Simulator; url: string; port: number; close(): Promise<void> }> {
  const { port = 0, host = '127.0.0.1', ...simOptions } = options;
  const simulator = createSimulator(simOptions);
  const server = createServer((req, res) => simulator.handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    simulator,
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    close: () => {
      closing ??= (async () => {
        await simulator.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}
