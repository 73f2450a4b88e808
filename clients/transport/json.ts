import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * Number reviver for vendor JSON. Vendors send 64-bit ids (Zendesk ids, GoTo keys) that
 * `JSON.parse` would silently round above 2^53. Choice: a safe number stays a `number`;
 * an integer beyond 2^53 becomes its exact decimal **string**. We return a plain string rather
 * than a `LosslessNumber` so parsed bodies stay plain JSON-like data (a LosslessNumber throws
 * on arithmetic and serialises as an object); clients convert every vendor id with `String()`
 * anyway, which gives the same text for both cases. Non-integers are parsed as doubles, as
 * `JSON.parse` does.
 */
export function parseVendorNumber(value: string): number | string {
  if (isSafeNumber(value)) return Number(value);
  if (isInteger(value)) return value;
  return Number(value);
}

/** Parses JSON text, keeping integers above 2^53 exact (as strings). Throws SyntaxError. */
export function parseJson(text: string): unknown {
  return parse(text, null, parseVendorNumber);
}

/**
 * Serialises a request body. Like `JSON.stringify`, plus `bigint` (and lossless-json's
 * `LosslessNumber`) are written as JSON numbers, so a client can send a 64-bit id back as
 * a number: `{ requester_id: BigInt(id) }`.
 */
export function stringifyJson(value: unknown): string {
  return stringify(value) ?? 'null';
}
