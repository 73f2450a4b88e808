/** Splits a dotted GoTo key (`organizerKey.webinarKey[.registrantKey]`). */
export function dottedKey(key: string): string[] {
  return key.split('.');
}
