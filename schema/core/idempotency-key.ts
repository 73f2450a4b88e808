/** The `idempotencyKey` argument every creating mutation takes (resolvers/idempotency). */
export const IDEMPOTENCY_KEY_ARG = {
  description:
    'Makes a repeat safe: for 24 h, the same key from the same caller returns what the first request returned, without doing it again; with other arguments it is refused (ValidationError on idempotencyKey). 1–128 letters, digits or _ . : - (a UUID fits).',
} as const;
