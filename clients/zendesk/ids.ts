/** `id`, `requester_id`, `collaborator_ids`, ...: the keys that hold Zendesk ids. */
function isIdKey(key: string): boolean {
  return key === 'id' || key.endsWith('_id') || key.endsWith('_ids');
}

/** An id value as a decimal string (`null` stays `null`); arrays of ids element by element, in place. */
function idToString(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = idToString(value[index]);
  }
  return value;
}

/**
 * Makes every id of a parsed Zendesk body a decimal string, at any depth, **in place**, and
 * returns the body. The transport already turned ids above 2^53 into exact strings; this makes
 * smaller ones strings as well, so callers see one type. `null` stays `null`. In place because
 * the body was parsed for this call alone: a copy of every record of a page is garbage at once.
 */
export function stringifyIds<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const item of value) stringifyIds(item);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const inner = record[key];
    if (isIdKey(key)) record[key] = idToString(inner);
    // Ids also sit in nested records (custom_fields, attachments, via.source).
    if (inner !== null && typeof inner === 'object') stringifyIds(record[key]);
  }
  return value;
}

const DIGITS = /^\d+$/;

function idToWire(value: unknown): unknown {
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  if (Array.isArray(value)) return value.map(idToWire);
  return value;
}

/**
 * The reverse, for request bodies: all-digit id strings become `bigint`, which the transport
 * writes as exact JSON numbers, as Zendesk expects. `external_id` is the caller's own
 * string key and is left alone.
 */
export function idsToWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(idsToWire);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (inner === undefined) continue;
    copy[key] = isIdKey(key) && key !== 'external_id' ? idToWire(inner) : idsToWire(inner);
  }
  return copy;
}
