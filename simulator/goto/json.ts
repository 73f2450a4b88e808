import { stringify } from 'lossless-json';
import { JSON_CONTENT_TYPE, type VendorReply } from '../core/reply.js';

/**
 * A JSON reply that may carry int64 keys as numbers: GoTo sends `organizerKey`,
 * `registrantKey` and friends as bare numbers above 2^53 in some responses. Values given as
 * `bigint` are written as exact JSON numbers; strings stay strings.
 */
export function gotoJson(status: number, value: unknown, headers: Record<string, string | number> = {}): VendorReply {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body: stringify(value) ?? 'null' };
}

/** A key as the number form (`bigint`, written as an exact JSON number). */
export function num(key: string): bigint {
  return BigInt(key);
}

export function noContent(): VendorReply {
  return { status: 204 };
}
