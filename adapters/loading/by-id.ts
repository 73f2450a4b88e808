/**
 * Orders a batch answer to match the keys DataLoader asked for; ids the vendor
 * did not return (deleted, never existed) come back as null.
 */
export function byId<T extends { id: string }>(ids: readonly string[], records: readonly T[]): (T | null)[] {
  const index = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => index.get(id) ?? null);
}
