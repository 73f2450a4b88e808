import { builder } from './builder.js';

/** Every vendor the graph federates. Vendor-specific data hides behind `vendor` and `vendorId`. */
export const VendorEnum = builder.enumType('Vendor', {
  description: 'The system a record lives in.',
  values: { ZENDESK: { value: 'zendesk' }, GOTO_MEETING: { value: 'gotomeeting' }, GOTO_WEBINAR: { value: 'gotowebinar' }, GOTO_TRAINING: { value: 'gototraining' }, AMEYO: { value: 'ameyo' }, GOTO_ASSIST: { value: 'gotoassist' }, BOMGAR: { value: 'bomgar' } } as const,
});
