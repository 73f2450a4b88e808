import { AdminInputError } from '../admin-input.js';
import type { VirtualClock } from '../clock.js';
import type { FaultStore } from '../faults.js';
import { Prng } from '../prng.js';
import type { LiveHub, PushDelivery } from './live-hub.js';
import { inRegistryOrder, type ChangeDetails, type ChangeRequest, type LiveVendor, type LiveVendorName } from './live-vendor.js';
import { outageFault } from './outage-faults.js';
import { PROFILES, type ScenarioName } from './profiles.js';

/** A validated `POST /_sim/scenario`. */
export interface ScenarioSpec {
  name: ScenarioName;
  seed: number;
  /** Changes per virtual minute. */
  rate: number;
  vendors: LiveVendorName[];
  /** Apply steps on a real-time timer as the clock reaches them (false: only admin calls move it). */
  realTime: boolean;
  /** Outage scenario only. */
  outage?: { vendor: LiveVendorName; afterMs: number; durationMs: number };
}

/** One applied change, as the admin API lists it. */
export type Change = ChangeDetails & { seq: number; at: string; vendor: LiveVendorName };

export interface ScenarioStatus {
  running: boolean;
  name?: ScenarioName;
  seed?: number;
  rate?: number;
  vendors?: LiveVendorName[];
  realTime?: boolean;
  startedAt?: string;
  nextStepAt?: string | null;
  stepsApplied?: number;
  outage?: { vendor: LiveVendorName; from: string; until: string; active: boolean } | null;
  changes: Change[];
}

export interface EngineDependencies {
  clock: VirtualClock;
  hub: LiveHub;
  /** The live hooks of the current vendor instances (reset replaces them). */
  vendors(): readonly LiveVendor[];
  /** The current fault store (reset replaces it). */
  faults(): FaultStore;
}

/** Changes kept for `GET /_sim/scenario`. */
const CHANGE_LIMIT = 500;
/** At most this many steps are applied by one clock move; a longer jump skips the older ones. */
const MAX_CATCH_UP = 10_000;
/** The real-time timer never sleeps longer than this (the clock may jump meanwhile). */
const MAX_TIMER_MS = 1_000;

interface Run {
  spec: ScenarioSpec;
  random: Prng;
  startMs: number;
  intervalMs: number;
  /** Index of the next step (1-based; step k is due at startMs + k * intervalMs). */
  next: number;
  applied: number;
  changes: Change[];
  outage?: { vendor: LiveVendorName; fromMs: number; untilMs: number; faultId: string | undefined; done: boolean };
  running: boolean;
}

/**
 * Runs one scenario on the virtual clock and applies injected events. Steps are due at fixed
 * virtual intervals (60 000 / rate ms) from the start; each draws a vendor, a kind and targets
 * from a PRNG seeded with the scenario's seed, so the same seed on the same starting data gives
 * the same changes. Every operation is serialised and answers after the pushes it caused landed.
 */
export class ScenarioEngine {
  readonly #deps: EngineDependencies;
  #run: Run | undefined;
  #seq = 0;
  #timer: NodeJS.Timeout | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(deps: EngineDependencies) {
    this.#deps = deps;
  }

  start(spec: ScenarioSpec): ScenarioStatus {
    this.stop();
    const startMs = this.#deps.clock.nowMs();
    const run: Run = {
      spec,
      random: new Prng(spec.seed, `scenario:${spec.name}`),
      startMs,
      intervalMs: 60_000 / spec.rate,
      next: 1,
      applied: 0,
      changes: [],
      running: true,
    };
    if (spec.outage) {
      const fromMs = startMs + spec.outage.afterMs;
      run.outage = { vendor: spec.outage.vendor, fromMs, untilMs: fromMs + spec.outage.durationMs, faultId: undefined, done: false };
      if (spec.outage.afterMs === 0) this.#beginOutage(run);
    }
    this.#run = run;
    this.#schedule();
    return this.status();
  }

  /** Stops the running scenario (its outage ends at once); false when none ran. */
  stop(): boolean {
    const run = this.#run;
    if (!run?.running) return false;
    if (run.outage && !run.outage.done && run.outage.faultId !== undefined) this.#endOutage(run);
    run.running = false;
    this.#clearTimer();
    return true;
  }

  status(): ScenarioStatus {
    const run = this.#run;
    if (!run) return { running: false, changes: [] };
    const iso = (ms: number) => new Date(ms).toISOString();
    const outage = run.outage
      ? { vendor: run.outage.vendor, from: iso(run.outage.fromMs), until: iso(run.outage.untilMs), active: run.outage.faultId !== undefined && !run.outage.done }
      : null;
    return {
      running: run.running,
      name: run.spec.name,
      seed: run.spec.seed,
      rate: run.spec.rate,
      vendors: run.spec.vendors,
      realTime: run.spec.realTime,
      startedAt: iso(run.startMs),
      nextStepAt: run.running ? iso(this.#dueMs(run, run.next)) : null,
      stepsApplied: run.applied,
      outage,
      changes: run.changes,
    };
  }

  /** Applies every step (and outage edge) due by now; resolves after the pushes they caused landed. */
  advance(): Promise<Change[]> {
    return this.#serial(async () => {
      const changes = this.#catchUp();
      this.#deps.hub.kick();
      await this.#deps.hub.settled();
      this.#schedule();
      return changes;
    });
  }

  /** Moves the clock to the `count`-th next step's due time and applies everything due. */
  step(count: number): Promise<Change[]> {
    return this.#serial(async () => {
      const run = this.#run;
      if (!run?.running) throw new AdminInputError('no scenario is running (POST /_sim/scenario first)');
      const dueMs = this.#dueMs(run, run.next + count - 1);
      const now = this.#deps.clock.nowMs();
      if (dueMs > now) this.#deps.clock.advance(dueMs - now);
      const changes = this.#catchUp();
      this.#deps.hub.kick();
      await this.#deps.hub.settled();
      this.#schedule();
      return changes;
    });
  }

  /** Applies one change by hand (`POST /_sim/events`); resolves after its pushes landed. */
  inject(vendorName: string, request: ChangeRequest): Promise<{ change: Change; pushes: PushDelivery[] }> {
    return this.#serial(async () => {
      const vendor = this.#vendor(vendorName);
      if (!vendor.kinds.includes(request.kind)) throw new AdminInputError(`kind must be one of ${vendor.kinds.join(', ')} for vendor ${vendor.name}`);
      const mark = this.#deps.hub.mark();
      const change = this.#record(vendor.name, vendor.apply(request), this.#deps.clock.nowMs());
      this.#deps.hub.kick();
      await this.#deps.hub.settled();
      return { change, pushes: this.#deps.hub.deliveriesSince(mark) };
    });
  }

  /** Waits for every push in flight (a retry kick first). */
  settle(): Promise<void> {
    return this.#serial(async () => {
      this.#deps.hub.kick();
      await this.#deps.hub.settled();
    });
  }

  /** On `/_sim/reset`: the scenario stops and is forgotten (its fault went with the old store). */
  reset(): void {
    if (this.#run) this.#run.running = false;
    this.#run = undefined;
    this.#clearTimer();
  }

  close(): void {
    this.#closed = true;
    this.reset();
  }

  #vendor(name: string): LiveVendor {
    const vendor = this.#deps.vendors().find((candidate) => candidate.name === name);
    if (!vendor) throw new AdminInputError(`vendor must be one of ${this.#liveVendors().map((v) => v.name).join(', ')}`);
    return vendor;
  }

  /** The live vendors in a fixed order, so draws do not depend on registration order. */
  #liveVendors(): LiveVendor[] {
    return inRegistryOrder(this.#deps.vendors());
  }

  #dueMs(run: Run, index: number): number {
    return Math.round(run.startMs + index * run.intervalMs);
  }

  /** Applies due steps and outage edges in time order; a step and an edge due together: the edge first. */
  #catchUp(): Change[] {
    const run = this.#run;
    if (!run?.running) return [];
    const now = this.#deps.clock.nowMs();
    const changes: Change[] = [];
    const lastDue = Math.floor((now - run.startMs) / run.intervalMs);
    if (lastDue - run.next + 1 > MAX_CATCH_UP) run.next = lastDue - MAX_CATCH_UP + 1;
    for (;;) {
      const stepMs = this.#dueMs(run, run.next);
      const edgeMs = this.#nextEdgeMs(run);
      if (edgeMs !== undefined && edgeMs <= now && edgeMs <= stepMs) {
        changes.push(this.#outageEdge(run, edgeMs));
        continue;
      }
      if (stepMs > now) break;
      const change = this.#applyStep(run, stepMs);
      run.next += 1;
      run.applied += 1;
      if (change) changes.push(change);
    }
    return changes;
  }

  #nextEdgeMs(run: Run): number | undefined {
    const outage = run.outage;
    if (!outage || outage.done) return undefined;
    return outage.faultId === undefined ? outage.fromMs : outage.untilMs;
  }

  #outageEdge(run: Run, atMs: number): Change {
    const outage = run.outage!;
    if (outage.faultId === undefined) {
      this.#beginOutage(run);
      return this.#record(outage.vendor, { kind: 'outage-start', until: new Date(outage.untilMs).toISOString() }, atMs, run);
    }
    this.#endOutage(run);
    return this.#record(outage.vendor, { kind: 'outage-end' }, atMs, run);
  }

  #beginOutage(run: Run): void {
    const outage = run.outage!;
    outage.faultId = this.#deps.faults().add(outageFault(outage.vendor)).id;
    this.#deps.hub.setDown(outage.vendor, true);
  }

  #endOutage(run: Run): void {
    const outage = run.outage!;
    outage.done = true;
    if (outage.faultId !== undefined) this.#deps.faults().remove(outage.faultId);
    this.#deps.hub.setDown(outage.vendor, false);
  }

  /** One step: a vendor, a kind, then the vendor draws targets; a kind with nothing to do falls back to an agent change. */
  #applyStep(run: Run, atMs: number): Change | undefined {
    const active = this.#liveVendors().filter((vendor) => run.spec.vendors.includes(vendor.name));
    if (active.length === 0) return undefined;
    const profile = PROFILES[run.spec.name];
    const vendor = run.random.pick(active);
    const kind = vendor.name === 'gotowebinar' ? 'webinar' : run.random.weighted(profile.kinds);
    const request = vendor.draw(kind, run.random, profile.mood) ?? (kind === 'agent-status' || kind === 'webinar' ? undefined : vendor.draw('agent-status', run.random, profile.mood));
    if (!request) return undefined;
    try {
      return this.#record(vendor.name, vendor.apply(request), atMs, run);
    } catch (error) {
      // A drawn request the vendor refuses is a bug in its draw; skip the step rather than stop the scenario.
      if (error instanceof AdminInputError) return undefined;
      throw error;
    }
  }

  #record(vendor: LiveVendorName, details: ChangeDetails, atMs: number, run?: Run): Change {
    const change: Change = { seq: ++this.#seq, at: new Date(atMs).toISOString(), vendor, ...details };
    if (run) {
      run.changes.push(change);
      if (run.changes.length > CHANGE_LIMIT) run.changes.splice(0, run.changes.length - CHANGE_LIMIT);
    }
    return change;
  }

  /** Runs operations one at a time (a timer tick never interleaves with an admin call). */
  #serial<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(operation);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** The real-time timer: wakes when the next step or edge is due (clock ticks with real time). */
  #schedule(): void {
    this.#clearTimer();
    const run = this.#run;
    if (this.#closed || !run?.running || !run.spec.realTime) return;
    const edge = this.#nextEdgeMs(run);
    const due = Math.min(this.#dueMs(run, run.next), edge ?? Infinity);
    const delay = Math.max(10, Math.min(MAX_TIMER_MS, due - this.#deps.clock.nowMs()));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.advance().catch(() => undefined);
    }, delay);
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
