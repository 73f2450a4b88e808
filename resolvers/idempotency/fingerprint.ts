import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a mutation's name and arguments, the same for the same request however it was
 * written: object keys in any order, an omitted argument and a null one alike, a date by its instant.
 */
export function requestFingerprint(operation: string, args: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonicalJson(args)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== null && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
