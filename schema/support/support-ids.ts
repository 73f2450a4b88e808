import { decodeGlobalID } from '@pothos/plugin-relay';
import { InputError } from '../../domain/errors.js';
import { SUPPORT_VENDORS, type SupportVendor } from '../../domain/support.js';
import { loadVendorNodes } from '../core/ids.js';

/** Keys of support records: lsids, session ids, `team:3`; Agent keys: an email or `<vendor>-<id>`. */
const SUPPORT_KEY = /^[\w:.-]{1,64}$/;
const AGENT_KEY = /^([^\s@:]{1,64}@[^\s@:]{1,255}|[a-z]{2,20}-[\w.:-]{1,64})$/;

/** `<vendor>:<key>` inside a global id of `typename`, or undefined. */
function decode(value: string, typename: string): { prefix: string; key: string } | undefined {
  try {
    const decoded = decodeGlobalID(value);
    const colon = decoded.id.indexOf(':');
    if (decoded.typename !== typename || colon < 1) return undefined;
    return { prefix: decoded.id.slice(0, colon), key: decoded.id.slice(colon + 1) };
  } catch {
    return undefined;
  }
}

/** The vendor and vendor key inside a global id of a type that spans the support vendors. */
export function supportRecordArg(value: string, typename: string, field: string): { vendor: SupportVendor; vendorId: string } {
  const decoded = decode(value, typename);
  if (!decoded || !(SUPPORT_VENDORS as readonly string[]).includes(decoded.prefix) || !SUPPORT_KEY.test(decoded.key)) {
    throw new InputError([{ field, message: `must be a ${typename} id` }]);
  }
  return { vendor: decoded.prefix as SupportVendor, vendorId: decoded.key };
}

/** An Agent's key inside its global id. */
export function agentKeyArg(value: string, field: string): string {
  const decoded = decode(value, 'Agent');
  if (!decoded || decoded.prefix !== 'agent' || !AGENT_KEY.test(decoded.key)) throw new InputError([{ field, message: 'must be an Agent id' }]);
  return decoded.key;
}

/** Loads `node` ids of a type that spans the support vendors: each vendor loads its own, in one batch. */
export async function loadSupportNodes<T>(ids: readonly string[], load: (vendor: SupportVendor, keys: string[]) => Promise<(T | null)[]>): Promise<(T | null)[]> {
  const perVendor = await Promise.all(SUPPORT_VENDORS.map((vendor) => loadVendorNodes(ids, vendor, (keys) => load(vendor, keys))));
  return ids.map((_, index) => perVendor.map((loaded) => loaded[index]).find((record) => record != null) ?? null);
}
