import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import {
  createTransport,
  UpstreamError,
  type AuthRejectedEvent,
  type Transport,
  type TransportOptions,
} from '../transport/index.js';
import { budgetRemainingMs, budgetSpentError } from '../transport/request-budget.js';

/** Transport tuning a GoTo client accepts; vendor, base URL, auth and refresh are set by the session. */
export type GoToTransportTuning = Partial<Omit<TransportOptions, 'vendor' | 'baseUrl' | 'auth' | 'onAuthRejected'>>;

export interface GoToSessionOptions {
  /**
   * The API host: `https://api.getgo.com` for the real service, `http://127.0.0.1:4010/goto`
   * for the simulator. The token endpoint is `<baseUrl>/oauth/v2/token`; products live under it.
   */
  baseUrl: string;
  /** The OAuth client (developer app) id. */
  clientId: string;
  clientSecret: string;
  /** A refresh token for the account's admin organizer (from an authorization_code grant). */
  refreshToken: string;
  /** Tuning for the token endpoint's and every product's transport. */
  transport?: GoToTransportTuning;
  /** Refresh this long before the token's stated expiry; default 60 s. */
  refreshMarginMs?: number;
  /** Real clock in ms (tests may replace it); default Date.now. */
  now?: () => number;
}

/** The access token and who it acts for (from the token response). */
export interface GoToToken {
  accessToken: string;
  organizerKey: string;
  accountKey: string;
  email: string | null;
  /** When the token expires by our own clock (the vendor's clock decides; a 403 InvalidToken wins). */
  expiresAtMs: number;
}

/**
 * One signed-in GoTo account, shared by every GoTo product client of a gateway
 * (GoToMeeting, GoToWebinar, GoToTraining, GoToAssist): one token, refreshed once for all.
 */
export interface GoToSession {
  /** The API host, without a trailing slash. */
  readonly baseUrl: string;
  /** A valid token: the current one, or a fresh one when none is held or it is about to expire. */
  token(options?: { signal?: AbortSignal }): Promise<GoToToken>;
  /** Exchanges the refresh token now; concurrent callers share one exchange. */
  refresh(): Promise<GoToToken>;
  /**
   * A transport for one product under the host (`path` like `/G2M/rest`), sending the
   * session's Bearer token and, on 403 `InvalidToken` (or 401), refreshing once and repeating the call.
   */
  productTransport(vendor: string, path: string): Transport;
  /** The token endpoint's transport, whose breaker gates every product: /ready and the metrics report it. */
  readonly tokenTransport: Transport;
}

const keyText = z.union([z.string().regex(/^\d+$/), z.number().int()]).transform(String);
const tokenResponse = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  organizer_key: keyText,
  account_key: keyText,
  email: z.string().optional(),
});

/** The access token one product call last sent, so a rejection can tell a stale token from the current one. */
interface CallAuth {
  sent: string | null;
}

export function createGoToSession(options: GoToSessionOptions): GoToSession {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  const basic = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
  const oauth = createTransport({ ...options.transport, vendor: 'goto', baseUrl: `${baseUrl}/oauth/v2` });
  let refreshToken = options.refreshToken;
  let current: GoToToken | null = null;
  const calls = new AsyncLocalStorage<CallAuth>();
  let inFlight: Promise<GoToToken> | null = null;

  async function exchange(): Promise<GoToToken> {
    const { body } = await oauth.request({
      method: 'POST',
      path: '/token',
      headers: { authorization: basic, accept: 'application/json' },
      form: { grant_type: 'refresh_token', refresh_token: refreshToken },
      // Exchanging twice only issues two tokens: safe to retry after a lost answer.
      idempotent: true,
      secrets: [refreshToken, options.clientSecret],
    });
    const parsed = tokenResponse.safeParse(body);
    if (!parsed.success) {
      throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'goto', method: 'POST', path: '/oauth/v2/token', message: 'goto answered the token request with an unexpected body' });
    }
    const data = parsed.data;
    // GoTo may rotate the refresh token; keep the newest for the next exchange.
    if (data.refresh_token) refreshToken = data.refresh_token;
    const obtainedAtMs = now();
    current = {
      accessToken: data.access_token,
      organizerKey: data.organizer_key,
      accountKey: data.account_key,
      email: data.email ?? null,
      expiresAtMs: obtainedAtMs + (data.expires_in ?? 3600) * 1000,
    };
    return current;
  }

  function refresh(): Promise<GoToToken> {
    inFlight ??= exchange().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function token(options: { signal?: AbortSignal } = {}): Promise<GoToToken> {
    if (!inFlight && current && current.expiresAtMs - margin > now()) return current;
    const pending = inFlight ?? refresh();
    // An exchange others share is waited for only within the caller's operation budget (REQUEST_DEADLINE_MS).
    const remaining = budgetRemainingMs(options.signal);
    if (remaining === undefined) return pending;
    let timer: NodeJS.Timeout | undefined;
    const spent = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(budgetSpentError(options.signal!, 'goto')), remaining);
    });
    pending.catch(() => undefined);
    return Promise.race([pending, spent]).finally(() => clearTimeout(timer));
  }

  async function onAuthRejected(event: AuthRejectedEvent): Promise<boolean> {
    const invalidToken = event.status === 401 || (event.status === 403 && event.vendorCode === 'InvalidToken');
    if (!invalidToken) return false;
    if (inFlight) {
      await inFlight;
      return true;
    }
    // A call sent with an older token than the current one (a sibling refreshed meanwhile) just repeats.
    const sent = calls.getStore()?.sent;
    if (current && sent && sent !== current.accessToken) return true;
    await refresh();
    return true;
  }

  return {
    baseUrl,
    token,
    refresh,
    tokenTransport: oauth,
    productTransport(vendor, path) {
      const transport = createTransport({
        ...options.transport,
        vendor,
        baseUrl: `${baseUrl}${path}`,
        auth: async () => {
          const { accessToken } = await token();
          const call = calls.getStore();
          if (call) call.sent = accessToken;
          return { authorization: `Bearer ${accessToken}`, accept: 'application/json' };
        },
        onAuthRejected,
      });
      // Each call runs in its own context so auth and onAuthRejected see the token it sent.
      return { ...transport, request: (request) => calls.run({ sent: null }, () => transport.request(request)) };
    },
  };
}
