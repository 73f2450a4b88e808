import { timingSafeEqual } from 'node:crypto';
import type { Store } from '../../store/index.js';
import { withTimeLimit } from '../time-limit.js';
import type { BreakerReading } from './breakers.js';
import type { Metrics } from './metrics.js';

export const READY_PATH = '/ready';
export const METRICS_PATH = '/metrics';

export interface ReadinessSources {
  store: Pick<Store, 'ping'>;
  breakers: () => BreakerReading[];
  /** True once shutdown began: the instance must leave the load balancer's rotation. */
  draining: () => boolean;
  /** Longest the store ping may take before the store counts as down; default 2000 ms. */
  pingTimeoutMs?: number;
  /** Where the vendor webhook registrations stand (GoToWebinar's); default none listed. */
  webhooks?: () => WebhookReading[];
}

/** A webhook registration as `/ready` lists it (server/webhooks/webinar-registration.ts). */
export interface WebhookReading {
  webhook: string;
  state: string;
  attempts: number;
  lastError?: string;
  nextAttemptAt?: string;
}

export interface Readiness {
  status: 'ready' | 'unready' | 'draining';
  store: 'up' | 'down';
  /** Reported, not gating: one vendor down must not take the whole gateway out of rotation. */
  vendors: BreakerReading[];
  /** Reported, not gating: a webhook registration that keeps failing is retried, and polling still serves the board. */
  webhooks: WebhookReading[];
}

/**
 * Ready = the store answers and the instance is not shutting down. Vendors' breakers are
 * listed but do not gate: the gateway degrades per vendor (typed errors, unavailableVendors),
 * and every instance sees the same vendor outage, so pulling them all out helps no one.
 */
export async function checkReadiness(sources: ReadinessSources): Promise<Readiness> {
  const storeUp = await withTimeLimit(sources.store.ping().catch(() => false), sources.pingTimeoutMs ?? 2000, () => false);
  const vendors = sources.breakers();
  const webhooks = sources.webhooks?.() ?? [];
  if (sources.draining()) return { status: 'draining', store: storeUp ? 'up' : 'down', vendors, webhooks };
  return { status: storeUp ? 'ready' : 'unready', store: storeUp ? 'up' : 'down', vendors, webhooks };
}

export async function readyResponse(sources: ReadinessSources): Promise<Response> {
  const readiness = await checkReadiness(sources);
  return json(readiness.status === 'ready' ? 200 : 503, readiness);
}

export interface MetricsAccess {
  /** METRICS_TOKEN: a bearer token for the scraper. */
  token: string | undefined;
  /** True when the Authorization header names an admin caller (an admin API key also scrapes). */
  isAdmin: (authorization: string | null) => Promise<boolean>;
}

/**
 * `/metrics`, on the gateway's own port, for `Authorization: Bearer <METRICS_TOKEN>` or an
 * admin key: the figures (operation names, vendor error rates) are not for every caller.
 */
export async function metricsResponse(request: Request, metrics: Metrics, access: MetricsAccess): Promise<Response> {
  const authorization = request.headers.get('authorization');
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  const allowed = (access.token !== undefined && bearer !== undefined && sameText(bearer, access.token)) || (await access.isAdmin(authorization));
  if (!allowed) {
    return new Response(JSON.stringify({ errors: [{ message: 'Send METRICS_TOKEN or an admin key as Authorization: Bearer <token>', extensions: { code: 'UNAUTHENTICATED' } }] }), {
      status: 401,
      headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer realm="switchboard-metrics"' },
    });
  }
  return new Response(await metrics.scrape(), { status: 200, headers: { 'content-type': metrics.contentType } });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether what `authenticate` answered (a caller, or `{ ok, caller }`) is an admin. */
export function isAdminOutcome(outcome: unknown): boolean {
  const caller = outcome && typeof outcome === 'object' && 'ok' in outcome ? (outcome as { ok: boolean; caller?: unknown }).caller : outcome;
  return Boolean(caller && typeof caller === 'object' && (caller as { role?: unknown }).role === 'admin');
}
