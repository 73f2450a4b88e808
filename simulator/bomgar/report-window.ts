import type { VirtualClock } from '../core/clock.js';

/** [from, to) in ms, or why the parameters do not make one. */
export type ReportWindow = { from: number; to: number } | { error: string };

const DAY_MS = 86_400_000;

/**
 * The Reporting API's window: `start_date` (YYYY-MM-DD, UTC) with `duration` in days or an
 * `end_date`; or `start_time` (UNIX seconds) with `duration` in seconds or an `end_time`.
 * `duration=0` (or none) means "until now".
 */
export function readWindow(params: URLSearchParams, clock: VirtualClock): ReportWindow {
  const now = clock.nowMs();
  const startDate = params.get('start_date');
  const startTime = params.get('start_time');
  const duration = params.get('duration');
  if (duration !== null && !/^\d+$/.test(duration)) return { error: 'Invalid duration: must be a non-negative integer' };
  if (startDate !== null) {
    const from = readDate(startDate);
    if (from === undefined) return { error: 'Invalid start_date: expected YYYY-MM-DD' };
    const endDate = params.get('end_date');
    if (endDate !== null) {
      const to = readDate(endDate);
      return to === undefined ? { error: 'Invalid end_date: expected YYYY-MM-DD' } : { from, to: to + DAY_MS };
    }
    const days = Number(duration ?? 0);
    return { from, to: days === 0 ? now + 1 : from + days * DAY_MS };
  }
  if (startTime !== null) {
    if (!/^\d+$/.test(startTime)) return { error: 'Invalid start_time: expected a UNIX timestamp' };
    const from = Number(startTime) * 1000;
    const endTime = params.get('end_time');
    if (endTime !== null) {
      return /^\d+$/.test(endTime) ? { from, to: Number(endTime) * 1000 } : { error: 'Invalid end_time: expected a UNIX timestamp' };
    }
    const secs = Number(duration ?? 0);
    return { from, to: secs === 0 ? now + 1 : from + secs * 1000 };
  }
  return { error: 'Missing required parameter: start_date or start_time' };
}

function readDate(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}
