import { UpstreamError } from '../../clients/transport/errors.js';
import type { Context } from '../../resolvers/context.js';
import { vendorClient, type VendorClients } from '../vendor-clients.js';
import { InputError, NotFoundError } from '../../domain/errors.js';

type GoToProduct = 'gotoMeeting' | 'gotoWebinar' | 'gotoTraining';

/** A GoTo product client for this request, or the typed error a missing vendor gives. */
export function gotoClient<P extends GoToProduct>(ctx: Context, product: P): NonNullable<VendorClients[P]> {
  return vendorClient(ctx.vendors, product);
}

/**
 * Runs a GoTo write and puts what GoTo refuses in the caller's terms: a 404 on the named
 * record is a NotFoundError, a 400 an InputError on `field` with GoTo's message.
 */
export async function gotoWrite<T>(call: () => Promise<T>, record: { resource: string; id: string }, field = 'input'): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UpstreamError && error.code === 'UPSTREAM_REJECTED') {
      if (error.status === 404) throw new NotFoundError(record.resource, record.id);
      if (error.status === 400) throw new InputError([{ field, message: error.vendorMessage ?? 'refused by GoTo' }]);
    }
    throw error;
  }
}

/** A `[from, to]` window from GraphQL arguments: `to` after `from`, at most a year long. */
export function dateWindow(range: { from: Date; to: Date }, field = 'range'): { from: Date; to: Date } {
  if (range.to.getTime() <= range.from.getTime()) throw new InputError([{ field: `${field}.to`, message: 'must be after from' }]);
  if (range.to.getTime() - range.from.getTime() > 366 * 86_400_000) throw new InputError([{ field: `${field}.to`, message: 'the range may span at most one year' }]);
  return range;
}

/** Splits a dotted GoTo key (`organizerKey.webinarKey[.registrantKey]`). */
export function dottedKey(key: string): string[] {
  return key.split('.');
}
