/**
 * The errors a mutation's `idempotencyKey` adds (server/errors.ts gives each its code). A key
 * used with other arguments is an InputError naming `idempotencyKey`.
 */

/** Another request with this key is running elsewhere (another instance): repeat shortly. Code IDEMPOTENCY_KEY_IN_USE. */
export class IdempotencyKeyInUseError extends Error {
  constructor(
    readonly idempotencyKey: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`a request with idempotencyKey "${idempotencyKey}" is still running; repeat it in ${retryAfterSeconds} s to get its result`);
    this.name = 'IdempotencyKeyInUseError';
  }
}

/**
 * The request under `idempotencyKey` may have been carried out by `vendor`, but its answer was
 * lost (UPSTREAM_OUTCOME_UNKNOWN), so the key stays taken: a repeat with it never sends the
 * request again. `repeated` tells the first answer from the answers to repeats.
 */
export class IdempotentOutcomeUnknownError extends Error {
  constructor(
    readonly idempotencyKey: string,
    /** The vendor that may have carried it out; null when the request was cut inside the gateway. */
    readonly vendor: string | null,
    readonly repeated: boolean,
  ) {
    const who = vendor ?? 'the vendor';
    super(
      repeated
        ? `the first request with idempotencyKey "${idempotencyKey}" may have been carried out by ${who}, but its answer was lost: it is not sent again; check ${who} before using a new key`
        : `${who} may have carried out the request, but its answer was lost; idempotencyKey "${idempotencyKey}" stays taken, so a repeat with it will not do it twice (never repeat it with a new key before checking ${who})`,
    );
    this.name = 'IdempotentOutcomeUnknownError';
  }
}
