import { decodeGlobalID } from '@pothos/plugin-relay';
import { InputError } from '../resolvers/errors.js';

/**
 * Global ids are Relay ids over `<vendor>:<vendor key>`, so they say which vendor a record
 * lives in while the vendor's key stays an exact string (Zendesk ids pass 2^32, GoTo's 2^53).
 */
export function vendorKey(vendor: string, key: string): string {
  return `${vendor}:${key}`;
}

/** The vendor key inside a node id of the given type (`zendesk:123` → `123`). */
export function keyOf(vendorKeyId: string): string {
  return vendorKeyId.slice(vendorKeyId.indexOf(':') + 1);
}

/**
 * Reads an id argument that may be either a global id of `typename` or the vendor's own
 * key (the ticket number an agent sees in Zendesk). Returns the vendor key.
 */
export function vendorKeyArg(value: string, typename: string, vendor: string, field: string): string {
  if (/^\d+$/.test(value)) return value;
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename && decoded.id.startsWith(`${vendor}:`)) return keyOf(decoded.id);
  } catch {
    // not a global id: fall through
  }
  throw new InputError([{ field, message: `must be a ${typename} id or a ${vendor} ${typename.toLowerCase()} number` }]);
}
