/** Credentials and fixed values of the simulated BeyondTrust appliance (see README.md). */
export const BOMGAR_CREDENTIALS = {
  /** OAuth API account (current sites). */
  clientId: 'simulator-bomgar-client',
  clientSecret: 'simulator-bomgar-secret',
  /** Legacy API user for `username=`/`password=` (the legacy site only). */
  username: 'simulator-api',
  password: 'simulator-api-password',
} as const;

/** Seconds an OAuth token lives (the real default). */
export const TOKEN_TTL_SECONDS = 3600;

/** Longest `ttl` generate_session_key accepts, and the default (modeled: the docs give no numbers). */
export const SESSION_KEY_TTL = { defaultSeconds: 86_400, maxSeconds: 604_800 } as const;

/** Front-end survey limits of start_session (confirmed: the API guide's "maximum of N characters"). */
export const START_SESSION_LIMITS = {
  'customer.name': 100,
  'customer.company': 100,
  'customer.company_code': 100,
  'customer.details': 1024,
  'session.custom.external_key': 1024,
} as const;

export const API_VERSION = '1.19.0';

/** What `check_health` reports about the appliance (modeled values; a single appliance, no failover). */
export const APPLIANCE = { guid: '8d2f4c1e9b7a4e63a1f05c2d7e9b3a41', version: '24.3.1 (build 4170)' } as const;

/**
 * The two simulated sites and the namespace spelling each prints. The root of `/bomgar` is a
 * current BeyondTrust site (OAuth); `/bomgar/sites/legacy` is an older Bomgar box (username and
 * password parameters, `.ns` URLs, bomgar.com namespaces). Both serve the same appliance data.
 */
export const SITES = {
  current: { prefix: '', namespaceBase: 'https://www.beyondtrust.com/namespaces/API', oauth: true, legacyParams: false },
  legacy: { prefix: '/sites/legacy', namespaceBase: 'http://www.bomgar.com/namespaces/API', oauth: false, legacyParams: true },
} as const;

export type SiteName = keyof typeof SITES;
export type Site = (typeof SITES)[SiteName];
