import { z } from 'zod';
import { unexpectedBodyError, type DecodedCall, type HttpMethod, type QueryParams, type Transport } from '../transport/index.js';

/**
 * Shared reading of GoTo bodies. Keys arrive as numbers in one response and strings in
 * another (and above 2^53 the transport has already kept them exact as strings): every
 * key becomes a decimal string here. Times become ISO-8601 UTC without milliseconds,
 * whichever rendering the product used (G2M prints `2026-01-05T09:00:00.+0000`).
 */

export const key = z.union([z.string().regex(/^\d+$/, 'must be a numeric key'), z.number().int().nonnegative()]).transform(String);
export const optionalKey = z.union([key, z.null(), z.literal('')]).optional().transform((value) => (value === undefined || value === null || value === '' ? null : value));

/** Already ISO-8601 UTC without milliseconds: most GoTo times, left as they are (no Date round trip). */
const CANONICAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export function normalizeTime(value: string): string {
  if (CANONICAL_TIME.test(value)) return value;
  const ms = Date.parse(value.replace(/\.([+-]\d{2}:?\d{2})$/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? value : new Date(ms).toISOString().replace('.000Z', 'Z');
}

export const time = z.string().transform(normalizeTime);
/** Numbers some endpoints send as strings (`duration: "88"` in G2M history). */
export const count = z.union([z.number(), z.string().regex(/^\d+$/)]).transform(Number);
export const text = z.string().nullable().optional().transform((value) => value ?? '');

export interface GoToCall {
  method: HttpMethod;
  path: string;
  query?: QueryParams;
  json?: unknown;
  /** Statuses returned instead of thrown (404 → null). */
  acceptStatus?: readonly number[];
  idempotent?: boolean;
  signal?: AbortSignal | undefined;
}

/** Sends one call on a product transport; returns status and the parsed body. */
export async function send(transport: Transport, call: GoToCall): Promise<{ status: number; body: unknown }> {
  const response = await transport.request({
    method: call.method,
    path: call.path,
    query: call.query,
    json: call.json,
    acceptStatus: call.acceptStatus,
    idempotent: call.idempotent,
    signal: call.signal,
  });
  return { status: response.status, body: response.body };
}

/**
 * Checks a body against its schema; a mismatch is the vendor's failure (UPSTREAM_UNAVAILABLE), or
 * for a write that may not be repeated an unknown outcome (UPSTREAM_OUTCOME_UNKNOWN: the vendor
 * answered with success, so it may have carried it out). `call` may be the GoToCall that was sent.
 */
export function decode<S extends z.ZodType>(transport: Transport, schema: S, body: unknown, call: DecodedCall): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  throw unexpectedBodyError(transport.vendor, call, `an unexpected body (${where}: ${issue?.message ?? 'invalid'})`);
}

/** Sends a call and decodes its body; with `acceptStatus: [404]` a 404 is `null`. */
export async function fetchDecoded<S extends z.ZodType>(transport: Transport, call: GoToCall, schema: S): Promise<z.output<S> | null> {
  const { status, body } = await send(transport, call);
  if (status === 404) return null;
  return decode(transport, schema, body, call);
}

/** A path segment from a caller-supplied key, so a key can never walk to another endpoint. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** Per-call options every GoTo client method accepts. */
export interface GoToCallOptions {
  signal?: AbortSignal;
}

/** An ISO window as GoTo's query parameters want it (UTC, no milliseconds). */
export function isoParam(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
