/** `id`, `requester_id`, `collaborator_ids`, ...: the keys that hold Zendesk ids. */
function isIdKey(key: string): boolean {
  return key === 'id' || key.endsWith('_id') || key.endsWith('_ids');
}

function idToString(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(idToString);
  return value;
}

/**
 * Returns a copy of a parsed Zendesk body with every id as a decimal string, at any depth.
 * The transport already turned ids above 2^53 into exact strings; this makes smaller ones
 * strings as well, so callers see one type. `null` stays `null`.
 */
export function stringifyIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stringifyIds);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    copy[key] = isIdKey(key) ? stringifyIds(idToString(inner)) : stringifyIds(inner);
  }
  return copy;
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
