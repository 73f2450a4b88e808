import { AdminInputError, optionalInteger, optionalString } from '../admin-input.js';
import type { Prng } from '../prng.js';
import type { ChangeRequest, Mood, MoodStatus } from './live-vendor.js';

/** A string field of a change request; `required` ones must be non-empty. Errors name the field. */
export function textField(request: ChangeRequest, field: string, rule: { required?: boolean; max?: number } = {}): string | undefined {
  const value = optionalString(request, field);
  if (value === undefined || value === '') {
    if (rule.required) throw new AdminInputError(`${field} is required (a string)`);
    return undefined;
  }
  if (rule.max !== undefined && value.length > rule.max) throw new AdminInputError(`${field} must be at most ${rule.max} characters`);
  return value;
}

/** A required field with one of `values`. */
export function choiceField<T extends string>(request: ChangeRequest, field: string, values: readonly T[]): T {
  const value = request[field];
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) throw new AdminInputError(`${field} must be one of ${values.join(', ')}`);
  return value as T;
}

/** `rating`: an integer 1 to 5, or undefined. */
export function ratingField(request: ChangeRequest): number | undefined {
  return optionalInteger(request, 'rating', { min: 1, max: 5 });
}

/** A reference field (agent, session, ...) that may be a string or a number; undefined when absent. */
export function refField(request: ChangeRequest, field: string): string | undefined {
  const value = request[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') throw new AdminInputError(`${field} must be a string`);
  return value;
}

/** The status an agent-status step aims for. */
export function drawStatus(random: Prng, mood: Mood): MoodStatus {
  return random.weighted(mood.statuses);
}

/**
 * A `session-end` step over session ids: now and then a waiting customer gives up (more often the
 * more wait), else a running session ends, rated now and then (with a comment from `comments`).
 */
export function drawSessionEnd(random: Prng, mood: Mood, waiting: readonly string[], running: readonly string[], comments: readonly string[]): ChangeRequest | undefined {
  if (waiting.length > 0 && random.chance(Math.min(0.5, 0.05 * waiting.length))) return { kind: 'session-end', session: random.pick(waiting) };
  if (running.length === 0) return undefined;
  const request: ChangeRequest = { kind: 'session-end', session: random.pick(running) };
  const rating = drawRating(random, mood);
  if (rating !== undefined) {
    request.rating = rating;
    if (random.chance(0.4)) request.comment = random.pick(comments);
  }
  return request;
}

/** Whether an ended session is rated (about 60 %) and how: 1–2 with the mood's low share, else 3–5 mostly high. */
export function drawRating(random: Prng, mood: Mood): number | undefined {
  if (!random.chance(0.6)) return undefined;
  return random.chance(mood.lowRatingShare) ? random.int(1, 2) : random.weighted([[5, 6], [4, 3], [3, 1]] as const);
}
