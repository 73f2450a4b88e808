import { pathMatchesGlob } from './glob.js';
import type { Prng } from './prng.js';

export const FAULT_KINDS = ['status', 'latency', 'reset', 'malformed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What `POST /_sim/faults` accepts (already validated). */
export interface FaultSpec {
  /** Vendor name; omitted: every vendor. */
  vendor?: string;
  /** Glob relative to the vendor's base path; omitted: every path. */
  path?: string;
  kind: FaultKind;
  /** For `status`: the status to answer (default 500). */
  status?: number;
  /** For `status`: the body to answer (default the vendor's own error body for that status). */
  body?: string;
  /** For `latency`: how long to wait before answering normally. */
  latencyMs?: number;
  /** For `status` 429 (and 503): the `Retry-After` seconds (default 1 for 429). */
  retryAfter?: number;
  /** How many requests it hits; omitted: until removed. */
  times?: number;
  /** The share of matching requests it hits, 0..1 (default 1), drawn from the seeded PRNG. */
  rate?: number;
}

/** A registered fault as `GET /_sim/faults` lists it. */
export interface Fault extends FaultSpec {
  id: string;
  /** How many requests it has hit so far. */
  hits: number;
  /** Hits left when `times` was given (0: spent, no longer matches). */
  remaining?: number;
}

/** The registered faults, matched in the order they were added. */
export class FaultStore {
  readonly #random: Prng;
  #faults: Fault[] = [];
  #nextId = 1;

  /** @param random the seeded generator that decides `rate` draws */
  constructor(random: Prng) {
    this.#random = random;
  }

  add(spec: FaultSpec): Fault {
    const fault: Fault = { id: `f${this.#nextId++}`, ...spec, hits: 0 };
    if (spec.times !== undefined) fault.remaining = spec.times;
    this.#faults.push(fault);
    return { ...fault };
  }

  list(): Fault[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((f) => f.id !== id);
    return this.#faults.length !== before;
  }

  clear(): void {
    this.#faults = [];
  }

  /**
   * The fault that hits this request, if any: the first one (in order added) that matches the
   * vendor and path, has hits left, and wins its `rate` draw. Counts the hit.
   */
  take(vendor: string, path: string): Fault | undefined {
    for (const fault of this.#faults) {
      if (fault.vendor !== undefined && fault.vendor !== vendor) continue;
      if (fault.path !== undefined && !pathMatchesGlob(fault.path, path)) continue;
      if (fault.remaining !== undefined && fault.remaining <= 0) continue;
      // Only draw when the rate is partial, so rate 1 faults do not move the sequence.
      if (fault.rate !== undefined && fault.rate < 1 && !(this.#random.next() < fault.rate)) continue;
      fault.hits += 1;
      if (fault.remaining !== undefined) fault.remaining -= 1;
      return { ...fault };
    }
    return undefined;
  }
}
