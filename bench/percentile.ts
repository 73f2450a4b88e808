/** Latency figures for the benches: nearest-rank percentiles. */

/** The values sorted ascending (a copy). */
export function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The nearest-rank percentile of values sorted ascending: the value at position ⌈p/100 · n⌉
 * (so p99 of 100 values is the 99th, never an interpolation); NaN when there are none.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
