import { DEFAULT_START_TIME } from './clock.js';
import { DEFAULT_JOURNAL_BODY_BYTES, DEFAULT_JOURNAL_LIMIT } from './journal.js';
import type { RecordTarget } from './record/record-target.js';

export interface SimulatorOptions {
  /** Data seed; default 42. */
  seed?: number;
  /** Zendesk JWT SSO shared secret; default 'simulator-sso-secret'. */
  zendeskSsoSecret?: string;
  /**
   * The account's "remote logout URL" (absolute): where Zendesk JWT SSO sends a refused sign-in,
   * with `kind=error&message=<reason>` appended. Default: the simulator's own
   * `<scheme://host:port>/zendesk/access/logout` page, built from each request's own address.
   */
  zendeskSsoLogoutUrl?: string;
  /** Start of the virtual clock; default 2026-01-05T09:00:00Z (fixed so the same seed gives byte-identical data). */
  startTime?: Date;
  /** How many journal entries are kept (the oldest are dropped); default 10,000. */
  journalLimit?: number;
  /** Body bytes the journal keeps per request and per response (the rest is cut, `truncated: true`); 0 keeps none; default 16 KiB. */
  journalBodyBytes?: number;
  /**
   * Record mode: these vendors are forwarded to the real ones (by vendor name) with the configured
   * credentials, and every exchange is written to `fixturesDir` as a scrubbed fixture. Default none.
   */
  record?: Record<string, RecordTarget>;
  /** Where record mode writes fixtures (created if missing); required with `record`. */
  fixturesDir?: string;
  /** Replay mode: a directory of recorded fixtures; the vendors it has fixtures for answer from them only. Default none. */
  replay?: string;
  /**
   * Ameyo's CRM URL (absolute): where simulated calls are pushed on connect and end, its own
   * query kept. Default none (pushes are recorded as failed); `POST /ameyo/simulator/crm-url` sets it later.
   */
  ameyoCrmUrl?: string;
  /** Bigger datasets for benchmarks (same seed, same data): default the usual sizes. See {@link SimulatorVolume}. */
  volume?: SimulatorVolume;
  /**
   * Whether vendors enforce their rate limits (Zendesk's account and endpoint budgets); default true.
   * Benchmarks turn them off, so what they measure is the gateway, not the simulated account's budget.
   */
  rateLimits?: boolean;
  /** Bomgar outbound event recipients (absolute URLs) to start with; `PUT /_sim/bomgar/outbound-recipients` changes them. Default none. */
  bomgarOutboundRecipients?: string[];
  /** GoToAssist status callback URL for sessions created without one (scenario sessions); `PUT /_sim/gotoassist/callback-url` changes it. Default none. */
  gotoAssistCallbackUrl?: string;
  /** A GoToWebinar webhook secret key already created (signs webhooks); `POST /G2W/rest/v2/webhooks/secretkey` makes new ones. Default none. */
  gotoWebinarSecretKey?: string;
}

/** How many records some vendors' seeds generate instead of their usual sizes (for `bench/`). */
export interface SimulatorVolume {
  /** Zendesk tickets (usually 300), created over the 120 days before the start. */
  zendeskTickets?: number;
  /** Past Bomgar sessions (usually 2,000), started over the 90 days before the start. */
  bomgarSessions?: number;
}

export type ResolvedSimulatorOptions = Required<
  Omit<SimulatorOptions, 'zendeskSsoLogoutUrl' | 'ameyoCrmUrl' | 'gotoAssistCallbackUrl' | 'gotoWebinarSecretKey' | 'fixturesDir' | 'replay'>
> & {
  fixturesDir: string | undefined;
  replay: string | undefined;
  gotoAssistCallbackUrl: string | undefined;
  gotoWebinarSecretKey: string | undefined;
  /** undefined: the simulator's own logout page under the request's base URL. */
  zendeskSsoLogoutUrl: string | undefined;
  /** undefined: no CRM URL until one is set through the control endpoint. */
  ameyoCrmUrl: string | undefined;
};

export const DEFAULT_SEED = 42;
export const DEFAULT_ZENDESK_SSO_SECRET = 'simulator-sso-secret';

export function resolveOptions(options: SimulatorOptions = {}): ResolvedSimulatorOptions {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
  const journalLimit = options.journalLimit ?? DEFAULT_JOURNAL_LIMIT;
  if (!Number.isSafeInteger(journalLimit) || journalLimit < 1) throw new RangeError('journalLimit must be a positive integer');
  const journalBodyBytes = options.journalBodyBytes ?? DEFAULT_JOURNAL_BODY_BYTES;
  if (!Number.isSafeInteger(journalBodyBytes) || journalBodyBytes < 0) throw new RangeError('journalBodyBytes must be an integer >= 0');
  const record = options.record ?? {};
  for (const [vendor, target] of Object.entries(record)) {
    if (!/^https?:\/\//i.test(target.url)) throw new RangeError(`record.${vendor}.url must be an absolute http(s) URL`);
  }
  if (Object.keys(record).length > 0 && options.fixturesDir === undefined) throw new RangeError('fixturesDir is required with record');
  const startTime = options.startTime ?? DEFAULT_START_TIME;
  if (Number.isNaN(startTime.getTime())) throw new RangeError('startTime must be a valid date');
  const logoutUrl = options.zendeskSsoLogoutUrl;
  if (logoutUrl !== undefined && !/^https?:\/\//i.test(logoutUrl)) throw new RangeError('zendeskSsoLogoutUrl must be an absolute http(s) URL');
  const crmUrl = options.ameyoCrmUrl;
  if (crmUrl !== undefined && !/^https?:\/\//i.test(crmUrl)) throw new RangeError('ameyoCrmUrl must be an absolute http(s) URL');
  const recipients = options.bomgarOutboundRecipients ?? [];
  if (recipients.some((url) => !/^https?:\/\//i.test(url))) throw new RangeError('bomgarOutboundRecipients must be absolute http(s) URLs');
  const callbackUrl = options.gotoAssistCallbackUrl;
  if (callbackUrl !== undefined && !/^https?:\/\//i.test(callbackUrl)) throw new RangeError('gotoAssistCallbackUrl must be an absolute http(s) URL');
  return {
    seed,
    zendeskSsoSecret: options.zendeskSsoSecret ?? DEFAULT_ZENDESK_SSO_SECRET,
    zendeskSsoLogoutUrl: logoutUrl,
    startTime,
    journalLimit,
    journalBodyBytes,
    record: { ...record },
    fixturesDir: options.fixturesDir,
    replay: options.replay,
    ameyoCrmUrl: crmUrl,
    volume: { ...options.volume },
    rateLimits: options.rateLimits ?? true,
    bomgarOutboundRecipients: [...recipients],
    gotoAssistCallbackUrl: callbackUrl,
    gotoWebinarSecretKey: options.gotoWebinarSecretKey,
  };
}
