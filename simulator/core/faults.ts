import { CountedRules, type Counted } from './counted-rules.js';
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
export type Fault = FaultSpec & Counted;

/** The registered faults, matched in the order they were added. */
export class FaultStore extends CountedRules<FaultSpec> {
  readonly #random: Prng;

  /** @param random the seeded generator that decides `rate` draws */
  constructor(random: Prng) {
    super('f');
    this.#random = random;
  }

  /**
   * The fault that hits this request, if any: the first one (in order added) that matches the
   * vendor and path, has hits left, and wins its `rate` draw. Counts the hit.
   */
  take(vendor: string, path: string): Fault | undefined {
    for (const fault of this.rules) {
      if (fault.vendor !== undefined && fault.vendor !== vendor) continue;
      if (fault.path !== undefined && !pathMatchesGlob(fault.path, path)) continue;
      if (!this.live(fault)) continue;
      // Only draw when the rate is partial, so rate 1 faults do not move the sequence.
      if (fault.rate !== undefined && fault.rate < 1 && !(this.#random.next() < fault.rate)) continue;
      this.hit(fault);
      return { ...fault };
    }
    return undefined;
  }
}
