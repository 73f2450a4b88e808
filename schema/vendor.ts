import { builder } from './builder.js';

/** Every vendor the graph federates. Vendor-specific data hides behind `vendor` and `vendorId`. */
export const VendorEnum = builder.enumType('Vendor', {
  description: 'The system a record lives in.',
  values: { ZENDESK: { value: 'zendesk' } } as const,
});
