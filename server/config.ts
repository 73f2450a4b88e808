import { optionalText, optionalUrl, type AccountDefinition } from '../adapters/account.js';
import { credentialsIn, isCredentialVariable } from './credential-scrubber.js';
import type { VendorAccounts } from '../adapters/adapter.js';
import { ADAPTERS, SHARED_RESOURCES } from '../adapters/index.js';
import { ConfigError, type ConfigIssue } from '../domain/config-error.js';
import { configPrefixOf, familyOf, VENDOR_FAMILIES, VENDOR_IDS, vendorRow, type VendorFamily, type VendorId } from '../domain/vendors.js';
import { closest } from 'fastest-levenshtein';
import { readConfigFile } from './config/config-file.js';
import { issueInOurWords, withValue } from './config/issue-words.js';
import { withSecretFiles } from './config/secret-files.js';
import { unknownVariables } from './config/unknown-variables.js';
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
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty'], 'must be auto, json or pretty').default('auto'),
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
  ZENDESK_WEBHOOK_SECRET: z.string().min(16, "must be at least 16 characters (the Zendesk webhook's signing secret)").optional(),
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
  BOMGAR_BACKUP_INTERVAL: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return 0;
      const ms = durationMs(raw);
      if (ms === undefined || ms < 60_000) {
        ctx.addIssue({ code: 'custom', message: `"${raw}" must be a duration of at least a minute with its unit, e.g. 30m, 6h or 1d` });
        return z.NEVER;
      }
      return ms;
    }),
  BOMGAR_BACKUP_DIR: z.string().min(1).default('./data/backups/bomgar'),
  BOMGAR_BACKUP_KEEP: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000).default(14),
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
  // Tracing (server/observability/tracing): on when an endpoint is set; the SDK reads the other OTEL_* itself.
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL (the collector\'s OTLP/HTTP base, e.g. http://collector:4318)' }).optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL (the full traces URL, e.g. http://collector:4318/v1/traces)' }).optional(),
  OTEL_SDK_DISABLED: z.enum(['true', 'false', 'TRUE', 'FALSE'], 'must be true or false').default('false').transform((flag) => flag.toLowerCase() === 'true'),
  OTEL_TRACES_EXPORTER: z.enum(['otlp', 'none'], 'must be otlp or none (traces are sent over OTLP/HTTP only)').default('otlp'),
  OTEL_SERVICE_NAME: z.string().min(1).default('switchboard'),
});

/** `90s`, `30m`, `6h`, `1d` (or `500ms`) in milliseconds; undefined for anything else. */
function durationMs(raw: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/i.exec(raw);
  if (!match) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2]!.toLowerCase() as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Math.round(Number(match[1]) * unit);
}

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
  /** LOG_FORMAT: `auto` (default: pino-pretty in development on a terminal, else JSON), `json`, or `pretty` (not in production). */
  logFormat: 'auto' | 'json' | 'pretty';
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
  /** Variables that look like settings but are none (`ZENDSK_URL: not a setting, ignored; did you mean ZENDESK_URL?`): `serve` prints them. */
  warnings: string[];
  /** Enabled vendors are absent until configured; `serve` fills them with the embedded simulator. */
  vendors: VendorAccounts;
  /** Zendesk's JWT SSO shared secret; without it `agentSignOn` is unavailable. Never leaves the gateway. */
  zendeskSsoSecret: string | undefined;
  /** ZENDESK_WEBHOOK_SECRET: the signing secret of a Zendesk webhook pointed at `/webhooks/zendesk`, which makes shared Zendesk reads stale at once; undefined: off. */
  zendeskWebhookSecret: string | undefined;
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
  /** Bomgar configuration backups (docs/backups.md). */
  bomgarBackup: BomgarBackupConfig;
  /** OpenTelemetry traces over OTLP/HTTP (docs/operations.md "Tracing"); null (off) without an endpoint, or with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none. */
  tracing: TracingConfig | null;
}

export interface TracingConfig {
  /** Where spans are sent: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, else OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`. */
  url: string;
  /** OTEL_SERVICE_NAME; default `switchboard`. */
  serviceName: string;
}

export interface BomgarBackupConfig {
  /** BOMGAR_BACKUP_INTERVAL (`6h`, `1d`, at least a minute): how often a backup is saved; 0 (unset, the default): never on a schedule. */
  intervalMs: number;
  /** BOMGAR_BACKUP_DIR: where backups are written; default `./data/backups/bomgar`. */
  dir: string;
  /** BOMGAR_BACKUP_KEEP: how many backups are kept (the oldest go); default 14. */
  keep: number;
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

export interface LoadConfigOptions {
  /**
   * `switchboard serve`: also refuse, in the same run, what only serving needs (server/app.ts and
   * server/embedded-simulator.ts check it again at start): in production each enabled vendor's URL and
   * credentials and SWITCHBOARD_API_KEYS, and API keys on a HOST other machines can reach. Default false.
   */
  serving?: boolean;
  /** Reads the configuration file and the `*_FILE` secrets; default the file system. */
  readFile?: (path: string) => string;
}

/**
 * Reads and validates configuration from an environment map (default `process.env`), over the
 * configuration file SWITCHBOARD_CONFIG names, with each secret's `<NAME>_FILE` read; every problem
 * found is named in one ConfigError, each refused value quoted unless it is a secret.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, options: LoadConfigOptions = {}): Config {
  const settings = gatherSettings(withoutBlanks(env), options.readFile);
  const { values: given, issues } = settings;
  const parsed = envSchema.safeParse(given, { error: issueInOurWords });
  const resourceTtls = resourceTtlSchema.safeParse(given, { error: issueInOurWords });
  for (const issue of [...(parsed.error?.issues ?? []), ...(resourceTtls.error?.issues ?? [])]) {
    const variable = String(issue.path[0] ?? '?');
    issues.push({ variable, message: withValue(variable, issue.message, given[variable], settings.fromFile.has(variable) ? env['SWITCHBOARD_CONFIG'] : undefined) });
  }
  // The rules across variables run on the valid ones (a refused variable counts as unset): one run names every problem.
  const e = parsed.success ? parsed.data : envSchema.safeParse(withoutVariables(given, issues)).data;
  if (!e) throw new ConfigError(issues);
  // A rule across variables about a refused one (or a secret whose file failed), or naming one ("JWT_SECRET or JWT_JWKS_URL
  // is required when ..."), would only echo that refusal.
  const refused = [...new Set(issues.flatMap(({ variable }) => [variable, variable.replace(/_FILE$/, '')]))];
  const echoes = (issue: ConfigIssue) => refused.some((variable) => variable === issue.variable || new RegExp(`\\b${variable}\\b`).test(issue.message));
  const refuse = (more: readonly ConfigIssue[]) => issues.push(...more.filter((issue) => !echoes(issue) && !issues.some((known) => known.variable === issue.variable)));
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      refuse(error.issues);
      return undefined;
    }
  };
  // Log collectors read JSON lines: a production process never prints pino-pretty's.
  if (e.NODE_ENV === 'production' && e.LOG_FORMAT === 'pretty') refuse([{ variable: 'LOG_FORMAT', message: 'pretty is for development: production logs JSON lines (auto or json)' }]);
  const enabled = (vendor: VendorFamily) => e.SWITCHBOARD_VENDORS.includes(vendor);
  const vendors = Object.fromEntries(ACCOUNTS.map((account) => [account.family, enabled(account.family) ? attempt(() => account.read(e)) : undefined])) as VendorAccounts;
  const jwt = attempt(() => jwtConfig(e));
  if (options.serving) refuse(servingIssues(e, enabled, jwt));
  // A misspelt variable is often why another is missing (ZENDSK_URL, then "ZENDESK_URL: required"): named beside them.
  if (issues.length > 0 || !resourceTtls.success) throw new ConfigError([...issues, ...settings.unknown]);
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    metricsToken: e.METRICS_TOKEN,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    host: e.HOST,
    port: e.PORT,
    simulator: { port: e.SIMULATOR_PORT, seed: e.SIMULATOR_SEED },
    databaseUrl: e.DATABASE_URL,
    apiKeys: e.SWITCHBOARD_API_KEYS,
    credentials: credentialsIn(given),
    enabledVendors: e.SWITCHBOARD_VENDORS,
    warnings: settings.unknown.map(({ variable, message }) => `${variable}: ${message}`),
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
    vendors,
    zendeskSsoSecret: enabled('zendesk') ? e.ZENDESK_SSO_SECRET : undefined,
    zendeskWebhookSecret: enabled('zendesk') ? e.ZENDESK_WEBHOOK_SECRET : undefined,
    // A disabled Ameyo's secret stays unused: its webhook is off.
    ameyo: { webhookSecret: enabled('ameyo') ? e.AMEYO_WEBHOOK_SECRET : undefined, campaignHours: e.AMEYO_CAMPAIGN_HOURS },
    agentEmails: e.SWITCHBOARD_AGENT_EMAILS,
    syncIntervalMs: e.SYNC_INTERVAL_MS,
    sessionLinkIndex: e.SESSION_LINK_INDEX === 'on',
    // A disabled Bomgar is never backed up.
    bomgarBackup: { intervalMs: enabled('bomgar') ? e.BOMGAR_BACKUP_INTERVAL : 0, dir: e.BOMGAR_BACKUP_DIR, keep: e.BOMGAR_BACKUP_KEEP },
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
    jwt,
    tracing: tracingConfig(e),
  };
}

/** The OTLP traces URL (the signal's own variable wins, as the specification says), or null when tracing is off. */
function tracingConfig(e: z.infer<typeof envSchema>): TracingConfig | null {
  if (e.OTEL_SDK_DISABLED || e.OTEL_TRACES_EXPORTER === 'none') return null;
  const base = e.OTEL_EXPORTER_OTLP_ENDPOINT;
  const url = e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base && `${base.replace(/\/+$/, '')}/v1/traces`);
  return url ? { url, serviceName: e.OTEL_SERVICE_NAME } : null;
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

/** Every setting's name: the schema's, the shared resources' TTLs, SWITCHBOARD_CONFIG and each secret's `_FILE`. */
const SETTING_NAMES: ReadonlySet<string> = new Set([...Object.keys(envSchema.shape), ...Object.keys(resourceTtlSchema.shape), 'SWITCHBOARD_CONFIG']);

/** The settings a `<NAME>_FILE` may give instead (server/credential-scrubber.ts' credentials, and the URLs that carry a password). */
const SECRET_VARIABLES: readonly string[] = [...SETTING_NAMES].filter((name) => isCredentialVariable(name) || name === 'DATABASE_URL' || name === 'REDIS_URL');

const KNOWN_NAMES: ReadonlySet<string> = new Set([...SETTING_NAMES, ...SECRET_VARIABLES.map((name) => `${name}_FILE`)]);

/** A variable starting with one of these is taken for one of ours (so a misspelt one is warned about). */
const OUR_PREFIXES: readonly string[] = [
  ...new Set(VENDOR_FAMILIES.map((family) => `${configPrefixOf(family)}_`)),
  'SWITCHBOARD_', 'RATE_LIMIT', 'LIVE_', 'SYNC_', 'VENDOR_CACHE_', 'LIMIT_', 'WEBHOOK_', 'REDIS_', 'DATABASE', 'UPSTREAM_', 'REQUEST_',
  'BREAKER_', 'JWT_', 'SIMULATOR_', 'METRICS_', 'SHUTDOWN_', 'CORS_',
];

/**
 * The settings in force: the configuration file's (SWITCHBOARD_CONFIG) under the environment's, each
 * secret's `_FILE` read; a file key that is no setting is refused, an environment variable that looks
 * like one but is not is warned about.
 */
function gatherSettings(
  env: Record<string, string>,
  readFile?: (path: string) => string,
): { values: Record<string, string>; issues: ConfigIssue[]; unknown: ConfigIssue[]; fromFile: ReadonlySet<string> } {
  const path = env['SWITCHBOARD_CONFIG'];
  const file = path ? readConfigFile(path, readFile) : { values: {}, issues: [] };
  const issues = [...file.issues];
  const fileValues = withoutBlanks(file.values);
  for (const key of Object.keys(fileValues).filter((key) => !KNOWN_NAMES.has(key))) {
    issues.push({ variable: key, message: `in ${path}: not a setting (did you mean ${closest(key.toUpperCase(), [...KNOWN_NAMES])}?)` });
    delete fileValues[key];
  }
  const unknown = unknownVariables(Object.keys(env), KNOWN_NAMES, OUR_PREFIXES).map(
    ({ variable, closest: name }): ConfigIssue => ({ variable, message: `not a setting, ignored (did you mean ${name}?)` }),
  );
  const secrets = withSecretFiles([fileValues, env], SECRET_VARIABLES, readFile);
  const fromFile = new Set(Object.keys(fileValues).filter((name) => env[name] === undefined && env[`${name}_FILE`] === undefined));
  return { values: secrets.values, issues: [...issues, ...secrets.issues], unknown, fromFile };
}

/**
 * What `serve` needs beyond valid settings: in production each enabled vendor's URL (and what its account
 * needs with one), and API keys unless JWTs sign callers in; anywhere, API keys on a non-loopback HOST.
 */
function servingIssues(e: z.infer<typeof envSchema>, enabled: (family: VendorFamily) => boolean, jwt: JwtConfig | undefined): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const production = e.NODE_ENV === 'production';
  for (const account of production ? ACCOUNTS : []) {
    const url = `${configPrefixOf(account.family)}_URL`;
    if (!enabled(account.family) || (e as Record<string, unknown>)[url]) continue;
    issues.push({ variable: url, message: `required in production (the simulator is not embedded there) unless SWITCHBOARD_VENDORS leaves ${account.family} out` });
    // The rest of the account, as it will be asked for once the URL is set.
    try {
      account.read({ ...e, [url]: 'https://vendor.invalid' });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues.push(...error.issues);
    }
  }
  // Signing in with JWTs only is complete where dev keys may not be issued (server/app.ts resolveDevKeys).
  if (e.SWITCHBOARD_API_KEYS.size === 0 && !(jwt && (production || !isLoopback(e.HOST)))) {
    if (production) issues.push({ variable: 'SWITCHBOARD_API_KEYS', message: 'required in production (dev keys are not issued there)' });
    else if (!isLoopback(e.HOST)) issues.push({ variable: 'SWITCHBOARD_API_KEYS', message: `required when HOST (${e.HOST}) is not a loopback address` });
  }
  return issues;
}

/** The settings without those an issue refused. */
function withoutVariables(values: Record<string, string>, issues: readonly ConfigIssue[]): Record<string, string> {
  const refused = new Set(issues.map((issue) => issue.variable));
  return Object.fromEntries(Object.entries(values).filter(([name]) => !refused.has(name)));
}

/** An exported-but-empty variable (`PORT=`) means "not set", as shells and .env files intend. */
function withoutBlanks(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
