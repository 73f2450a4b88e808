import { idempotencyKey } from '../../domain/input-rules.js';
import { validInput } from '../../domain/validate.js';
import type { Context } from '../context.js';

/** A creating mutation as its `idempotencyKey` sees it. */
export interface KeyedMutation {
  /** The mutation's name, e.g. `createTicket`. */
  operation: string;
  /** The caller's `idempotencyKey`; null or omitted: the mutation simply runs. */
  key: string | null | undefined;
  /** Its other arguments, as the caller sent them: a repeat must send the same. */
  args: unknown;
  /** Where the vendor deduplicates on the key it is given, for how long (ms); see IdempotentRequest. */
  vendorDedupesForMs?: number;
}

/**
 * Runs a creating mutation once per caller and `idempotencyKey` for 24 h (resolvers/idempotency/
 * idempotency-keys.ts): a repeat returns what the first returned, without calling the vendor.
 * `run` gets the key a vendor with keys of its own is sent (undefined without a key).
 */
export async function idempotent<T>(ctx: Context, mutation: KeyedMutation, run: (vendorKey: string | undefined) => Promise<T>): Promise<T> {
  if (mutation.key === null || mutation.key === undefined) return run(undefined);
  const key = validInput(idempotencyKey, mutation.key, 'idempotencyKey');
  return ctx.idempotency.run({
    caller: ctx.caller.label,
    operation: mutation.operation,
    key,
    args: mutation.args,
    run,
    ...(mutation.vendorDedupesForMs !== undefined && { vendorDedupesForMs: mutation.vendorDedupesForMs }),
  });
}
