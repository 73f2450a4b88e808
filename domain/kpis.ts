/**
 * The wallboard's key figures (KPI tiles), across every vendor, over one window: what a support floor
 * steers by. Pure: the store's rows are turned into `KpiContact`s by the service (resolvers/live/kpis.ts),
 * and every definition lives here (documented in docs/wallboard.md).
 */

/** SERVICE_LEVEL's default threshold: a customer counts as served in time when an agent took them within this many seconds. */
export const DEFAULT_SERVICE_LEVEL_SECONDS = 60;

/** A rating at or above this (of 5) is a satisfied customer in CSAT. */
export const SATISFIED_RATING = 4;

/** One customer contact: a remote-support session or a call. */
export interface KpiContact {
  channel: 'SESSION' | 'CALL';
  /**
   * Whether the customer asked for service (a session; an inbound call). Outbound calls count among
   * calls but in none of service level, abandon rate or speed of answer.
   */
  inbound: boolean;
  /** An agent took it (a session ENDED or running with an agent; a call CONNECTED). */
  answered: boolean;
  /** The customer gave up before an agent took it (a session ABANDONED; an inbound call NO_ANSWER). */
  abandoned: boolean;
  /** Seconds from asking to being taken, when the vendor's records tell; null when unknown or not answered. */
  waitSeconds: number | null;
  /** Seconds an agent spent on it once taken (talk and hold for a call), when it ended; null otherwise. */
  handleSeconds: number | null;
  /** The customer's rating, 1 to 5; null when not rated. */
  rating: number | null;
}

/** The key figures of one window. Ratios are 0 to 1 (4 decimals), seconds 2 decimals; null when there is nothing to divide by. */
export interface KpiFigures {
  /** The threshold the service level was measured against (seconds). */
  serviceLevelSeconds: number;
  /** Answered within the threshold / (answered with a known wait + abandoned). */
  serviceLevel: number | null;
  /** Abandoned / (answered + abandoned), inbound only. */
  abandonRate: number | null;
  /** Mean wait of the answered contacts whose wait is known. */
  averageSpeedOfAnswerSeconds: number | null;
  /** Mean handle time of the answered contacts that ended. */
  averageHandleSeconds: number | null;
  /** Remote-support sessions that started in the window, in any state. */
  sessions: number;
  /** Calls that started in the window, either direction. */
  calls: number;
  /** Rated contacts. */
  rated: number;
  /** Share of ratings at or above SATISFIED_RATING among the rated. */
  csat: number | null;
  /** Mean rating (1 to 5) of the rated. */
  averageRating: number | null;
}

const round = (value: number | null, digits: number): number | null => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
const share = (part: number, whole: number) => round(whole > 0 ? part / whole : null, 4);
const mean = (values: number[]) => round(values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null, 2);

/** The key figures of the contacts of one window. */
export function computeKpis(contacts: readonly KpiContact[], serviceLevelSeconds = DEFAULT_SERVICE_LEVEL_SECONDS): KpiFigures {
  const inbound = contacts.filter((contact) => contact.inbound);
  const answered = inbound.filter((contact) => contact.answered);
  const abandoned = inbound.filter((contact) => contact.abandoned).length;
  const waits = answered.flatMap((contact) => (contact.waitSeconds === null ? [] : [contact.waitSeconds]));
  const ratings = contacts.flatMap((contact) => (contact.rating === null ? [] : [contact.rating]));
  return {
    serviceLevelSeconds,
    serviceLevel: share(waits.filter((wait) => wait <= serviceLevelSeconds).length, waits.length + abandoned),
    abandonRate: share(abandoned, answered.length + abandoned),
    averageSpeedOfAnswerSeconds: mean(waits),
    averageHandleSeconds: mean(contacts.flatMap((contact) => (contact.answered && contact.handleSeconds !== null ? [contact.handleSeconds] : []))),
    sessions: contacts.filter((contact) => contact.channel === 'SESSION').length,
    calls: contacts.filter((contact) => contact.channel === 'CALL').length,
    rated: ratings.length,
    csat: share(ratings.filter((rating) => rating >= SATISFIED_RATING).length, ratings.length),
    averageRating: mean(ratings),
  };
}

/** A window `[from, to)`. */
export interface KpiWindow {
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;

/** Today so far (from UTC midnight to `now`): the window liveBoard's KPIs cover. */
export function todaySoFar(now: Date): KpiWindow {
  return { from: new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS), to: now };
}

/** The same window one day earlier: what sessions and calls are compared with ("the same time yesterday"). */
export function dayBefore(window: KpiWindow): KpiWindow {
  return { from: new Date(window.from.getTime() - DAY_MS), to: new Date(window.to.getTime() - DAY_MS) };
}
