import { createHmac, randomUUID } from 'node:crypto';
import { stringify } from 'lossless-json';
import type { VirtualClock } from '../../core/clock.js';
import type { LiveHub } from '../../core/scenarios/live-hub.js';

export const WEBHOOK_EVENTS = ['registrant.added', 'registrant.joined', 'webinar.created', 'webinar.changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export const WEBHOOK_STATES = ['ACTIVE', 'INACTIVE'] as const;
export type WebhookState = (typeof WEBHOOK_STATES)[number];

/** A developer webhook (`Webhook` in the v2 OpenAPI types). */
export interface WebhookRecord {
  webhookKey: string;
  callbackUrl: string;
  eventName: WebhookEvent;
  eventVersion: string;
  product: 'g2w';
  state: WebhookState;
  createTime: string;
}

/** A user's subscription to a webhook (`UserSubscription`). */
export interface SubscriptionRecord {
  userSubscriptionKey: string;
  webhookKey: string;
  /** Omitted: the webhook's own callback URL. */
  callbackUrl: string | undefined;
  userSubscriptionState: WebhookState;
  /** The organizer whose token subscribed. */
  userKey: string;
  createTime: string;
}

/** A webhook secret key (`SecretKeyResponse`): the newest one valid now signs deliveries. */
export interface SecretKey {
  id: number;
  value: string;
  validFromMs: number;
}

/**
 * GoToWebinar's webhook registrations: secret keys, webhooks and user subscriptions. They belong to
 * the developer account, not the seed data, so they live in the LiveHub and survive `/_sim/reset`
 * (like Ameyo's CRM URL). Keys are random UUIDs (modeled format).
 */
export class WebhookRegistry {
  readonly secretKeys: SecretKey[] = [];
  readonly webhooks: WebhookRecord[] = [];
  readonly subscriptions: SubscriptionRecord[] = [];

  constructor(initialSecret: string | undefined) {
    if (initialSecret !== undefined) this.secretKeys.push({ id: 1, value: initialSecret, validFromMs: 0 });
  }

  addSecretKey(validFromMs: number, value: string = randomUUID()): SecretKey {
    const key = { id: (this.secretKeys.at(-1)?.id ?? 0) + 1, value, validFromMs };
    this.secretKeys.push(key);
    return key;
  }

  /** The key that signs now: the newest whose validFrom has passed. */
  signingKey(nowMs: number): SecretKey | undefined {
    return this.secretKeys.filter((key) => key.validFromMs <= nowMs).at(-1);
  }

  webhook(key: string): WebhookRecord | undefined {
    return this.webhooks.find((webhook) => webhook.webhookKey === key);
  }

  subscription(key: string): SubscriptionRecord | undefined {
    return this.subscriptions.find((subscription) => subscription.userSubscriptionKey === key);
  }

  /** Where an event goes: every ACTIVE subscription of an ACTIVE webhook for it (both states must be ACTIVE). */
  targets(event: WebhookEvent): string[] {
    const urls: string[] = [];
    for (const webhook of this.webhooks) {
      if (webhook.eventName !== event || webhook.state !== 'ACTIVE') continue;
      for (const subscription of this.subscriptions) {
        if (subscription.webhookKey === webhook.webhookKey && subscription.userSubscriptionState === 'ACTIVE') urls.push(subscription.callbackUrl ?? webhook.callbackUrl);
      }
    }
    return urls;
  }
}

/** The registry in the LiveHub (created once, with the `gotoWebinarSecretKey` option's key if given). */
export function webhookRegistry(hub: LiveHub, initialSecret: string | undefined): WebhookRegistry {
  return hub.keep('gotowebinar.webhooks', () => new WebhookRegistry(initialSecret));
}

/**
 * Sends an event to its subscribers: JSON, signed when a secret key exists with
 * `x-webhook-signature-timestamp` (epoch ms) and `x-webhook-signature` = base64 HMAC-SHA256 of
 * `<timestamp>:<body>` under the key's value. The header names follow GoTo's guide; the signed
 * string is modeled. One try per subscriber, no retries (not modeled).
 */
export function deliverWebhook(hub: LiveHub, registry: WebhookRegistry, clock: VirtualClock, payload: Record<string, unknown> & { eventName: WebhookEvent }): void {
  const urls = registry.targets(payload.eventName);
  if (urls.length === 0) return;
  const body = stringify(payload) ?? '{}';
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const key = registry.signingKey(clock.nowMs());
  if (key) {
    const timestamp = String(clock.nowMs());
    headers['x-webhook-signature-timestamp'] = timestamp;
    headers['x-webhook-signature'] = signWebhook(key.value, timestamp, body);
  }
  for (const url of urls) void hub.send({ vendor: 'gotowebinar', event: payload.eventName, url, headers, body });
}

/** base64(HMAC-SHA256(secret, `${timestamp}:${body}`)) — what a receiver recomputes to check a delivery. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}:${body}`).digest('base64');
}
