import JSON5 from 'json5';
import type { SimRequest } from '../core/request.js';

/** A request field from the query string or a form body, whichever carries it. */
export function field(req: SimRequest, name: string): string | undefined {
  const fromQuery = req.query.get(name);
  if (fromQuery !== null) return fromQuery;
  const body = req.body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const value = (body as Record<string, unknown>)[name];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * A JSON object from text (the command API's `data`), or undefined. Read leniently, as Ameyo does:
 * integrations send `{'crtObjectId':'…'}` and `{crtObjectId:'…'}` as well as strict JSON.
 */
export function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON5.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A string member (numbers are accepted as their text: Ameyo ids travel either way). */
export function text(data: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = data?.[name];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A nested object member, or undefined. */
export function member(data: Record<string, unknown> | undefined, name: string): Record<string, unknown> | undefined {
  const value = data?.[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** `true`/`"true"` as true, `false`/`"false"`/absent as false, anything else undefined. */
export function flag(data: Record<string, unknown> | undefined, name: string): boolean | undefined {
  const value = data?.[name];
  if (value === undefined || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  return undefined;
}
