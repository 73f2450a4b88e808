/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): either delay-seconds or an HTTP date.
 * Returns the wait in ms (never negative), or undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  // Seconds; decimals are not in the RFC but some vendors send them, so accept them.
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
