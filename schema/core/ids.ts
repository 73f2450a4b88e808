import { decodeGlobalID } from '@pothos/plugin-relay';
import { InputError } from '../../domain/errors.js';
import { VENDORS, vendorName } from '../../domain/vendors.js';

/** What a vendor's record keys look like; an id outside its vendor's shape names nothing. */
const KEY_SHAPES: Record<string, RegExp> = {
  ...Object.fromEntries(VENDORS.map((row) => [row.id, row.keyShape])),
  // An Agent (one person across vendors) is keyed by its email, or `<vendor>-<id>` without one.
  agent: /^([^\s@:]{1,64}@[^\s@:]{1,255}|[a-z]{2,20}-[\w.:-]{1,64})$/,
};

function isVendorKey(vendor: string, key: string): boolean {
  return KEY_SHAPES[vendor]?.test(key) ?? false;
}

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
 * Loads the nodes a `node`/`nodes` lookup names, but only those of `vendor` with a key of
 * the vendor's shape; any other id (another vendor's, a forged one) resolves to null.
 */
export async function loadVendorNodes<T>(
  ids: readonly string[],
  vendor: string,
  load: (keys: string[]) => Promise<(T | null)[]>,
): Promise<(T | null)[]> {
  const valid = ids.map((id) => id.startsWith(`${vendor}:`) && isVendorKey(vendor, keyOf(id)));
  const loaded = await load(ids.filter((_, index) => valid[index]).map(keyOf));
  let next = 0;
  return valid.map((ok) => (ok ? (loaded[next++] ?? null) : null));
}

/**
 * Reads an id argument that may be either a global id of `typename` or the vendor's own
 * key (the ticket number an agent sees in Zendesk). Returns the vendor key. The global id is
 * tried first: an unpadded base64 global id can also have the shape of a vendor key (Ameyo's
 * keys allow letters and digits), and read as a key it would name nothing.
 */
export function vendorKeyArg(value: string, typename: string, vendor: string, field: string): string {
  const decoded = globalKey(value, typename, vendor);
  if (decoded !== undefined) return decoded;
  if (isVendorKey(vendor, value)) return value;
  const article = /^[AEIOU]/.test(typename) ? 'an' : 'a';
  throw new InputError([{ field, message: `must be ${article} ${typename} id or the ${typename.toLowerCase()}'s ${vendorName(vendor)} id` }]);
}

/** The vendor key inside a global id of `typename` and `vendor`, or undefined when `value` is not one. */
function globalKey(value: string, typename: string, vendor: string): string | undefined {
  // Only a value that starts as a global id of this type and vendor is decoded: a plain vendor key
  // (a ticket number, on a hot path) would make the decoder throw and be caught on every call.
  if (!value.startsWith(globalIdPrefix(`${typename}:${vendor}:`))) return undefined;
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename && decoded.id.startsWith(`${vendor}:`) && isVendorKey(vendor, keyOf(decoded.id))) return keyOf(decoded.id);
  } catch {
    // not a global id
  }
  return undefined;
}

/** The base64 characters every global id starting with `prefix` begins with (its whole 3-byte groups). */
function globalIdPrefix(prefix: string): string {
  const whole = prefix.slice(0, prefix.length - (prefix.length % 3));
  return Buffer.from(whole, 'utf8').toString('base64');
}
