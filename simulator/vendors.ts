import type { VendorDefinition } from './core/vendor.js';
import { createBomgar } from './bomgar/index.js';
import { createZendesk } from './zendesk/index.js';
import { createGoTo } from './goto/index.js';
import { createAmeyo } from './ameyo/index.js';

/**
 * The one place vendors register. Adding a vendor is one folder under simulator/ plus one line
 * here; journal, faults and the virtual clock then apply to it like to every other vendor.
 */
export const vendors: readonly VendorDefinition[] = [
  { name: 'zendesk', basePath: '/zendesk', create: createZendesk },
  { name: 'goto', basePath: '/goto', create: createGoTo },
  { name: 'bomgar', basePath: '/bomgar', create: createBomgar },
  { name: 'ameyo', basePath: '/ameyo', create: createAmeyo },
];
