/**
 * A callback time as integrations send it: epoch milliseconds (number or digits), or
 * `yyyy-MM-dd HH:mm:ss` (read as UTC, like every Ameyo time in this simulator). NaN when neither.
 */
export function callbackTime(value: unknown): number {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  if (/^\d+$/.test(value)) return Number(value);
  if (!/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/.test(value)) return NaN;
  return Date.parse(`${value.replace(' ', 'T')}Z`);
}
