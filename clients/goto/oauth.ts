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
  /**
   * The token endpoint. Default `<baseUrl>/oauth/v2/token` (the legacy endpoint, whose answer names
   * the organizer and account); GoTo's current token server is `https://authentication.logmeininc.com/oauth/token`
   * (its answer names neither: the keys are then read once from `<baseUrl>/admin/rest/v1/me`).
   */
  tokenUrl?: string;
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
/**
 * Both token servers' answers: the legacy one (`organizer_key`, `account_key`, `email`, …) and the
 * current one (`scope`, `principal`: the user's email, and no keys).
 */
const tokenResponse = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  organizer_key: keyText.optional(),
  account_key: keyText.optional(),
  email: z.string().optional(),
  principal: z.string().optional(),
});
/** `GET /admin/rest/v1/me`: the signed-in user's key (the organizer key) and account key. */
const meResponse = z.looseObject({ key: keyText, accountKey: keyText, email: z.string().optional() });

/** Who the refresh token signs in as; it does not change between exchanges. */
type Identity = Pick<GoToToken, 'organizerKey' | 'accountKey' | 'email'>;

/** The access token one product call last sent, so a rejection can tell a stale token from the current one. */
interface CallAuth {
  sent: string | null;
}

export function createGoToSession(options: GoToSessionOptions): GoToSession {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  const basic = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
  const tokenUrl = new URL(options.tokenUrl ?? `${baseUrl}/oauth/v2/token`);
  const tokenPath = tokenUrl.pathname.slice(tokenUrl.pathname.lastIndexOf('/'));
  const oauth = createTransport({ ...options.transport, vendor: 'goto', baseUrl: `${tokenUrl.origin}${tokenUrl.pathname.slice(0, -tokenPath.length)}` });
  const admin = createTransport({ ...options.transport, vendor: 'goto', baseUrl: `${baseUrl}/admin/rest/v1` });
  let refreshToken = options.refreshToken;
  let current: GoToToken | null = null;
  let identity: Identity | null = null;
  const calls = new AsyncLocalStorage<CallAuth>();
  let inFlight: Promise<GoToToken> | null = null;

  async function exchange(): Promise<GoToToken> {
    const { body } = await oauth.request({
      method: 'POST',
      path: tokenPath,
      headers: { authorization: basic, accept: 'application/json' },
      form: { grant_type: 'refresh_token', refresh_token: refreshToken },
      // Exchanging twice only issues two tokens: safe to retry after a lost answer.
      idempotent: true,
      secrets: [refreshToken, options.clientSecret],
    });
    const parsed = tokenResponse.safeParse(body);
    if (!parsed.success) {
      throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'goto', method: 'POST', path: tokenUrl.pathname, message: 'goto answered the token request with an unexpected body' });
    }
    const data = parsed.data;
    // GoTo may rotate the refresh token; keep the newest for the next exchange.
    if (data.refresh_token) refreshToken = data.refresh_token;
    const obtainedAtMs = now();
    const who = data.organizer_key && data.account_key ? { organizerKey: data.organizer_key, accountKey: data.account_key, email: data.email ?? data.principal ?? null } : await whoAmI(data.access_token, data.principal);
    current = { accessToken: data.access_token, ...who, expiresAtMs: obtainedAtMs + (data.expires_in ?? 3600) * 1000 };
    return current;
  }

  /** The keys the current token server leaves out, read once with the new token (`GET /admin/rest/v1/me`). */
  async function whoAmI(accessToken: string, principal: string | undefined): Promise<Identity> {
    if (identity) return identity;
    const { body } = await admin.request({ method: 'GET', path: '/me', headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, secrets: [accessToken] });
    const me = meResponse.safeParse(body);
    if (!me.success) {
      throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'goto', method: 'GET', path: '/admin/rest/v1/me', message: 'goto answered GET /admin/rest/v1/me with an unexpected body' });
    }
    identity = { organizerKey: me.data.key, accountKey: me.data.accountKey, email: me.data.email ?? principal ?? null };
    return identity;
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
