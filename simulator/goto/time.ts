/** ISO-8601 UTC without milliseconds (`2026-01-05T09:00:00Z`): G2W, G2T and the OAuth server. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * GoToMeeting's own rendering, `2026-01-05T09:00:00.+0000` (an empty fraction and a
 * numeric zone), as its responses print times.
 */
export function g2mTime(ms: number): string {
  return isoSeconds(ms).replace('Z', '.+0000');
}

/** Epoch ms of an ISO-8601 query or body value, or undefined when it is not one. */
export function readTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const ms = Date.parse(value.replace(/\.\+/, '+'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** A required `[from, to]` window from two query parameters, or the name of the bad one. */
export function readWindow(query: URLSearchParams, fromName: string, toName: string): { from: number; to: number } | { bad: string } {
  const from = readTime(query.get(fromName));
  if (from === undefined) return { bad: fromName };
  const to = readTime(query.get(toName));
  if (to === undefined) return { bad: toName };
  return { from, to };
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A list of `{<startName>, <endName>}` ISO times (G2W `startTime/endTime`, G2T `startDate/endDate`), each ending after it starts. */
export function readRanges(value: unknown, startName: string, endName: string): { startMs: number; endMs: number }[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const ranges: { startMs: number; endMs: number }[] = [];
  for (const entry of value) {
    const record = entry as Record<string, unknown> | null;
    const startMs = readTime(record?.[startName]);
    const endMs = readTime(record?.[endName]);
    if (startMs === undefined || endMs === undefined || endMs <= startMs) return undefined;
    ranges.push({ startMs, endMs });
  }
  return ranges;
}
