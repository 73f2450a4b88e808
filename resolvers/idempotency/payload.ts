/**
 * What a mutation returned, as the text its idempotency key keeps, and back: plain JSON, with the
 * values JSON would change tagged so a repeat returns what the first request did (a `Date` stays
 * a Date, a `bigint` a bigint). Records are plain data (domain/), so this is all they hold.
 */
const DATE = '$date';
const BIGINT = '$bigint';

export function toPayload(value: unknown): string {
  return JSON.stringify(value, function tag(this: Record<string, unknown>, key, encoded: unknown) {
    // `encoded` is after toJSON; the holder still has the value itself.
    const raw = this[key];
    if (raw instanceof Date) return { [DATE]: raw.toISOString() };
    if (typeof raw === 'bigint') return { [BIGINT]: raw.toString() };
    return encoded;
  });
}

export function fromPayload(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length !== 1) return value;
    const tagged = value as Record<string, unknown>;
    if (typeof tagged[DATE] === 'string') return new Date(tagged[DATE]);
    if (typeof tagged[BIGINT] === 'string') return BigInt(tagged[BIGINT]);
    return value;
  });
}
