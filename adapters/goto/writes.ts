import { UpstreamError } from '../../clients/transport/errors.js';
import { InputError, NotFoundError } from '../../domain/errors.js';

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
