import { UpstreamError } from '../../clients/transport/errors.js';
import { InputError, NotFoundError } from '../../domain/errors.js';

/**
 * Runs a Zendesk write and translates what Zendesk refuses into the caller's terms: a 422's
 * `details` become an InputError naming the caller's input fields, a 404 on the named
 * record a NotFoundError. Other failures pass through as typed upstream errors.
 */
export async function withVendorFieldNames<T>(
  fields: Record<string, string>,
  call: () => Promise<T>,
  record?: { resource: string; id: string },
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UpstreamError && error.code === 'UPSTREAM_REJECTED') {
      if (error.status === 404 && record) throw new NotFoundError(record.resource, record.id);
      if (error.details && Object.keys(error.details).length > 0) {
        throw new InputError(
          Object.entries(error.details).flatMap(([vendorField, messages]) =>
            messages.map((message) => ({ field: fields[vendorField] ?? `input.${vendorField}`, message })),
          ),
        );
      }
    }
    throw error;
  }
}
