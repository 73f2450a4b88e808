import type { GoToGroup, GoToOrganizer, GoToOrganizerInput } from '../../clients/goto/index.js';
import type { Organizer, OrganizerGroup, OrganizerProduct, OrganizerStatus } from '../../domain/organizers.js';

/** GoTo's product codes (`products`, `productType`) for each product an organizer may be licensed for. */
const PRODUCT_CODES: Record<OrganizerProduct, GoToOrganizerInput['productType']> = { MEETING: 'G2M', WEBINAR: 'G2W', TRAINING: 'G2T', OPENVOICE: 'OPENVOICE' };
const PRODUCT_NAMES = Object.fromEntries(Object.entries(PRODUCT_CODES).map(([name, code]) => [code, name])) as Record<string, OrganizerProduct>;

/** GoTo's code for a product (`G2M`, `G2W`, `G2T`, `OPENVOICE`). */
export const productCode = (product: OrganizerProduct): GoToOrganizerInput['productType'] => PRODUCT_CODES[product];

/** How GoTo spells an organizer status in a write. */
export const organizerStatusWire = (status: OrganizerStatus): 'active' | 'suspended' => (status === 'SUSPENDED' ? 'suspended' : 'active');

export function toOrganizer(o: GoToOrganizer): Organizer {
  return {
    vendor: 'gotomeeting',
    vendorId: o.organizerKey,
    firstName: o.firstName,
    lastName: o.lastName,
    name: `${o.firstName} ${o.lastName}`.trim(),
    email: o.email,
    groupKey: o.groupKey,
    status: o.status === 'suspended' ? 'SUSPENDED' : 'ACTIVE',
    // Codes the gateway does not know are left out.
    products: o.products.flatMap((code) => (PRODUCT_NAMES[code] ? [PRODUCT_NAMES[code]] : [])),
    maxAttendees: o.maxNumAttendeesAllowed,
  };
}

export const toGroup = (g: GoToGroup): OrganizerGroup => ({ vendorId: g.groupKey, name: g.groupName, parentKey: g.parentKey, organizerCount: g.numOrganizers });

/** A new organizer as GoTo signs one up (in a group when given). */
export function toOrganizerInput(organizer: { email: string; firstName: string; lastName: string; product: OrganizerProduct; groupKey?: string | null }): GoToOrganizerInput {
  return {
    email: organizer.email,
    firstName: organizer.firstName,
    lastName: organizer.lastName,
    productType: PRODUCT_CODES[organizer.product],
    ...(organizer.groupKey && { groupKey: organizer.groupKey }),
  };
}
