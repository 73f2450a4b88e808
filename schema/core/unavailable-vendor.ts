import type { UnavailableVendor } from '../../domain/support.js';
import { VIEWER } from './access.js';
import type { ObjectRef } from '@pothos/core';
import { builder } from './builder.js';
import { VendorEnum } from './vendor.js';

/** A vendor a cross-vendor listing could not read: the listing holds the others' records only. */
export const UnavailableVendorRef = builder.objectRef<UnavailableVendor>('UnavailableVendor').implement({
  description: 'A vendor that could not answer; the list holds the other vendors\' records only.',
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({
      type: VendorEnum,
      nullable: false,
      description: 'The vendor whose records are missing (as `vendor` on the records themselves).',
      resolve: (unavailable) => unavailable.vendor as typeof VendorEnum.$inferType,
    }),
    code: t.exposeString('code', { nullable: false, description: 'UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, UPSTREAM_RATE_LIMITED or UPSTREAM_REJECTED.' }),
    message: t.exposeString('message', { nullable: false }),
  }),
});

/** What a cross-vendor list resolves to: the records of the vendors that answered, and the others. */
export interface VendorList<T> {
  items: T[];
  unavailable: UnavailableVendor[];
}

/** A `<name> { nodes, unavailableVendors }` type over records of `item`. */
export function vendorListType<T>(name: string, item: ObjectRef<typeof builder.$inferSchemaTypes, T>, what: string) {
  return builder.objectRef<VendorList<T>>(name).implement({
    description: `${what} across vendors; vendors that could not answer are named in unavailableVendors.`,
    authScopes: VIEWER,
    fields: (t) => ({
      nodes: t.field({ type: [item], nullable: false, resolve: (list) => list.items }),
      unavailableVendors: t.field({
        type: [UnavailableVendorRef],
        nullable: false,
        description: 'Vendors that could not answer: their records are missing.',
        resolve: (list) => list.unavailable,
      }),
    }),
  });
}
