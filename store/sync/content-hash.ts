import { createHash } from 'node:crypto';

/** A hash of a row's synced fields (dates as their ISO text), so an unchanged row is never rewritten. */
export function contentHash(fields: Record<string, unknown>): string {
  return createHash('sha1').update(JSON.stringify(fields)).digest('hex');
}
