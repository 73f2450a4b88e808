import { optionalText, optionalUrl, type AccountDefinition } from '../adapters/account.js';
import { credentialsIn } from './credential-scrubber.js';
import type { VendorAccounts } from '../adapters/adapter.js';
import { ADAPTERS, SHARED_RESOURCES } from '../adapters/index.js';
import { ConfigError } from '../domain/config-error.js';
import { familyOf, VENDOR_FAMILIES, VENDOR_IDS, vendorRow, type VendorFamily, type VendorId } from '../domain/vendors.js';
import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { ROLES, type Role } from '../domain/roles.js';
import { parseCampaignHours, type CampaignHours } from '../domain/campaign-hours.js';
import { DEFAULT_LIMITS, type OperationLimits } from './limits/options.js';
import type { RatePolicy } from './rate-limit/bucket.js';
import type { JwtConfig } from './jwt.js';
import { parseAlertRules, type AlertRule } from '../domain/alerts.js';

/**
 * The one place configuration is read. Everything else receives the typed `Config`
 * this module returns; nothing else reads `process.env`.
 */

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The account families' definitions the registry names (adapters/<family>/account.ts), as one type. */
type RegistryAccount = (typeof ADAPTERS)[VendorId]['account'];
type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (all: infer All) => void ? All : never;
/** Every account family's variables (ZENDESK_URL, GOTO_CLIENT_ID, ...): their zod fields, by name. */
type AccountVariables = Intersection<RegistryAccount['env']>;

/**
 * Each family's configuration slice once, in registry order (zendesk, goto, bomgar, ameyo): the four
 * GoTo products name one. Two definitions of one family, an entry naming another family's account or
 * a variable two families claim is a mistake in the registry, refused when this module loads.
 */
const ACCOUNTS: readonly AccountDefinition[] = (() => {
  const accounts: AccountDefinition[] = [];
  for (const id of VENDOR_IDS) {
    const account: AccountDefinition = ADAPTERS[id].account;
    if (account.family !== familyOf(id)) throw new Error(`adapters/index.ts: ${id} names the ${account.family} account; its family is ${familyOf(id)}`);
    const known = accounts.find((other) => other.family === account.family);
    if (known && known !== account) throw new Error(`adapters/index.ts: the ${account.family} family has two account definitions`);
    if (!known) accounts.push(account);
  }
  const variables = accounts.flatMap((account) => Object.keys(account.env));
  const twice = variables.filter((variable, index) => variables.indexOf(variable) !== index);
  if (twice.length > 0) throw new Error(`adapters/<family>/account.ts: ${twice.join(', ')} claimed by two families`);
  return accounts;
})();

const accountVariables = Object.assign({}, ...ACCOUNTS.map((account) => account.env)) as AccountVariables;

/** `zendesk,bomgar` — the vendors this gateway uses, in VENDOR_FAMILIES order; default all of them. */
const vendorList = z
  .string()
  .optional()
  .transform((raw, ctx): VendorFamily[] => {
    if (raw === undefined) return [...VENDOR_FAMILIES];
    const named = raw.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
    const unknown = named.filter((name) => !(VENDOR_FAMILIES as readonly string[]).includes(name));
    if (unknown.length > 0 || named.length === 0) {
      const what = unknown.length > 0 ? `unknown vendor ${unknown.map((name) => `"${name}"`).join(', ')}` : 'names no vendor';
      ctx.addIssue({ code: 'custom', message: `${what}: list one or more of ${VENDOR_FAMILIES.join(', ')}, comma-separated` });
      return z.NEVER;
    }
    return VENDOR_FAMILIES.filter((name) => named.includes(name));
  });

/** `role:key,role:key` — every role must be one of the four, every key at least 16 characters. */
const apiKeys = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const keys = new Map<string, Role>();
    if (!raw?.trim()) return keys;
    for (const entry of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
      const separator = entry.indexOf(':');
      const role = entry.slice(0, separator);
      const key = entry.slice(separator + 1);
      if (separator < 1 || !(ROLES as readonly string[]).includes(role)) {
        ctx.addIssue({ code: 'custom', message: `each entry must be role:key with role one of ${ROLES.join('|')}` });
        return z.NEVER;
      }
      if (key.length < 16) {
        ctx.addIssue({ code: 'custom', message: `the ${role} key must be at least 16 characters` });
        return z.NEVER;
      }
      keys.set(key, role as Role);
    }
    return keys;
  });

/**
 * `https://app.example.com,https://admin.example.com` — origins (scheme, host, port; no path) that
 * browsers may call the API from; `*` any origin, without credentials; unset none.
 */
const corsOrigins = z
  .string()
  .optional()
  .transform((raw, ctx): CorsOrigins => {
    const named = (raw ?? '').split(',').map((part) => part.trim()).filter(Boolean);
    if (named.length === 1 && named[0] === '*') return '*';
    const refused = named.filter((origin) => origin === '*' || !isOrigin(origin));
    if (refused.length > 0) {
      ctx.addIssue({ code: 'custom', message: `${refused.map((origin) => `"${origin}"`).join(', ')}: list origins such as https://app.example.com (no path), comma-separated, or * alone` });
      return z.NEVER;
    }
    return named;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SHUTDOWN_GRACE_MS: positiveInt(10_000),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  LIVE_LEASE_TTL_MS: z.coerce.number().int().min(100).default(10_000),
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, 'letters, digits and _ : . - only (at most 64)').default('switchboard:'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  SIMULATOR_PORT: port(4010),
  SIMULATOR_SEED: z.coerce.number().int().nonnegative().default(42),
  DATABASE_URL: z.string().min(1).default('sqlite:./data/switchboard.sqlite'),
  SWITCHBOARD_API_KEYS: apiKeys,
  SWITCHBOARD_VENDORS: vendorList,
  DEFAULT_PHONE_REGION: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter region such as US or GB')
    .default('US'),
  UPSTREAM_TIMEOUT_MS: positiveInt(5000),
  UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  UPSTREAM_DEADLINE_MS: positiveInt(15_000),
  REQUEST_DEADLINE_MS: positiveInt(10_000),
  BREAKER_FAILURES: positiveInt(5),
  BREAKER_COOLDOWN_MS: positiveInt(10_000),
  VENDOR_CACHE_TTL_MS: z.coerce.number().int().min(0).default(2000),
  VENDOR_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(256),
  // Each account family's variables (adapters/<family>/account.ts), validated with the rest.
  ...accountVariables,
  ZENDESK_SSO_SECRET: z.string().min(16, 'must be at least 16 characters (the shared secret from Zendesk\'s JWT SSO settings)').optional(),
  AMEYO_CAMPAIGN_HOURS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      try {
        return parseCampaignHours(raw ?? '');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  SYNC_INTERVAL_MS: z.coerce.number().int().min(0).default(900_000),
  SESSION_LINK_INDEX: z.enum(['on', 'off']).default('on'),
  LIVE_POLL_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
  LIVE_POLL_MAX_BACKOFF_MS: z.coerce.number().int().min(1).default(60_000),
  LIVE_SUBSCRIBER_BUFFER: z.coerce.number().int().min(1).max(100_000).default(100),
  LIVE_SESSION_LOOKBACK_HOURS: z.coerce.number().positive().default(24),
  LIVE_ALERT_RULES: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      try {
        return parseAlertRules(raw ?? '');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  BOMGAR_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  GOTO_ASSIST_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  GOTO_WEBINAR_WEBHOOK_SECRET: z.string().min(16, "must be at least 16 characters (the value of the account's GoToWebinar webhook secret key)").optional(),
  SWITCHBOARD_PUBLIC_URL: optionalUrl,
  WEBHOOK_MAX_BODY_BYTES: z.coerce.number().int().min(1024, 'must be at least 1024').default(256 * 1024),
  WEBHOOK_REPLAY_WINDOW_MS: z.coerce.number().int().min(1000, 'must be at least 1000').default(300_000),
  SWITCHBOARD_AGENT_EMAILS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const emails = new Map<string, string>();
      for (const entry of (raw ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
        const match = /^([\w#]+)=([^\s@=]+@[^\s@=]+)$/.exec(entry);
        if (!match) {
          ctx.addIssue({ code: 'custom', message: `"${entry}" must be <role or key label>=<email>, e.g. agent#3f2a1c=avery@example.com` });
          return z.NEVER;
        }
        emails.set(match[1]!, match[2]!.toLowerCase());
      }
      return emails;
    }),
  LIMIT_MAX_DEPTH: positiveInt(DEFAULT_LIMITS.maxDepth),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxAliases),
  LIMIT_MAX_TOKENS: positiveInt(DEFAULT_LIMITS.maxTokens),
  LIMIT_MAX_COST: positiveInt(DEFAULT_LIMITS.maxCost),
  LIMIT_MAX_BODY_BYTES: z.coerce.number().int().min(1024, 'must be at least 1024').default(DEFAULT_LIMITS.maxBodyBytes),
  LIMIT_MAX_SUBSCRIPTIONS_PER_SOCKET: positiveInt(100),
  REQUEST_BODY_TIMEOUT_MS: positiveInt(10_000),
  CORS_ORIGINS: corsOrigins,
  TRUSTED_DOCUMENTS: z.enum(['true', 'false', '1', '0'], 'must be true or false').default('false').transform((flag) => flag === 'true' || flag === '1'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_BURST: z.coerce.number().int().positive().optional(),
  JWT_SECRET: z
    .string()
    .refine((secret) => Buffer.byteLength(secret, 'utf8') >= 32, 'must be at least 32 bytes (HS256 needs a key as long as its hash)')
    .optional(),
  JWT_JWKS_URL: z
    .url({ protocol: /^https?$/ })
    .refine((url) => url.startsWith('https:') || isLoopback(new URL(url).hostname.replace(/^\[|\]$/g, '')), 'must be https:// (http:// only for a loopback address)')
    .optional(),
  JWT_ISSUER: optionalText,
  JWT_AUDIENCE: optionalText,
  JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
});

/** `VENDOR_CACHE_TTL_BOMGAR_SESSIONS`: the TTL variable of one resource the registry shares (adapters/<vendor>/index.ts `shared`). */
export function resourceTtlVariable(vendor: VendorId, resource: string): string {
  return `VENDOR_CACHE_TTL_${vendorRow(vendor).graphql}_${resource.toUpperCase().replace(/-/g, '_')}`;
}

/** One optional TTL variable per shared resource, parsed beside envSchema (their names come from the registry). */
const resourceTtlSchema = z.object(
  Object.fromEntries(SHARED_RESOURCES.map(({ vendor, resource }) => [resourceTtlVariable(vendor, resource), z.coerce.number().int().min(0).optional()])),
);

export interface UpstreamConfig {
  /** Per-call timeout; default 5000 ms. */
  timeoutMs: number;
  /** Retries for idempotent calls; default 3. */
  retries: number;
  /** Bound on one vendor call, all attempts and waits included; default 15 s. */
  deadlineMs: number;
  /**
   * REQUEST_DEADLINE_MS: bound on every vendor read of one operation (or one subscription event)
   * together, sequential calls, retries and Retry-After waits included; what is unfinished then
   * answers UPSTREAM_TIMEOUT beside the data that came in time. Default 10 s.
   */
  requestDeadlineMs: number;
  /** Consecutive failures that open a vendor's circuit breaker; default 5. */
  breakerFailures: number;
  /** How long an open breaker waits before letting one call through; default 10 s. */
  breakerCooldownMs: number;
}

export interface VendorCacheConfig {
  /** VENDOR_CACHE_TTL_MS: how long an identical vendor read (listings, live status) is shared across requests; default 2000; 0 off. */
  ttlMs: number;
  /** VENDOR_CACHE_TTL_<VENDOR>_<RESOURCE> (e.g. VENDOR_CACHE_TTL_BOMGAR_SESSIONS), by `vendor/resource`: that resource's TTL instead; 0 off. */
  resourceTtlMs: Record<string, number>;
  /** VENDOR_CACHE_MAX_ENTRIES: most reads kept at once (least recently used go first); default 256. */
  maxEntries: number;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  /** LOG_LEVEL; unset means info (silent under NODE_ENV=test). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' | undefined;
  /** METRICS_TOKEN: a bearer token that may read /metrics (admin keys may too). Never logged. */
  metricsToken: string | undefined;
  /** SHUTDOWN_GRACE_MS: how long shutdown waits for in-flight requests (and each closer); default 10000. */
  shutdownGraceMs: number;
  host: string;
  port: number;
  simulator: { port: number; seed: number };
  databaseUrl: string;
  /** Configured API keys → role. Empty means `serve` issues dev keys. */
  apiKeys: Map<string, Role>;
  /** Every configured credential (server/credential-scrubber.ts): scrubbed from vendor errors, log lines and answers. */
  credentials: readonly string[];
  upstream: UpstreamConfig;
  /** Vendor reads shared across requests (adapters/shared-reads). */
  vendorCache: VendorCacheConfig;
  /** The region of phone numbers written without a country code; default US. */
  phoneRegion: CountryCode;
  /** The vendors this gateway uses (SWITCHBOARD_VENDORS; default all). The others are never created or called. */
  enabledVendors: readonly VendorFamily[];
  /** Variables set for vendors SWITCHBOARD_VENDORS leaves out: ignored (`serve` says so). */
  ignoredVariables: string[];
  /** Enabled vendors are absent until configured; `serve` fills them with the embedded simulator. */
  vendors: VendorAccounts;
  /** Zendesk's JWT SSO shared secret; without it `agentSignOn` is unavailable. Never leaves the gateway. */
  zendeskSsoSecret: string | undefined;
  /** Ameyo's CRM push (`/webhooks/ameyo`): the shared secret it must carry, and opening hours per campaign. */
  ameyo: { webhookSecret: string | undefined; campaignHours: Map<string, CampaignHours> };
  /** Who a caller is, for the agent features (screen-pop, sign-on): role or key label → email. */
  agentEmails: Map<string, string>;
  /** The live-status engine: polling, subscriber buffers, alert rules, vendor pushes. */
  live: LiveConfig;
  /** Every vendor push (`/webhooks/<vendor>`): body bounds and the replay window. */
  webhooks: WebhookConfig;
  /**
   * Scale-out: with REDIS_URL set, live events travel through Redis pub/sub (every instance delivers every
   * event) and one instance at a time polls each vendor, under a lease of LIVE_LEASE_TTL_MS (default 10000).
   * Every key and channel starts with REDIS_KEY_PREFIX (default `switchboard:`), so deployments can share a Redis.
   */
  redis: { url: string | undefined; leaseTtlMs: number; prefix: string };
  /** Operation limits (LIMIT_*), refused before anything runs. */
  limits: OperationLimits;
  /** The HTTP listener's own bounds and cross-origin policy. */
  http: HttpConfig;
  /** LIMIT_MAX_SUBSCRIPTIONS_PER_SOCKET: operations one graphql-ws socket may have running at once; default 100. */
  maxSubscriptionsPerSocket: number;
  /** TRUSTED_DOCUMENTS: only the operations in clients/graphql/operations run, sent by hash; default false. */
  trustedDocuments: boolean;
  /**
   * Requests per caller: RATE_LIMIT_PER_MINUTE (default 600; 0 turns the limit off → null) and
   * RATE_LIMIT_BURST (default ten seconds' worth). In Redis when REDIS_URL is set.
   */
  rateLimit: RatePolicy | null;
  /** JWT sign-in beside API keys: JWT_SECRET (HS256) and/or JWT_JWKS_URL (RS256, ES256); undefined when neither is set. */
  jwt: JwtConfig | undefined;
  /** SYNC_INTERVAL_MS: how often the gateway syncs vendor history into the store; default 15 min; 0 never (`switchboard sync` still does). */
  syncIntervalMs: number;
  /** SESSION_LINK_INDEX (`on`, default, or `off`): a ticket's remote-support sessions are read through the store's link index. */
  sessionLinkIndex: boolean;
}

/** Origins browsers may call from: a list (empty: none, the default), or `*` (any, without credentials). */
export type CorsOrigins = readonly string[] | '*';

export interface HttpConfig {
  /** REQUEST_BODY_TIMEOUT_MS: a request's headers and body must arrive within it (then 408 and the connection closes); default 10000. */
  requestBodyTimeoutMs: number;
  /** CORS_ORIGINS: the origins browsers may call the API from; default none (same origin only). */
  corsOrigins: CorsOrigins;
}

export interface LiveConfig {
  /** LIVE_POLL_INTERVAL_MS: between polls of a vendor while it answers; default 5000; 0 polls only on demand (tests). */
  pollIntervalMs: number;
  /** LIVE_POLL_MAX_BACKOFF_MS: longest wait between polls while a vendor fails (the interval doubles per failure); default 60000. */
  maxBackoffMs: number;
  /** LIVE_SUBSCRIBER_BUFFER: change batches (polls, pushes, alerts) one subscriber may have waiting before it skips to the latest state; default 100. */
  subscriberBuffer: number;
  /** LIVE_SESSION_LOOKBACK_HOURS: a session that started longer ago is not watched as running; default 24. */
  sessionLookbackMs: number;
  /** LIVE_ALERT_RULES: rules in force besides those admins make (a JSON array). */
  alertRules: AlertRule[];
  /**
   * Shared secrets of the vendors' pushes: Bomgar's outbound events and GoToAssist's status callbacks carry
   * `?token=<secret>`; GoToWebinar signs with its webhook secret key. Unset: that webhook answers 404.
   */
  webhookSecrets: { bomgar: string | undefined; gotoassist: string | undefined; gotowebinar: string | undefined };
  /** SWITCHBOARD_PUBLIC_URL: where vendors reach this gateway; with it, GoToWebinar webhooks are registered at start. */
  publicUrl: string | undefined;
}

export interface WebhookConfig {
  /** WEBHOOK_MAX_BODY_BYTES: a push body larger than this is refused (413) before or as it arrives; default 256 KiB. */
  maxBodyBytes: number;
  /** REQUEST_BODY_TIMEOUT_MS: a push body still arriving after this long is refused (408, with a reason); default 10000. */
  bodyTimeoutMs: number;
  /**
   * WEBHOOK_REPLAY_WINDOW_MS: a signed push whose timestamp is further than this from the gateway's clock is
   * refused, and event ids are remembered (to drop repeats) for as long as they could pass; default 300000 (5 min).
   */
  replayWindowMs: number;
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** True for an origin as browsers send it: `scheme://host[:port]`, nothing after. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}

/** Reads and validates configuration from an environment map (default `process.env`). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const given = withoutBlanks(env);
  const parsed = envSchema.safeParse(given);
  const resourceTtls = resourceTtlSchema.safeParse(given);
  if (!parsed.success || !resourceTtls.success) {
    throw new ConfigError(
      [...(parsed.error?.issues ?? []), ...(resourceTtls.error?.issues ?? [])].map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message })),
    );
  }
  const e = parsed.data;
  const enabled = (vendor: VendorFamily) => e.SWITCHBOARD_VENDORS.includes(vendor);
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    host: e.HOST,
    port: e.PORT,
    simulator: { port: e.SIMULATOR_PORT, seed: e.SIMULATOR_SEED },
    databaseUrl: e.DATABASE_URL,
    apiKeys: e.SWITCHBOARD_API_KEYS,
    credentials: credentialsIn(given),
    enabledVendors: e.SWITCHBOARD_VENDORS,
    ignoredVariables: Object.keys(given).filter(
      (variable) => variable in envSchema.shape && VENDOR_FAMILIES.some((vendor) => !enabled(vendor) && variable.startsWith(`${vendor.toUpperCase()}_`)),
    ),
    upstream: {
      timeoutMs: e.UPSTREAM_TIMEOUT_MS,
      retries: e.UPSTREAM_RETRIES,
      deadlineMs: e.UPSTREAM_DEADLINE_MS,
      requestDeadlineMs: e.REQUEST_DEADLINE_MS,
      breakerFailures: e.BREAKER_FAILURES,
      breakerCooldownMs: e.BREAKER_COOLDOWN_MS,
    },
    vendorCache: {
      ttlMs: e.VENDOR_CACHE_TTL_MS,
      resourceTtlMs: Object.fromEntries(
        SHARED_RESOURCES.flatMap(({ vendor, resource }) => {
          const ttl = resourceTtls.data[resourceTtlVariable(vendor, resource)];
          return ttl === undefined ? [] : [[`${vendor}/${resource}`, ttl]];
        }),
      ),
      maxEntries: e.VENDOR_CACHE_MAX_ENTRIES,
    },
    phoneRegion: e.DEFAULT_PHONE_REGION as CountryCode,
    vendors: vendorAccounts(e, enabled),
    zendeskSsoSecret: enabled('zendesk') ? e.ZENDESK_SSO_SECRET : undefined,
    // A disabled Ameyo's secret stays unused: its webhook is off.
    ameyo: { webhookSecret: enabled('ameyo') ? e.AMEYO_WEBHOOK_SECRET : undefined, campaignHours: e.AMEYO_CAMPAIGN_HOURS },
    agentEmails: e.SWITCHBOARD_AGENT_EMAILS,
    syncIntervalMs: e.SYNC_INTERVAL_MS,
    sessionLinkIndex: e.SESSION_LINK_INDEX === 'on',
    live: {
      pollIntervalMs: e.LIVE_POLL_INTERVAL_MS,
      maxBackoffMs: e.LIVE_POLL_MAX_BACKOFF_MS,
      subscriberBuffer: e.LIVE_SUBSCRIBER_BUFFER,
      sessionLookbackMs: Math.round(e.LIVE_SESSION_LOOKBACK_HOURS * 3_600_000),
      alertRules: e.LIVE_ALERT_RULES,
      // A disabled vendor's pushes stay off.
      webhookSecrets: {
        bomgar: enabled('bomgar') ? e.BOMGAR_WEBHOOK_SECRET : undefined,
        gotoassist: enabled('goto') ? e.GOTO_ASSIST_WEBHOOK_SECRET : undefined,
        gotowebinar: enabled('goto') ? e.GOTO_WEBINAR_WEBHOOK_SECRET : undefined,
      },
      publicUrl: e.SWITCHBOARD_PUBLIC_URL,
    },
    webhooks: { maxBodyBytes: e.WEBHOOK_MAX_BODY_BYTES, bodyTimeoutMs: e.REQUEST_BODY_TIMEOUT_MS, replayWindowMs: e.WEBHOOK_REPLAY_WINDOW_MS },
    redis: { url: e.REDIS_URL, leaseTtlMs: e.LIVE_LEASE_TTL_MS, prefix: e.REDIS_KEY_PREFIX },
    limits: {
      maxDepth: e.LIMIT_MAX_DEPTH,
      maxAliases: e.LIMIT_MAX_ALIASES,
      maxTokens: e.LIMIT_MAX_TOKENS,
      maxCost: e.LIMIT_MAX_COST,
      maxBodyBytes: e.LIMIT_MAX_BODY_BYTES,
    },
    http: { requestBodyTimeoutMs: e.REQUEST_BODY_TIMEOUT_MS, corsOrigins: e.CORS_ORIGINS },
    maxSubscriptionsPerSocket: e.LIMIT_MAX_SUBSCRIPTIONS_PER_SOCKET,
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    rateLimit:
      e.RATE_LIMIT_PER_MINUTE === 0
        ? null
        : { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST ?? Math.max(1, Math.ceil(e.RATE_LIMIT_PER_MINUTE / 6)) },
    jwt: jwtConfig(e),
  };
}

function jwtConfig(e: z.infer<typeof envSchema>): JwtConfig | undefined {
  if (!e.JWT_SECRET && !e.JWT_JWKS_URL) {
    const stray = [e.JWT_ISSUER && 'JWT_ISSUER', e.JWT_AUDIENCE && 'JWT_AUDIENCE'].filter(Boolean);
    if (stray.length > 0) throw new ConfigError([{ variable: 'JWT_SECRET', message: `JWT_SECRET or JWT_JWKS_URL is required when ${stray.join(' and ')} ${stray.length > 1 ? 'are' : 'is'} set` }]);
    return undefined;
  }
  // An identity provider signs tokens for many applications: pin them to this one.
  if (e.JWT_JWKS_URL) {
    const missing = [!e.JWT_ISSUER && 'JWT_ISSUER', !e.JWT_AUDIENCE && 'JWT_AUDIENCE'].filter((name): name is string => Boolean(name));
    if (missing.length > 0) throw new ConfigError(missing.map((variable) => ({ variable, message: 'required when JWT_JWKS_URL is set' })));
  }
  return {
    secret: e.JWT_SECRET,
    jwksUrl: e.JWT_JWKS_URL,
    issuer: e.JWT_ISSUER,
    audience: e.JWT_AUDIENCE?.split(',').map((part) => part.trim()).filter(Boolean),
    roleClaim: e.JWT_ROLE_CLAIM,
    clockToleranceSeconds: e.JWT_CLOCK_TOLERANCE_SECONDS,
  };
}

/** Each enabled family's account, by its definition's rules (the first family refused throws); a disabled family's is undefined, unread. */
function vendorAccounts(e: z.infer<typeof envSchema>, enabled: (family: VendorFamily) => boolean): VendorAccounts {
  return Object.fromEntries(ACCOUNTS.map((account) => [account.family, enabled(account.family) ? account.read(e) : undefined])) as VendorAccounts;
}

/** An exported-but-empty variable (`PORT=`) means "not set", as shells and .env files intend. */
function withoutBlanks(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
