import { SYSTEM_FIELDS } from './constants.js';
import type { ErrorCode, ErrorDetails } from './errors.js';

/** Collects RecordInvalid `details` while validating one request body. */
export class DetailsCollector {
  readonly details: ErrorDetails = {};

  add(key: string, description: string, error: ErrorCode): void {
    (this.details[key] ??= []).push({ description, error });
  }

  /**
   * A system ticket field error. The real API files these under `base`, names the field in the
   * description ("Priority: is invalid") and adds the field's id and type.
   */
  addSystemField(field: keyof typeof SYSTEM_FIELDS, message: string, error: ErrorCode): void {
    const info = SYSTEM_FIELDS[field];
    (this.details.base ??= []).push({
      description: `${info.label}: ${message}`,
      error,
      ticket_field_id: info.id,
      ticket_field_type: info.type,
    });
  }

  get empty(): boolean {
    return Object.keys(this.details).length === 0;
  }
}

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
