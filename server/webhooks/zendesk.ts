import { createHmac } from 'node:crypto';
import type { Logger } from '../logger.js';
import { jsonResponse } from './json-response.js';
import type { WebhookHandler } from './index.js';
import { isRefusal, type WebhookBodyLimits } from './read-body.js';
import { readSignedPush, type PushSigning } from './read-signed-push.js';

export interface ZendeskWebhookOptions {
  /** ZENDESK_WEBHOOK_SECRET: the webhook's signing secret (Admin Center → Webhooks); undefined: off. */
  secret: string | undefined;
  /** Makes Zendesk's shared reads of these resources stale (`undefined`: all of them). */
  invalidate: (resources: readonly string[] | undefined) => void;
  /** WEBHOOK_MAX_BODY_BYTES and REQUEST_BODY_TIMEOUT_MS. */
  limits: WebhookBodyLimits;
  /** WEBHOOK_REPLAY_WINDOW_MS. */
  replayWindowMs: number;
  /** The gateway's clock (ms). */
  now: () => number;
  logger: Logger;
}

/** Zendesk's signature: base64 HMAC-SHA256 of the timestamp header's value followed by the raw body, under the signing secret. */
export function zendeskWebhookSignature(secret: string, timestamp: string, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(timestamp).update(body).digest('base64');
}

/** How Zendesk signs: the timestamp header is ISO 8601 (`2026-12-08T01:02:03Z`). */
const ZENDESK_SIGNING = (secret: string): PushSigning => ({
  signatureHeader: 'x-zendesk-webhook-signature',
  timestampHeader: 'x-zendesk-webhook-signature-timestamp',
  timestampMs: (value) => {
    const ms = /^\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : NaN;
    return Number.isFinite(ms) ? ms : undefined;
  },
  sign: (timestamp, body) => zendeskWebhookSignature(secret, timestamp, body),
});

/** The shared-read resources an event changes: by its `type` (`zen:event-type:ticket.comment_added`), or all for any other body (a trigger's own JSON). */
export function resourcesChangedBy(text: string): readonly string[] | undefined {
  let type: unknown;
  try {
    type = (JSON.parse(text) as { type?: unknown } | null)?.type;
  } catch {
    return undefined;
  }
  if (typeof type !== 'string') return undefined;
  if (type.startsWith('zen:event-type:ticket.')) return ['tickets', 'comments'];
  // A user's change (name, email, phone) shows on tickets too: their requester.
  if (type.startsWith('zen:event-type:user.')) return ['users'];
  return undefined;
}

/**
 * `/webhooks/zendesk`: a Zendesk webhook (an event subscription, or one a trigger or automation
 * calls), signed with the webhook's signing secret. It carries no data the gateway keeps: it
 * tells the gateway that what it shares of Zendesk's reads (adapters/zendesk `shared`) is stale,
 * so a change made in Zendesk shows at once rather than within VENDOR_CACHE_TTL_MS. A repeat is
 * harmless (invalidating twice is invalidating once), so no replay record is kept; the signed
 * timestamp must still be within the replay window.
 */
export function zendeskWebhook(options: ZendeskWebhookOptions): WebhookHandler {
  const log = options.logger.child({ component: 'webhook', vendor: 'zendesk' });
  return async (request) => {
    if (!options.secret) return jsonResponse(Response, 404, { status: 'error', reason: 'the Zendesk webhook is not configured' });
    if (request.method !== 'POST') return jsonResponse(Response, 405, { status: 'error', reason: 'use POST' });
    const push = await readSignedPush(request, ZENDESK_SIGNING(options.secret), {
      ...options,
      onStale: (timestamp) => log.warn({ timestamp }, 'refused a push outside the replay window'),
    });
    if (isRefusal(push)) return push.refusal;
    const resources = resourcesChangedBy(push.text);
    options.invalidate(resources);
    return jsonResponse(Response, 200, { status: 'success', invalidated: resources ?? ['all'] });
  };
}
