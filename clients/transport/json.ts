import { stringify } from 'lossless-json';
import { quoteUnsafeIntegers } from './unsafe-integers.js';

/**
 * A run of 16 digits anywhere in the text: the only way a body can hold an integer that
 * `JSON.parse` would round (2^53 has 16 digits). Most bodies have none (Zendesk's ids, Ameyo's),
 * and those are parsed by `JSON.parse` alone; a run inside a string costs only the slower path.
 */
const LONG_DIGIT_RUN = /\d{16}/;

/**
 * Parses vendor JSON text, keeping integers above 2^53 exact. Vendors send 64-bit ids (Zendesk
 * ids, GoTo keys) that `JSON.parse` would silently round. Choice: a safe integer
 * (|n| ≤ 2^53 - 1) stays a `number`; a larger integer becomes its exact decimal **string**. A
 * plain string rather than a `LosslessNumber` keeps parsed bodies plain JSON-like data (a
 * LosslessNumber throws on arithmetic and serialises as an object); clients convert every vendor
 * id with `String()` anyway, which gives the same text for both cases. Non-integers are doubles,
 * as with `JSON.parse`.
 *
 * One `JSON.parse` in every case; when the text has a long digit run, the unsafe integers are
 * quoted first (unsafe-integers.ts). Measured against lossless-json's parser: a Zendesk page of
 * 100 tickets (no run) 0.6 ms instead of 2 ms; a 330 KB GoToAssist listing, whose every record
 * has int64 keys, about 3 ms instead of 5.5 ms. Throws SyntaxError on invalid JSON.
 */
export function parseJson(text: string): unknown {
  return JSON.parse(LONG_DIGIT_RUN.test(text) ? quoteUnsafeIntegers(text) : text);
}

/**
 * Serialises a request body. Like `JSON.stringify`, plus `bigint` (and lossless-json's
 * `LosslessNumber`) are written as JSON numbers, so a client can send a 64-bit id back as
 * a number: `{ requester_id: BigInt(id) }`.
 */
export function stringifyJson(value: unknown): string {
  return stringify(value) ?? 'null';
}
