/**
 * Every vendor the graph federates, one row each. Every vendor-name type and list in the project
 * derives from this table, so a vendor has one spelling per layer:
 * - `id`: how records, errors, ids, loaders, clients, adapters/ and the `Vendor` enum's values name it
 *   (`gotoassist`);
 * - `family`: the account it signs in with, as SWITCHBOARD_VENDORS and `switchboard sync --vendor`
 *   name it (`goto`: GoToMeeting, GoToWebinar, GoToTraining and GoToAssist share one GoTo sign-in);
 * - `graphql`: the `Vendor` enum value (`GOTO_ASSIST`); `displayName`: how messages name it;
 * - `configPrefix`: its environment variables (`GOTO_CLIENT_ID`);
 * - `capabilities`: what the gateway does with it (which services list it);
 * - `keyShape`: what its record keys look like (an id outside it names nothing). Zendesk ids pass 2^32;
 *   GoTo keys are int64 (above 2^53), and webinars, trainings and their registrants live under their
 *   organizer, so their keys are dotted paths (`organizerKey.webinarKey[.registrantKey]`); Bomgar lsids,
 *   team and queue ids (`team:3`, `general`); GoToAssist session, portal and queue keys; Ameyo's crtObjectId.
 */
export const VENDORS = [
  { id: 'zendesk', family: 'zendesk', displayName: 'Zendesk', graphql: 'ZENDESK', configPrefix: 'ZENDESK', capabilities: ['helpdesk', 'sync'], keyShape: /^[1-9]\d{0,19}$/ },
  { id: 'gotomeeting', family: 'goto', displayName: 'GoToMeeting', graphql: 'GOTO_MEETING', configPrefix: 'GOTO', capabilities: ['meetings', 'sync'], keyShape: /^\d{1,20}$/ },
  { id: 'gotowebinar', family: 'goto', displayName: 'GoToWebinar', graphql: 'GOTO_WEBINAR', configPrefix: 'GOTO', capabilities: ['webinars', 'livePush', 'sync'], keyShape: /^\d{1,20}(\.\d{1,20}){1,2}$/ },
  { id: 'gototraining', family: 'goto', displayName: 'GoToTraining', graphql: 'GOTO_TRAINING', configPrefix: 'GOTO', capabilities: ['trainings', 'sync'], keyShape: /^\d{1,20}(\.\d{1,20}){1,2}$/ },
  { id: 'gotoassist', family: 'goto', displayName: 'GoToAssist', graphql: 'GOTO_ASSIST', configPrefix: 'GOTO', capabilities: ['remoteSupport', 'agents', 'livePoll', 'livePush', 'sync'], keyShape: /^[\w:.-]{1,64}$/ },
  { id: 'bomgar', family: 'bomgar', displayName: 'Bomgar', graphql: 'BOMGAR', configPrefix: 'BOMGAR', capabilities: ['remoteSupport', 'agents', 'livePoll', 'livePush', 'sync'], keyShape: /^[\w:.-]{1,64}$/ },
  { id: 'ameyo', family: 'ameyo', displayName: 'Ameyo', graphql: 'AMEYO', configPrefix: 'AMEYO', capabilities: ['contactCentre', 'agents', 'livePoll', 'sync'], keyShape: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/ },
] as const;

type VendorRow = (typeof VENDORS)[number];

/** A vendor (`gotoassist`): the `Vendor` enum's values. */
export type VendorId = VendorRow['id'];

/** An account a gateway signs in with (`goto`): SWITCHBOARD_VENDORS' entries. */
export type VendorFamily = VendorRow['family'];

export type VendorCapability = VendorRow['capabilities'][number];

/** The vendors with a capability, as a type: `VendorsWith<'remoteSupport'>` is `'gotoassist' | 'bomgar'`. */
export type VendorsWith<C extends VendorCapability> = {
  [R in VendorRow as R['id']]: C extends R['capabilities'][number] ? R['id'] : never;
}[VendorId];

/** The vendors with a capability, in table order. */
export function vendorsWith<C extends VendorCapability>(capability: C): readonly VendorsWith<C>[] {
  return VENDORS.filter((row) => (row.capabilities as readonly string[]).includes(capability)).map((row) => row.id as VendorsWith<C>);
}

export const VENDOR_IDS: readonly VendorId[] = VENDORS.map((row) => row.id);

/** The families in table order (zendesk, goto, bomgar, ameyo). */
export const VENDOR_FAMILIES: readonly VendorFamily[] = [...new Set(VENDORS.map((row) => row.family))];

export function isVendorId(value: string): value is VendorId {
  return (VENDOR_IDS as readonly string[]).includes(value);
}

export function vendorRow(id: VendorId): VendorRow {
  return VENDORS.find((row) => row.id === id)!;
}

/** The account a vendor signs in with: `familyOf('gotowebinar')` is `goto`. */
export function familyOf(id: VendorId): VendorFamily {
  return vendorRow(id).family;
}

/** How messages name a vendor (callers know products, not our keys); an unknown name as given. */
export function vendorName(vendor: string): string {
  return isVendorId(vendor) ? vendorRow(vendor).displayName : vendor;
}

/** A family's configuration prefix: `configPrefixOf('goto')` is `GOTO` (its variables are `GOTO_URL`, …). */
export function configPrefixOf(family: VendorFamily): string {
  return VENDORS.find((row) => row.family === family)!.configPrefix;
}
