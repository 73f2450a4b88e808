/** Zendesk's time format: ISO-8601 UTC without milliseconds, e.g. `2023-10-08T17:17:59Z`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Unix seconds of a Zendesk timestamp. */
export function unixSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
