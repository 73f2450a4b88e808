import { AdminInputError } from '../admin-input.js';
import type { Prng } from '../prng.js';

/** The vendors with live status, named as the gateway's `Vendor` enum values. */
export const LIVE_VENDORS = ['gotoassist', 'bomgar', 'ameyo', 'gotowebinar'] as const;
export type LiveVendorName = (typeof LIVE_VENDORS)[number];

/** Live vendors in the registry's order (draws and messages must not depend on mount order). */
export function inRegistryOrder<T extends { name: LiveVendorName }>(vendors: readonly T[]): T[] {
  return [...vendors].sort((a, b) => LIVE_VENDORS.indexOf(a.name) - LIVE_VENDORS.indexOf(b.name));
}

/** What a scenario step asks a vendor for; the vendor turns it into one of its own kinds. */
export const STEP_KINDS = ['agent-status', 'session-waiting', 'session-start', 'session-end', 'webinar'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** A vendor-neutral agent status a step aims for; each vendor maps it onto its own states. */
export type MoodStatus = 'available' | 'busy' | 'away' | 'offline';

/** How a scenario leans: where agents go and how customers rate. */
export interface Mood {
  /** Weights of the status an `agent-status` step moves an agent to. */
  statuses: readonly (readonly [MoodStatus, number])[];
  /** Share of ended sessions rated 1 or 2 (of those rated). */
  lowRatingShare: number;
}

/** One change request: `kind` plus the kind's fields, as `POST /_sim/events` takes it (without `vendor`). */
export type ChangeRequest = Record<string, unknown> & { kind: string };

/**
 * What a vendor did: `kind` plus the resolved targets (agent, session, status, ...). Only seed-
 * determined values belong here (it is what determinism is checked on), except ids a vendor makes
 * unique across resets on purpose (Ameyo's crtObjectId, reported as `call`).
 */
export type ChangeDetails = Record<string, string | number | null> & { kind: string };

/**
 * A vendor's live-status hooks, used by the scenario engine and `/_sim/events`. Pushes a change
 * causes go out through the LiveHub, which tracks them until they are answered.
 */
export interface LiveVendor {
  readonly name: LiveVendorName;
  /** The kinds `apply` accepts (listed in the 400 for an unknown kind). */
  readonly kinds: readonly string[];
  /** Applies one change; throws AdminInputError naming the field for bad input. */
  apply(request: ChangeRequest): ChangeDetails;
  /**
   * A concrete request for a step of this kind, drawn from the current state with `random`, or
   * undefined when nothing fits now (no waiting customer to take, ...). Must draw the same way for
   * the same state and random sequence: iterate state in a stable order.
   */
  draw(kind: StepKind, random: Prng, mood: Mood): ChangeRequest | undefined;
  /**
   * Simulator-only push settings at `/_sim/<vendor>/<name>` (GET shows, PUT sets): where a vendor
   * sends pushes when the real product sets that up outside its API (Bomgar's admin UI).
   */
  readonly settings?: Readonly<Record<string, LiveSetting>>;
}

/** A LiveVendor from one handler per kind (the kinds are the handlers' names). */
export function liveVendor(spec: {
  name: LiveVendorName;
  handlers: Readonly<Record<string, (request: ChangeRequest) => ChangeDetails>>;
  draw: LiveVendor['draw'];
  settings?: LiveVendor['settings'];
}): LiveVendor {
  const kinds = Object.keys(spec.handlers);
  return {
    name: spec.name,
    kinds,
    apply(request) {
      const handler = spec.handlers[request.kind];
      if (!handler) throw new AdminInputError(`kind must be one of ${kinds.join(', ')} for vendor ${spec.name}`);
      return handler(request);
    },
    draw: spec.draw,
    ...(spec.settings && { settings: spec.settings }),
  };
}

/** One push setting; kept in the LiveHub so it survives `/_sim/reset`. */
export interface LiveSetting {
  read(): unknown;
  /** Validates and stores a PUT body (throws AdminInputError naming the field); answers the new value. */
  write(body: Record<string, unknown>): unknown;
}
