import { VENDORS } from '../../domain/vendors.js';
import { builder } from './builder.js';

/** Every vendor the graph federates (domain/vendors.ts). Vendor-specific data hides behind `vendor` and `vendorId`. */
export const VendorEnum = builder.enumType('Vendor', {
  description: 'The system a record lives in.',
  values: Object.fromEntries(VENDORS.map((row) => [row.graphql, { value: row.id }])) as { [R in (typeof VENDORS)[number] as R['graphql']]: { value: R['id'] } },
});
