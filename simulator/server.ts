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
import { jsonReply, writeReply } from './core/reply.js';
import { splitTarget } from './core/request.js';
import type { VendorDefinition } from './core/vendor.js';
import { vendors as registeredVendors } from './vendors.js';

export type { SimulatorOptions } from './core/options.js';
export type { VirtualClock } from './core/clock.js';
export type { Journal, JournalEntry } from './core/journal.js';

export interface Simulator {
  /** Answers one HTTP request (admin API under /_sim, vendors under their base paths). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Every vendor back to this seed's data; faults and journal cleared; clock back to its start. */
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

  constructor(options: ResolvedSimulatorOptions, definitions: readonly VendorDefinition[]) {
    this.#options = options;
    this.#definitions = definitions;
    this.#seed = options.seed;
    this.clock = new TickingClock(options.startTime);
    this.journal = new Journal(options.journalLimit);
    this.#faults = new FaultStore(new Prng(options.seed, 'faults'));
    this.#live = new LiveHub(this.clock);
    this.#mounts = this.#createMounts();
    const liveVendors = () => this.#mounts.flatMap(({ instance }) => instance.live ?? []);
    this.#scenarios = new ScenarioEngine({ clock: this.clock, hub: this.#live, vendors: liveVendors, faults: () => this.#faults });
    this.#admin = createAdminHandler({
      clock: this.clock,
      journal: this.journal,
      faults: () => this.#faults,
      seed: () => this.#seed,
      vendors: () => this.#definitions.map(({ name, basePath }) => ({ name, basePath })),
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
    return this.#definitions.map((definition) => ({
      definition,
      instance: definition.create({ seed: this.#seed, clock: this.clock, options: this.#options, live: this.#live }),
    }));
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
    const mount = this.#mounts.find(
      ({ definition: { basePath } }) => target.path === basePath || target.path.startsWith(`${basePath}/`),
    );
    if (!mount) {
      req.resume();
      const vendors = this.#definitions.map(({ name, basePath }) => ({ name, basePath }));
      writeReply(res, jsonReply(404, { error: `nothing at ${target.path}: vendors live under their base paths`, vendors, admin: '/_sim' }));
      return;
    }
    await dispatchVendorRequest(req, res, mount, target, {
      journal: this.journal,
      faults: this.#faults,
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
