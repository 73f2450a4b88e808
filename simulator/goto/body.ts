import type { VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import { badRequest } from './errors.js';

export type JsonObject = Record<string, unknown>;

/** The JSON object body of a write, or GoTo's 400 for a missing or broken one. */
export function objectBody(req: SimRequest): { input: JsonObject } | { reply: VendorReply } {
  if (req.bodyError !== undefined) return { reply: badRequest(`Malformed JSON: ${req.bodyError}`) };
  const body = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { reply: badRequest('A JSON object body is required') };
  return { input: body as JsonObject };
}

/** A trimmed, non-empty string field of at most `max` characters, or undefined. */
export function text(input: JsonObject, name: string, max = 1000): string | undefined {
  const value = input[name];
  return typeof value === 'string' && value.trim() !== '' && value.length <= max ? value.trim() : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailField(input: JsonObject, name: string): string | undefined {
  const value = text(input, name, 254);
  return value && EMAIL.test(value) ? value.toLowerCase() : undefined;
}
