import type { VendorDefinition } from './core/vendor.js';
import { createZendesk } from './zendesk/index.js';

/**
 * The one place vendors register. Adding a vendor is one folder under simulator/ plus one line
 * here; journal, faults and the virtual clock then apply to it like to every other vendor.
 */
export const vendors: readonly VendorDefinition[] = [
  { name: 'zendesk', basePath: '/zendesk', create: createZendesk },
];
