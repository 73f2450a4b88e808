import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { ROLES, type Role } from './roles.js';

/**
 * The one place configuration is read. Everything else receives the typed `Config`
 * this module returns; nothing else reads `process.env`.
 */

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalUrl = z
  .url({ protocol: /^https?$/ })
  .transform((value) => value.replace(/\/+$/, ''))
  .optional();
const optionalText = z.string().min(1).optional();

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

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  SIMULATOR_PORT: port(4010),
  SIMULATOR_SEED: z.coerce.number().int().nonnegative().default(42),
  DATABASE_URL: z.string().min(1).default('sqlite:./data/switchboard.sqlite'),
  SWITCHBOARD_API_KEYS: apiKeys,
  DEFAULT_PHONE_REGION: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 two-letter region such as US or GB')
    .default('US'),
  UPSTREAM_TIMEOUT_MS: positiveInt(5000),
  UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  UPSTREAM_DEADLINE_MS: positiveInt(15_000),
  BREAKER_FAILURES: positiveInt(5),
  BREAKER_COOLDOWN_MS: positiveInt(10_000),
  ZENDESK_URL: optionalUrl,
  ZENDESK_EMAIL: optionalText,
  ZENDESK_TOKEN: optionalText,
});

export interface VendorEndpoint {
  /** Base URL of the vendor (the simulator's `/zendesk`, or `https://acme.zendesk.com`). */
  url: string;
}

export interface ZendeskConfig extends VendorEndpoint {
  email: string;
  token: string;
}

export interface UpstreamConfig {
  /** Per-call timeout; default 5000 ms. */
  timeoutMs: number;
  /** Retries for idempotent calls; default 3. */
  retries: number;
  /** Bound on one vendor call, all attempts and waits included; default 15 s. */
  deadlineMs: number;
  /** Consecutive failures that open a vendor's circuit breaker; default 5. */
  breakerFailures: number;
  /** How long an open breaker waits before letting one call through; default 10 s. */
  breakerCooldownMs: number;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  simulator: { port: number; seed: number };
  databaseUrl: string;
  /** Configured API keys → role. Empty means `serve` issues dev keys. */
  apiKeys: Map<string, Role>;
  upstream: UpstreamConfig;
  /** The region of phone numbers written without a country code; default US. */
  phoneRegion: CountryCode;
  /** Vendors are absent until configured; `serve` fills them with the embedded simulator. */
  vendors: { zendesk?: ZendeskConfig };
}

export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  ${issue.variable}: ${issue.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Reads and validates configuration from an environment map (default `process.env`). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(withoutBlanks(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message })),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    simulator: { port: e.SIMULATOR_PORT, seed: e.SIMULATOR_SEED },
    databaseUrl: e.DATABASE_URL,
    apiKeys: e.SWITCHBOARD_API_KEYS,
    upstream: {
      timeoutMs: e.UPSTREAM_TIMEOUT_MS,
      retries: e.UPSTREAM_RETRIES,
      deadlineMs: e.UPSTREAM_DEADLINE_MS,
      breakerFailures: e.BREAKER_FAILURES,
      breakerCooldownMs: e.BREAKER_COOLDOWN_MS,
    },
    phoneRegion: e.DEFAULT_PHONE_REGION as CountryCode,
    vendors: { zendesk: vendorZendesk(e) },
  };
}

function vendorZendesk(e: z.infer<typeof envSchema>): ZendeskConfig | undefined {
  if (!e.ZENDESK_URL) {
    // Credentials without a URL are a typo away from silently using the simulator.
    const stray = [e.ZENDESK_EMAIL && 'ZENDESK_EMAIL', e.ZENDESK_TOKEN && 'ZENDESK_TOKEN'].filter(Boolean);
    if (stray.length > 0) {
      throw new ConfigError([{ variable: 'ZENDESK_URL', message: `required when ${stray.join(' and ')} ${stray.length > 1 ? 'are' : 'is'} set` }]);
    }
    return undefined;
  }
  const missing = [!e.ZENDESK_EMAIL && 'ZENDESK_EMAIL', !e.ZENDESK_TOKEN && 'ZENDESK_TOKEN'].filter(
    (name): name is string => Boolean(name),
  );
  if (missing.length > 0) {
    throw new ConfigError(missing.map((variable) => ({ variable, message: 'required when ZENDESK_URL is set' })));
  }
  return { url: e.ZENDESK_URL, email: e.ZENDESK_EMAIL!, token: e.ZENDESK_TOKEN! };
}

/** An exported-but-empty variable (`PORT=`) means "not set", as shells and .env files intend. */
function withoutBlanks(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
