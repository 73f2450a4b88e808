import { pathMatchesGlob } from './glob.js';

/**
 * Which requests a stub answers or a journal query counts: every field given must match.
 * Shared by `POST /_sim/stubs`, `GET /_sim/journal` and `POST /_sim/journal/verify`.
 */
export interface RequestPattern {
  /** Vendor name. */
  vendor?: string;
  /** HTTP method, upper case. */
  method?: string;
  /** Path glob, relative to the vendor's base path (`/api/v2/tickets*`) or full (`/zendesk/api/v2/tickets*`). */
  path?: string;
  /** Query parameters that must be present with these (decoded) values; others may be there too. */
  query?: Record<string, string>;
  /** A string the raw body must contain, or a JSON value the parsed body (JSON or form fields) must include. */
  requestBody?: unknown;
}

/** A request (or journal entry) as a pattern sees it; query and body are parsed only when a pattern asks. */
export interface PatternTarget {
  vendor: string;
  method: string;
  /** The full path, base path included. */
  fullPath: string;
  /** The path relative to the vendor's base path. */
  path: string;
  query(): URLSearchParams;
  bodyText(): string;
  /** The parsed body: JSON, or a form's fields; undefined when neither. */
  body(): unknown;
}

export function matchesPattern(pattern: RequestPattern, target: PatternTarget): boolean {
  if (pattern.vendor !== undefined && pattern.vendor !== target.vendor) return false;
  if (pattern.method !== undefined && pattern.method !== target.method) return false;
  if (pattern.path !== undefined && !pathMatchesGlob(pattern.path, target.path) && !pathMatchesGlob(pattern.path, target.fullPath)) return false;
  if (pattern.query !== undefined) {
    const query = target.query();
    for (const [name, value] of Object.entries(pattern.query)) if (query.get(name) !== value) return false;
  }
  if (pattern.requestBody !== undefined) {
    if (typeof pattern.requestBody === 'string') return target.bodyText().includes(pattern.requestBody);
    return includesJson(pattern.requestBody, target.body());
  }
  return true;
}

/**
 * Whether `actual` includes `expected`: objects key by key (extra keys allowed), arrays element by
 * element (same length), anything else equal. A form field (always a string) equals a number or
 * boolean that prints the same.
 */
export function includesJson(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => includesJson(item, actual[i]));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(expected).every(([key, value]) => key in record && includesJson(value, record[key]));
  }
  if (typeof actual === 'string' && (typeof expected === 'number' || typeof expected === 'boolean')) return actual === String(expected);
  return expected === actual;
}
