import type { Prng } from '../core/prng.js';

/**
 * First values of GoTo's int64 keys, all above 2^53 (9007199254740992) like the real ones
 * (organizer keys such as 300000000000384444): a client that parses them as doubles breaks.
 */
const BASES = {
  account: 4000000000000112233n,
  group: 500000000000012345n,
  organizer: 300000000000384444n,
  meetingKey: 9100000000000000123n,
  webinar: 6587712837542849030n,
  webinarSession: 7700000000000004321n,
  registrant: 8100000000000000777n,
  training: 5300000000000000999n,
  trainingSession: 5400000000000000555n,
} as const;

export type KeyKind = keyof typeof BASES;

/** Hands out increasing int64 keys per kind, as decimal strings, in seeded steps. */
export class KeyMint {
  readonly #last = new Map<KeyKind, bigint>();

  constructor(private readonly random: Prng) {}

  next(kind: KeyKind): string {
    const last = this.#last.get(kind) ?? BASES[kind];
    const key = last + BigInt(this.random.int(1, 9_999) * 17);
    this.#last.set(kind, key);
    return key.toString();
  }
}
