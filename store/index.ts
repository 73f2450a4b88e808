export { openStore, type Store, type StoreOptions } from './store.js';
export { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
export type { EntityManager } from './sql-types.js';
export { DEV_KEY_ROLES, DevKeySchema, VendorLinkSchema, type DevKey, type DevKeyRole, type VendorLink } from './entities/index.js';
export * from './entities/history.js';
export { ensureDevKeys, generateDevKey, listDevKeys } from './dev-keys.js';
export { addLink, linksFrom, linksTo, type NewVendorLink, type LinkQuery } from './vendor-links.js';
