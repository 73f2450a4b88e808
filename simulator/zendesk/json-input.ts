/** Reading loosely typed JSON request bodies. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Zendesk tags: lowercase, no spaces (a string with spaces is several tags), unique. */
export function normaliseTags(value: unknown): string[] | undefined {
  const raw = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : undefined;
  if (raw === undefined) return undefined;
  return [...new Set(raw.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((t) => t !== ''))];
}

/** An id given as a number or a numeric string (64-bit ids arrive both ways). */
export function readId(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  return undefined;
}
