import type { Mood, StepKind } from './live-vendor.js';

export const SCENARIO_NAMES = ['steady', 'rush-hour', 'outage'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** How a scenario draws its steps. */
export interface ScenarioProfile {
  /** Weights of the step kinds for vendors with agents and queues (GoToWebinar always gets `webinar`). */
  kinds: readonly (readonly [Exclude<StepKind, 'webinar'>, number])[];
  mood: Mood;
}

/**
 * steady: agents wander between available, busy and away; customers arrive about as fast as they
 * are served. rush-hour: customers arrive faster than they are taken, agents go busy, waits grow,
 * more low ratings. outage: steady traffic while one vendor is down (the engine adds the fault).
 */
export const PROFILES: Record<ScenarioName, ScenarioProfile> = {
  steady: {
    kinds: [['agent-status', 3], ['session-waiting', 2], ['session-start', 2], ['session-end', 2]],
    mood: { statuses: [['available', 5], ['busy', 2], ['away', 2], ['offline', 1]], lowRatingShare: 0.1 },
  },
  'rush-hour': {
    kinds: [['agent-status', 2], ['session-waiting', 5], ['session-start', 1], ['session-end', 1]],
    mood: { statuses: [['available', 1], ['busy', 6], ['away', 1], ['offline', 0]], lowRatingShare: 0.45 },
  },
  outage: {
    kinds: [['agent-status', 3], ['session-waiting', 2], ['session-start', 2], ['session-end', 2]],
    mood: { statuses: [['available', 5], ['busy', 2], ['away', 2], ['offline', 1]], lowRatingShare: 0.1 },
  },
};

/** Changes per virtual minute when `rate` is not given. */
export const DEFAULT_RATE = 6;
export const MAX_RATE = 600;
/** How long an outage lasts, and when it starts, when not given (virtual ms). */
export const DEFAULT_OUTAGE_MS = 120_000;
