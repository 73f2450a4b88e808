/** Fixed account-level values of the simulated Zendesk account. */
export const ACCOUNT = {
  /** The brand every ticket belongs to. */
  brandId: 360000432101,
  /** The one agent group ("Support"); assigned tickets and agents belong to it. */
  supportGroupId: 360000873402,
  /** Address that email tickets were sent to. */
  supportAddress: 'support@switchboard.zendesk.com',
  /** Requests per minute (X-Rate-Limit). */
  rateLimitPerMinute: 700,
} as const;

/**
 * Endpoint budgets per minute, spent on top of the account limit. `ticketsIndex` is the value in
 * developer.zendesk.com's example header (`total=100`); real accounts vary (a 2026 probe saw
 * 20000). `incrementalExports` is the documented 10 per minute (30 with the High Volume add-on).
 */
export const ENDPOINT_RATE_LIMITS = {
  ticketsIndex: 100,
  incrementalExports: 10,
} as const;

/**
 * How background jobs (bulk writes) move on the virtual clock (modeled: Zendesk publishes no
 * timings). A job is `queued` for `queuedMs`, then finishes one item every `msPerItem`.
 */
export const JOB_TIMING = {
  queuedMs: 2_000,
  msPerItem: 1_000,
} as const;

/** Most items one bulk request takes (documented for tickets and users `*_many`). */
export const BULK_LIMIT = 100;

/** Ids of the system ticket fields, as validation errors report them (`ticket_field_id`). */
export const SYSTEM_FIELDS = {
  description: { id: 360000002202, type: 'FieldDescription', label: 'Description' },
  priority: { id: 360000002222, type: 'FieldPriority', label: 'Priority' },
  status: { id: 360000002212, type: 'FieldStatus', label: 'Status' },
  type: { id: 360000002232, type: 'FieldTicketType', label: 'Type' },
} as const;

/** Credentials the simulated Zendesk accepts (see simulator/README.md). */
export const CREDENTIALS = {
  /** API token for `email/token` Basic auth, valid for every agent and admin. */
  apiToken: 'simulator-token',
  /** Password for `email:password` Basic auth, valid for every agent and admin. */
  password: 'simulator-password',
  /** OAuth access token (`Authorization: Bearer ...`); acts as `agent@switchboard.test`. */
  oauthToken: 'simulator-oauth-token',
  /** The user the OAuth token acts as. */
  oauthUserEmail: 'agent@switchboard.test',
} as const;

/**
 * The account's one OAuth client (Admin > Apps and integrations > APIs > OAuth Clients): `id` is its
 * resource id (what `POST /api/v2/oauth/tokens` takes), `identifier` its "Unique identifier" (what
 * the grant flows take as `client_id`).
 */
export const OAUTH_CLIENT = {
  id: 360000120301,
  identifier: 'switchboard_simulator',
  name: 'Switchboard simulator',
  secret: 'simulator-oauth-secret',
  company: 'Switchboard',
} as const;

/** Users every seed contains, whatever the seed. */
export const FIXED_STAFF = [
  { name: 'Avery Agent', email: 'agent@switchboard.test', role: 'agent' },
  { name: 'Addison Admin', email: 'admin@switchboard.test', role: 'admin' },
] as const;
