/**
 * A small seeded pseudo-random generator (mulberry32). Everything the simulator makes up comes from
 * one of these, never from Math.random, so the same seed always gives the same data.
 */
export class Prng {
  #state: number;

  /**
   * @param seed any safe integer
   * @param stream a name that separates independent sequences drawn from the same seed
   */
  constructor(seed: number, stream = '') {
    this.#state = mixSeed(seed, stream);
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) | 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value by weight: `[[value, weight], ...]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const i = Math.floor(this.next() * pool.length);
      out.push(pool.splice(i, 1)[0] as T);
    }
    return out;
  }
}

/** Folds a (possibly > 32-bit) seed and a stream name into a 32-bit state (FNV-1a, then a murmur finaliser). */
function mixSeed(seed: number, stream: string): number {
  let h = 0x811c9dc5;
  const feed = (byte: number): void => {
    h ^= byte & 0xff;
    h = Math.imul(h, 0x01000193);
  };
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  for (const word of [low, high]) for (let i = 0; i < 4; i++) feed(word >>> (i * 8));
  for (let i = 0; i < stream.length; i++) feed(stream.charCodeAt(i));
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
